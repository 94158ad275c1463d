import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { shareStatsDaily } from '../../schema';
import { createDb } from '../../workers/core/db';
import { applyClicks } from '../../workers/share/share.queries';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { insertStory } from './fixtures';

type Stats = {
  story: { id: number; slug: string; status: string };
  range: { from: string | null; to: string | null };
  totals: { shares: number; clicks: number };
  byChannel: { channel: string; shares: number; clicks: number }[];
  byDay: { day: string; shares: number; clicks: number }[];
};

describe('GET /api/stories/:slug/stats', () => {
  it('gives editors shares and clicks by channel and by day', async () => {
    const story = await insertStory();
    const db = createDb(env.DB);
    // Two earlier days, written as the consumer and share route would have.
    await db.insert(shareStatsDaily).values([
      { day: '2026-11-01', storyId: story.id, channel: 'facebook', shares: 2, clicks: 5 },
      { day: '2026-11-01', storyId: story.id, channel: 'zalo', provinceCode: 'HNI', unit: 'Đoàn phường', shares: 1, clicks: 4 },
      { day: '2026-11-02', storyId: story.id, channel: 'facebook', shares: 1, clicks: 1 },
    ]);
    const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'x' }));
    await applyClicks(db, [{ code, reader: 'a'.repeat(32), at: Date.parse('2026-11-02T20:00:00Z') }], Date.parse('2026-11-02T20:01:00Z'));

    const editor = await signedInAs('editor', { provinceCode: null });
    const res = await fetchApp(`/api/stories/${story.slug}/stats`, { headers: editor.headers });
    const stats = await readJson<Stats>(res);
    expect(res.status, JSON.stringify(stats)).toBe(200);
    expect(stats.story).toMatchObject({ id: story.id, slug: story.slug, status: 'published' });
    expect(stats.totals).toEqual({ shares: 5, clicks: 11 });
    expect(stats.byChannel).toEqual([
      { channel: 'facebook', shares: 3, clicks: 6 },
      { channel: 'x', shares: 1, clicks: 1 },
      { channel: 'zalo', shares: 1, clicks: 4 },
    ]);
    // 20:00 UTC on 2 November is already 3 November in Vietnam (UTC+7).
    expect(stats.byDay.slice(0, 3)).toEqual([
      { day: '2026-11-01', shares: 3, clicks: 9 },
      { day: '2026-11-02', shares: 1, clicks: 1 },
      { day: '2026-11-03', shares: 0, clicks: 1 },
    ]);

    const ranged = await readJson<Stats>(await fetchApp(`/api/stories/${story.slug}/stats?from=2026-11-02&to=2026-11-02`, { headers: editor.headers }));
    expect(ranged.totals).toEqual({ shares: 1, clicks: 1 });
    expect(ranged.range).toEqual({ from: '2026-11-02', to: '2026-11-02' });
  });

  it('answers zeros for a story nobody has shared yet', async () => {
    const story = await insertStory({ status: 'archived' });
    const editor = await signedInAs('editor');
    const stats = await readJson<Stats>(await fetchApp(`/api/stories/${story.slug}/stats`, { headers: editor.headers }));
    expect(stats.totals).toEqual({ shares: 0, clicks: 0 });
    expect(stats.byChannel).toEqual([]);
  });

  it('answers 404 for an unknown slug and 400 naming a malformed date', async () => {
    const editor = await signedInAs('editor');
    expect((await fetchApp('/api/stories/khong-co/stats', { headers: editor.headers })).status).toBe(404);
    const story = await insertStory();
    const res = await fetchApp(`/api/stories/${story.slug}/stats?from=hôm-qua`, { headers: editor.headers });
    expect(res.status).toBe(400);
    expect((await readJson<{ errors: { path: string }[] }>(res)).errors.map((e) => e.path)).toContain('from');
  });
});
