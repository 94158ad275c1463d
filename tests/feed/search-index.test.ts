import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../workers/core/db';
import { listFeed } from '../../workers/stories/feed.queries';
import { insertStory } from './helpers';

// The FTS5 indexes and story_tags are kept by SQL triggers alone; these tests
// write to `stories` the way any writer would and read through listFeed.
const db = createDb(env.DB);
const searchIds = async (q: string) => (await listFeed(db, { q, limit: 50 }, Date.now())).items.map((i) => i.id);
const tagIds = async (tag: string) => (await listFeed(db, { tag, limit: 50 }, Date.now())).items.map((i) => i.id);

describe('the search index follows every write to stories', () => {
  it('indexes a story when it is published and drops it when it is archived', async () => {
    const { id } = await insertStory({ title: 'Chuyện lạ ở xóm Vườn Trầu', status: 'draft', publishedAt: null });
    expect(await searchIds('vuon trau')).toEqual([]);
    await env.DB.prepare(`UPDATE stories SET status = 'published', published_at = ? WHERE id = ?`).bind(Date.now(), id).run();
    expect(await searchIds('vuon trau')).toEqual([id]);
    await env.DB.prepare(`UPDATE stories SET status = 'archived' WHERE id = ?`).bind(id).run();
    expect(await searchIds('vuon trau')).toEqual([]);
  });

  it('finds the new words and forgets the old ones after an edit', async () => {
    const { id } = await insertStory({ title: 'Hội thi đan lát ở làng Mây Tre', summary: 'Ngày hội của làng.' });
    expect(await searchIds('may tre')).toEqual([id]);
    await env.DB.prepare(`UPDATE stories SET title = 'Hội thi nấu bánh chưng ở làng Đông Hồ' WHERE id = ?`).bind(id).run();
    expect(await searchIds('may tre')).toEqual([]);
    expect(await searchIds('banh chung dong ho')).toEqual([id]);
    expect(await searchIds('Đông Hồ')).toEqual([id]);
  });

  it('follows a move to another province (the place column)', async () => {
    const { id } = await insertStory({ title: 'Lớp học tình thương bên bờ kênh', provinceCode: 'CMU' });
    expect(await searchIds('lop hoc tinh thuong ca mau')).toEqual([id]);
    await env.DB.prepare(`UPDATE stories SET province_code = 'AGG' WHERE id = ?`).bind(id).run();
    expect(await searchIds('lop hoc tinh thuong ca mau')).toEqual([]);
    expect(await searchIds('lop hoc tinh thuong an giang')).toEqual([id]);
  });

  it('forgets a deleted story', async () => {
    const { id } = await insertStory({ title: 'Giải bóng chuyền bãi biển Phú Quý' });
    expect(await searchIds('phu quy')).toEqual([id]);
    await env.DB.prepare('DELETE FROM stories WHERE id = ?').bind(id).run();
    expect(await searchIds('phu quy')).toEqual([]);
  });

  it('stays consistent (FTS5 integrity-check) after all of that', async () => {
    // FTS5 raises an error from 'integrity-check' when an index disagrees with its content.
    await expect(env.DB.prepare(`INSERT INTO stories_fts (stories_fts) VALUES ('integrity-check')`).run()).resolves.toMatchObject({ success: true });
    await expect(env.DB.prepare(`INSERT INTO stories_fts_exact (stories_fts_exact) VALUES ('integrity-check')`).run()).resolves.toMatchObject({ success: true });
  });
});

describe('story_tags follows stories.tags', () => {
  it('lists a story under its tags only while it is published, and under new tags after an edit', async () => {
    const { id } = await insertStory({ title: 'Vườn rau trên sân thượng', tags: ['rau-sach', 'do-thi-xanh'], status: 'submitted', publishedAt: null });
    expect(await tagIds('rau-sach')).toEqual([]);
    await env.DB.prepare(`UPDATE stories SET status = 'published', published_at = ? WHERE id = ?`).bind(Date.now(), id).run();
    expect(await tagIds('rau-sach')).toEqual([id]);
    await env.DB.prepare(`UPDATE stories SET tags = '["thuy-canh"]' WHERE id = ?`).bind(id).run();
    expect(await tagIds('rau-sach')).toEqual([]);
    expect(await tagIds('thuy-canh')).toEqual([id]);
  });

  it('tolerates application code writing story_tags too: duplicates are skipped, new rows get the publication time', async () => {
    const publishedAt = Date.now() - 1000;
    const { id } = await insertStory({ title: 'Ngày hội đọc sách', tags: ['van-hoa-doc'], publishedAt });
    await env.DB.prepare(`INSERT INTO story_tags (tag, story_id) VALUES ('van-hoa-doc', ?), ('sach-hay', ?)`).bind(id, id).run();
    const rows = await env.DB.prepare('SELECT tag, published_at FROM story_tags WHERE story_id = ? ORDER BY tag').bind(id).all();
    expect(rows.results).toEqual([
      { tag: 'sach-hay', published_at: publishedAt },
      { tag: 'van-hoa-doc', published_at: publishedAt },
    ]);
  });
});
