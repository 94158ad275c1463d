import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { insertStory } from '../feed/helpers';
import { fetchApp } from '../helpers/http';

/** Re-run the data migration over rows written after the test database was migrated. */
async function runMigration(tag: string): Promise<void> {
  const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith(tag));
  if (!migration) throw new Error(`no migration ${tag}`);
  for (const sql of migration.queries) await env.DB.prepare(sql).run();
}

describe('stored story HTML from the old renderer', () => {
  it('loses its off-site `/\\host` links: the story page links to a path on this site instead', async () => {
    // What the hand-written renderer stored for `[nguồn](/\evil.example)`.
    const legacyHtml = '<p>Xem <a href="/\\evil.example/x">nguồn</a> và <a href="/stories/khac">tin khác</a>.</p>';
    const story = await insertStory({ title: 'Tin cũ có liên kết lạ', body: 'Xem [nguồn](/\\evil.example/x).', bodyHtml: legacyHtml });
    await runMigration('0011_markdown_links_data');
    const row = await env.DB.prepare('SELECT body_html FROM stories WHERE id = ?').bind(story.id).first<{ body_html: string }>();
    expect(row?.body_html).toBe('<p>Xem <a href="/%5Cevil.example/x">nguồn</a> và <a href="/stories/khac">tin khác</a>.</p>');
    const page = await (await fetchApp(`/stories/${story.slug}`)).text();
    expect(page).toContain('href="/%5Cevil.example/x"');
    expect(page).not.toContain('href="/\\');
    expect(new URL('/%5Cevil.example/x', 'https://lantoa.vn/stories/a').host).toBe('lantoa.vn');
  });
});
