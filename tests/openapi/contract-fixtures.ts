// The seeded hub the contract test reads: the demo seed, the demo accounts signed in, and the
// few rows the seed lacks (a report receipt, an invitation, an import), made through the API
// so they are what a client would get.
import { env } from 'cloudflare:workers';
import { createSession, SESSION_COOKIE } from '../../workers/auth/session-store';
import { createDb } from '../../workers/core/db';
import { fetchApp, ORIGIN, readJson, sendJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { DEMO_LESSON_SLUG } from '../../scripts/seed/lesson-data';

export type DemoAccount = 'seed-admin' | 'seed-admin2' | 'seed-editor' | 'seed-editor2' | 'seed-contributor' | 'seed-member';

/** A documented GET as the test calls it: the route key, a URL with real values, who asks. */
export type ContractCall = { route: string; url: string; as: DemoAccount | null };

/** Session headers for a demo account (the seed has them; no password round trip needed). */
export async function signInDemo(id: DemoAccount): Promise<Record<string, string>> {
  const { token } = await createSession(createDb(env.DB), id, 'vitest contract');
  return { cookie: `${SESSION_COOKIE}=${token}`, origin: ORIGIN };
}

const first = <T>(sql: string) => env.DB.prepare(sql).first<T>().then((row) => {
  if (!row) throw new Error(`The seed has no row for: ${sql}`);
  return row;
});

/** Seed, add what the seed lacks, and list the calls with their path parameters filled in. */
export async function seededCalls(): Promise<ContractCall[]> {
  await seedDemo();
  const story = await first<{ id: number; slug: string }>("SELECT id, slug FROM stories WHERE status = 'published' ORDER BY id LIMIT 1");
  const rev = await first<{ story_id: number; from: number; to: number }>(
    'SELECT story_id, min(revision) AS "from", max(revision) AS "to" FROM story_revisions GROUP BY story_id HAVING count(*) > 1 ORDER BY story_id LIMIT 1',
  );
  const campaign = await first<{ id: number; slug: string }>("SELECT id, slug FROM campaigns WHERE status = 'active' ORDER BY id LIMIT 1");
  const unit = await first<{ id: number }>("SELECT id FROM units WHERE province_code = 'HCM' ORDER BY id LIMIT 1");
  const kase = await first<{ id: number }>('SELECT id FROM cases ORDER BY id LIMIT 1');
  // The demo seed holds one rumour told in two cases with an open candidate pair.
  const paired = await first<{ id: number }>("SELECT case_id AS id FROM claim_matches WHERE status = 'open' ORDER BY id LIMIT 1");

  const report = await readJson<{ receipt: string }>(
    await sendJson('POST', '/api/reports', { url: 'https://example.com/tin-gia-hop-dong', category: 'false_news', description: 'Bài đăng bịa đặt.' }),
  );
  const editor2 = await signInDemo('seed-editor2');
  const invite = await readJson<{ link: string }>(await sendJson('POST', '/api/invites', { unitId: unit.id, expiresInDays: 5, maxUses: 5 }, editor2));
  const admin = await signInDemo('seed-admin');
  const started = await readJson<{ import: { id: string } }>(
    await fetchApp('/api/users/import', {
      method: 'POST',
      headers: { ...admin, 'content-type': 'text/csv' },
      body: 'Họ và tên,Email,Tỉnh/Thành,Vai trò\nNgười mới,nguoi-moi@donvi.vn,HNI,thành viên',
    }),
  );
  const code = new URL(invite.link).pathname.split('/').pop() ?? '';
  // A lesson written by a provincial editor, published by a national one, then edited again (a pending edit).
  const lesson = await readJson<{ id: number }>(
    await sendJson(
      'POST',
      '/api/lessons',
      {
        title: 'Bài học kiểm tra hợp đồng',
        body: 'Kiểm chứng **trước** khi chia sẻ.',
        questions: Array.from({ length: 5 }, (_, i) => ({ prompt: `Câu ${i + 1}`, options: [{ text: 'A', explanation: 'Vì A' }, { text: 'B', explanation: 'Vì B' }], correct: 1 })),
      },
      editor2,
    ),
  );
  const editor = await signInDemo('seed-editor');
  await sendJson('POST', `/api/lessons/${lesson.id}/submit`, {}, editor2);
  await sendJson('POST', `/api/lessons/${lesson.id}/approve`, { revision: 1 }, editor);
  await sendJson('PATCH', `/api/lessons/${lesson.id}`, { revision: 1, summary: 'Bản sửa chờ duyệt' }, editor2);

  return [
    { route: 'GET /api/health', url: '/api/health', as: null },
    { route: 'GET /api/provinces', url: '/api/provinces', as: null },
    { route: 'GET /api/categories', url: '/api/categories', as: null },
    { route: 'GET /api/stories', url: '/api/stories', as: null },
    { route: 'GET /api/stories', url: `/api/stories?campaign=${campaign.slug}&limit=5`, as: null },
    { route: 'GET /api/stories/:slug', url: `/api/stories/${story.slug}`, as: null },
    { route: 'GET /api/stories/:slug/stats', url: `/api/stories/${story.slug}/stats`, as: 'seed-editor' },
    { route: 'GET /api/campaigns', url: '/api/campaigns', as: null },
    { route: 'GET /api/campaigns/:slug', url: `/api/campaigns/${campaign.slug}`, as: null },
    { route: 'GET /api/reports/:receipt', url: `/api/reports/${report.receipt}`, as: null },
    { route: 'GET /api/join/:code', url: `/api/join/${code}`, as: null },
    { route: 'GET /api/push/key', url: '/api/push/key', as: null },
    { route: 'GET /api/learn/lessons', url: '/api/learn/lessons', as: null },
    { route: 'GET /api/learn/lessons', url: '/api/learn/lessons', as: 'seed-member' },
    { route: 'GET /api/learn/lessons/:slug', url: `/api/learn/lessons/${DEMO_LESSON_SLUG}`, as: null },
    { route: 'GET /api/me', url: '/api/me', as: 'seed-member' },
    { route: 'GET /api/me/sessions', url: '/api/me/sessions', as: 'seed-member' },
    { route: 'GET /api/me/impact', url: '/api/me/impact', as: 'seed-member' },
    { route: 'GET /api/me/notices', url: '/api/me/notices', as: 'seed-member' },
    { route: 'GET /api/me/export', url: '/api/me/export', as: 'seed-member' },
    { route: 'GET /api/units/leaderboard', url: '/api/units/leaderboard', as: 'seed-member' },
    { route: 'GET /api/push/subscriptions', url: '/api/push/subscriptions', as: 'seed-member' },
    { route: 'GET /api/editor/queue', url: '/api/editor/queue', as: 'seed-editor' },
    { route: 'GET /api/editor/stories', url: '/api/editor/stories', as: 'seed-editor2' },
    { route: 'GET /api/editor/stories/:id', url: `/api/editor/stories/${story.id}`, as: 'seed-editor' },
    { route: 'GET /api/stories/:id/revisions', url: `/api/stories/${rev.story_id}/revisions`, as: 'seed-editor' },
    { route: 'GET /api/stories/:id/revisions/diff', url: `/api/stories/${rev.story_id}/revisions/diff?from=${rev.from}&to=${rev.to}`, as: 'seed-editor' },
    { route: 'GET /api/stories/:id/revisions/:rev', url: `/api/stories/${rev.story_id}/revisions/${rev.from}`, as: 'seed-editor' },
    { route: 'GET /api/lessons', url: '/api/lessons', as: 'seed-editor' },
    { route: 'GET /api/lessons/:id', url: `/api/lessons/${lesson.id}`, as: 'seed-editor' },
    { route: 'GET /api/editor/campaigns', url: '/api/editor/campaigns', as: 'seed-editor' },
    { route: 'GET /api/editor/campaigns/:id', url: `/api/editor/campaigns/${campaign.id}`, as: 'seed-editor' },
    { route: 'GET /api/editor/campaigns/:id/story-search', url: `/api/editor/campaigns/${campaign.id}/story-search?q=a`, as: 'seed-editor' },
    { route: 'GET /api/cases', url: '/api/cases', as: 'seed-editor' },
    { route: 'GET /api/cases/:id', url: `/api/cases/${kase.id}`, as: 'seed-editor' },
    { route: 'GET /api/cases/:id/candidates', url: `/api/cases/${paired.id}/candidates`, as: 'seed-editor' },
    { route: 'GET /api/settings/claims', url: '/api/settings/claims', as: 'seed-editor' },
    { route: 'GET /api/settings/tone', url: '/api/settings/tone', as: 'seed-editor' },
    { route: 'GET /api/audit', url: '/api/audit', as: 'seed-editor' },
    { route: 'GET /api/stats/overview', url: '/api/stats/overview', as: 'seed-editor' },
    { route: 'GET /api/stats/lessons', url: '/api/stats/lessons', as: 'seed-editor' },
    { route: 'GET /api/stats/lessons', url: '/api/stats/lessons', as: 'seed-editor2' },
    { route: 'GET /api/stats/overview', url: `/api/stats/overview?campaign=${campaign.slug}`, as: 'seed-editor' },
    { route: 'GET /api/invites', url: '/api/invites', as: 'seed-editor2' },
    { route: 'GET /api/units', url: '/api/units', as: 'seed-admin' },
    { route: 'GET /api/users', url: '/api/users', as: 'seed-admin' },
    { route: 'GET /api/users/:id/tokens', url: '/api/users/seed-editor/tokens', as: 'seed-admin' },
    { route: 'GET /api/users/import/:id', url: `/api/users/import/${started.import.id}`, as: 'seed-admin' },
    { route: 'GET /api/admin/dead-letters', url: '/api/admin/dead-letters', as: 'seed-admin' },
  ];
}
