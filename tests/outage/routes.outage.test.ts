// Every route answers a D1 or R2 outage with 503, Retry-After and a problem document
// (an HTML page for browsers), writes nothing, and works again once storage is back.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/seed/accounts';
import { cardMetaForStory } from '../../workers/cards/card-meta';
import { createDb } from '../../workers/core/db';
import { freshIp } from '../auth/login-helpers';
import { coverPng } from '../cards/cover';
import { pngInfo } from '../cards/png';
import { act, submitted } from '../editorial/story-helpers';
import { signedInAs } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson } from '../helpers/http';
import { failingD1, failingR2, fetchDuringOutage } from '../helpers/outage';
import { seedDemo } from '../helpers/seed';
import { JPEG_BYTES, nextIp } from '../reports/helpers';
import { insertStory } from '../share/fixtures';

beforeAll(async () => {
  await seedDemo();
});

async function count(sql: string, ...params: unknown[]): Promise<number> {
  const row = await env.DB.prepare(sql).bind(...params).first<{ n: number }>();
  return row?.n ?? -1;
}

/** The outage answer for API clients: 503, Retry-After, no caching, RFC 9457 naming UNAVAILABLE. */
async function expectProblem503(res: Response) {
  const text = await res.text();
  expect(res.status, text).toBe(503);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(res.headers.get('cache-control')).toMatch(/(^|, )no-store$/);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = JSON.parse(text) as { status: number; code: string; detail: string; requestId: string };
  expect(body).toMatchObject({ status: 503, code: 'UNAVAILABLE' });
  // The cause stays in the logs, never in the answer.
  expect(text).not.toMatch(/D1_ERROR|Network connection|10001/);
}

/** The outage answer for browsers: the same status and header, as a page in the reader's language. */
async function expectPage503(res: Response) {
  const html = await res.text();
  expect(res.status, html.slice(0, 300)).toBe(503);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(res.headers.get('content-type')).toContain('text/html');
  expect(html).toContain('Hệ thống đang tạm gián đoạn');
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
  body: JSON.stringify(body),
});

// Outage answers are logged as errors on purpose; keep the test output readable.
vi.spyOn(console, 'error').mockImplementation(() => {});

describe('signing in while D1 is down', () => {
  it('answers 503 and opens no session, then signs in once D1 is back', async () => {
    const sessions = await count('SELECT count(*) AS n FROM sessions');
    const ip = freshIp();
    const body = { email: 'editor@lantoa.local', password: DEMO_PASSWORD };
    await expectProblem503(await fetchDuringOutage({ DB: failingD1('all') }, '/api/auth/login', json(body, { 'cf-connecting-ip': ip })));
    // Reads work but writes do not: the password is right, yet no half-made sign-in is left behind.
    await expectProblem503(await fetchDuringOutage({ DB: failingD1('writes') }, '/api/auth/login', json(body, { 'cf-connecting-ip': ip })));
    expect(await count('SELECT count(*) AS n FROM sessions')).toBe(sessions);

    const after = await fetchDuringOutage({}, '/api/auth/login', json(body, { 'cf-connecting-ip': ip }));
    expect(after.status, await after.clone().text()).toBe(200);
    expect(await count('SELECT count(*) AS n FROM sessions')).toBe(sessions + 1);
  });
});

describe('the sign-in form while D1 is down', () => {
  it('shows the form again with the email kept and a sentence, not JSON', async () => {
    const form = new URLSearchParams({ email: 'editor@lantoa.local', password: DEMO_PASSWORD }).toString();
    const res = await fetchDuringOutage({ DB: failingD1('all') }, '/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: ORIGIN, 'cf-connecting-ip': freshIp() },
      body: form,
    });
    const html = await res.text();
    expect(res.status, html.slice(0, 300)).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('Hệ thống đang tạm gián đoạn nên chưa đăng nhập được');
    expect(html).toContain('value="editor@lantoa.local"');
    expect(html).not.toContain('D1_ERROR');
  });
});

describe('approving a story while D1 is down', () => {
  it('answers 503, leaves the story submitted with no audit entry, and approves on retry', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await submitted(author);
    const audits = () => count('SELECT count(*) AS n FROM audit_log WHERE target = ?', `story:${story.id}`);
    const before = await audits();
    const approve = () => json({ revision: story.revision }, editor.headers);

    await expectProblem503(await fetchDuringOutage({ DB: failingD1('all') }, `/api/stories/${story.id}/approve`, approve()));
    // D1 answers the reads, then fails the write: still nothing half-done.
    const writesDown = failingD1('writes');
    await expectProblem503(await fetchDuringOutage({ DB: writesDown }, `/api/stories/${story.id}/approve`, approve()));
    expect(writesDown.attempts.writes).toBeGreaterThan(0);
    expect(await count('SELECT count(*) AS n FROM stories WHERE id = ? AND status = ?', story.id, 'submitted')).toBe(1);
    expect(await audits()).toBe(before);

    const res = await act(editor, story.id, 'approve', { revision: story.revision });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.story.status).toBe('published');
  });
});

describe('reading the feed while D1 is down', () => {
  it('the JSON feed answers 503 problem+json, then the feed', async () => {
    // A query no other test asks, so no cached copy answers for D1.
    const path = '/api/stories?province=HUE&category=role_model';
    await expectProblem503(await fetchDuringOutage({ DB: failingD1('all') }, path));
    const res = await fetchDuringOutage({}, path);
    expect(res.status).toBe(200);
    expect(await readJson(res)).toHaveProperty('items');
  });

  it('the feed page answers browsers with a 503 page, then the feed', async () => {
    const path = '/?province=HNI&category=role_model';
    const html = { headers: { accept: 'text/html' } };
    await expectPage503(await fetchDuringOutage({ DB: failingD1('all') }, path, html));
    const res = await fetchDuringOutage({}, path, html);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it('a story page answers 503 as a page (and as problem+json to API clients), then the story', async () => {
    const story = await insertStory({ title: 'Bài đọc khi D1 gián đoạn' });
    await expectPage503(await fetchDuringOutage({ DB: failingD1('all') }, `/stories/${story.slug}`, { headers: { accept: 'text/html' } }));
    await expectProblem503(await fetchDuringOutage({ DB: failingD1('all') }, `/stories/${story.slug}`, { headers: { accept: 'application/json' } }));
    const res = await fetchDuringOutage({}, `/stories/${story.slug}`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Bài đọc khi D1 gián đoạn');
  });
});

describe('creating a share link while D1 is down', () => {
  it('answers 503 and stores no link, then makes one', async () => {
    const story = await insertStory();
    const links = () => count('SELECT count(*) AS n FROM share_links WHERE story_id = ?', story.id);
    const body = { story: story.id, channel: 'facebook' };
    await expectProblem503(await fetchDuringOutage({ DB: failingD1('all') }, '/api/shares', json(body)));
    await expectProblem503(await fetchDuringOutage({ DB: failingD1('writes') }, '/api/shares', json(body)));
    expect(await links()).toBe(0);
    const res = await fetchDuringOutage({}, '/api/shares', json(body));
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    expect(await links()).toBe(1);
  });
});

describe('R2 down', () => {
  it('a report screenshot answers editors 503, then the image', async () => {
    // A case with no province is national work: a national editor reads it.
    const editor = await signedInAs('editor', { provinceCode: null });
    const form = new FormData();
    form.append('url', 'https://example.com/screenshot-during-outage');
    form.append('category', 'other');
    form.append('screenshot', new File([JPEG_BYTES], 'a.jpg'));
    const created = await readJson<{ caseId: number }>(
      await fetchApp('/api/reports', { method: 'POST', body: form, headers: { accept: 'application/json', 'cf-connecting-ip': nextIp() } }),
    );
    const detail = await readJson<{ reports: { screenshotUrl: string }[] }>(await fetchApp(`/api/cases/${created.caseId}`, { headers: editor.headers }));
    const url = detail.reports[0]?.screenshotUrl ?? '';
    expect(url).not.toBe('');
    await expectProblem503(await fetchDuringOutage({ MEDIA: failingR2() }, url, { headers: editor.headers }));
    const res = await fetchDuringOutage({}, url, { headers: editor.headers });
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(JPEG_BYTES);
  });

  const cardPath = async (storyId: number) => {
    const meta = await cardMetaForStory(createDb(env.DB), storyId, ORIGIN);
    if (!meta) throw new Error('no card');
    return new URL(meta.og.url).pathname;
  };

  it('a card that renders but cannot be stored is still served (and stored once R2 is back)', async () => {
    const story = await insertStory({ title: 'Thẻ chia sẻ khi R2 gián đoạn' });
    const path = await cardPath(story.id);
    const key = path.slice(1);
    const res = await fetchDuringOutage({ MEDIA: failingR2(['put']) }, path);
    expect(res.status).toBe(200);
    expect(pngInfo(new Uint8Array(await res.arrayBuffer()))).toEqual({ valid: true, width: 1200, height: 630 });
    expect(await env.MEDIA.head(key)).toBeNull();
    // With R2 unreadable too, a card without a cover is still drawn and served.
    const square = path.replace(/\.png$/, '-square.png');
    const unreadable = await fetchDuringOutage({ MEDIA: failingR2() }, square);
    expect(unreadable.status).toBe(200);
    expect(pngInfo(new Uint8Array(await unreadable.arrayBuffer()))).toMatchObject({ valid: true, width: 1080 });
  });

  it('a card whose cover cannot be read answers 503 rather than a card without its cover', async () => {
    const coverKey = `covers/outage-${crypto.randomUUID()}.png`;
    await env.MEDIA.put(coverKey, await coverPng());
    const story = await insertStory({ title: 'Thẻ có ảnh bìa', coverKey, coverAlt: 'Mái nhà mới' });
    const path = await cardPath(story.id);
    await expectProblem503(await fetchDuringOutage({ MEDIA: failingR2() }, path));
    const res = await fetchDuringOutage({}, path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(await env.MEDIA.head(path.slice(1))).not.toBeNull();
  });
});
