import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberNotices, shareLinks } from '../../schema';
import { CorrectionNotes } from '../../web/components/correction-notices';
import { correctionsForStory, recordCorrection } from '../../workers/notices/notices.queries';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, ORIGIN, readJson } from '../helpers/http';
import { db, insertStory } from '../campaigns/fixtures';

type Notice = { id: number; kind: string; note: string; correctedAt: string; story: { id: number; title: string; url: string | null } };

let member: TestUser;
let other: TestUser;
let corrected: number;
let withdrawn: number;

async function sharedAndCorrected(user: TestUser, kind: 'corrected' | 'withdrawn', title: string, at: number) {
  const storyId = await insertStory({ title, status: kind === 'withdrawn' ? 'archived' : 'published' });
  await db().insert(shareLinks).values({ code: crypto.randomUUID(), storyId, channel: 'zalo', userId: user.id, createdAt: at - 1000 });
  await recordCorrection(db(), { eventId: crypto.randomUUID(), storyId, kind, note: `Ghi chú: ${title}`, actorId: null, at });
  return storyId;
}

beforeAll(async () => {
  member = await signedInAs('member');
  other = await signedInAs('member');
  corrected = await sharedAndCorrected(member, 'corrected', 'Chuyện được đính chính', Date.parse('2026-06-01T03:00:00Z'));
  withdrawn = await sharedAndCorrected(member, 'withdrawn', 'Chuyện bị gỡ', Date.parse('2026-06-02T03:00:00Z'));
});

const list = async (user: TestUser) => (await readJson<{ items: Notice[] }>(await fetchApp('/api/me/notices', { headers: user.headers }))).items;

describe('a member’s correction notices', () => {
  it('lists what was corrected or withdrawn among the stories they shared, newest first', async () => {
    const items = await list(member);
    expect(items.map((n) => [n.kind, n.story.id])).toEqual([
      ['withdrawn', withdrawn],
      ['corrected', corrected],
    ]);
    expect(items[1]).toMatchObject({ note: 'Ghi chú: Chuyện được đính chính', correctedAt: '2026-06-01T03:00:00.000Z' });
    expect(items[0]?.story.url).toBeNull();
    expect(items[1]?.story.url).toMatch(/^\/stories\//);
    expect(await list(other)).toEqual([]);
  });

  it('shows them as a banner on the member’s next visit, in their language', async () => {
    const html = await (await fetchApp('/campaigns', { headers: member.headers })).text();
    expect(html).toContain('Một câu chuyện bạn đã chia sẻ đã bị gỡ: “Chuyện bị gỡ”.');
    expect(html).toContain('Một câu chuyện bạn đã chia sẻ vừa được đính chính: “Chuyện được đính chính”.');
    expect(html).toContain('<time datetime="2026-06-01T03:00:00.000Z">01/06/2026</time>');
    const en = await (await fetchApp('/campaigns?lang=en', { headers: member.headers })).text();
    expect(en).toContain('A story you shared was withdrawn: “Chuyện bị gỡ”.');
    const anonymous = await (await fetchApp('/campaigns')).text();
    expect(anonymous).not.toContain('correction-notices');
  });

  it('go away once seen, through the API', async () => {
    const [first] = await list(member);
    const res = await fetchApp(`/api/me/notices/${first?.id}/seen`, { method: 'POST', headers: member.headers });
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ id: first?.id, seenAt: expect.any(String) });
    expect((await list(member)).map((n) => n.id)).not.toContain(first?.id);
    const again = await fetchApp(`/api/me/notices/${first?.id}/seen`, { method: 'POST', headers: member.headers });
    expect(again.status).toBe(200);
  });

  it('go away once seen, through the banner’s form, returning to the page', async () => {
    const [notice] = await list(member);
    const res = await fetchApp(`/notices/${notice?.id}/seen`, {
      method: 'POST',
      headers: { ...member.headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'back=%2Fcampaigns%3Flang%3Den',
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/campaigns?lang=en');
    const [row] = await db().select().from(memberNotices).where(eq(memberNotices.id, notice?.id ?? 0));
    expect(row?.seenAt).not.toBeNull();
  });
});

describe('notices are private', () => {
  it('cannot be listed or marked by anyone else', async () => {
    expect((await fetchApp('/api/me/notices')).status).toBe(401);
    const [row] = await db().select().from(memberNotices).where(eq(memberNotices.userId, member.id)).limit(1);
    const res = await fetchApp(`/api/me/notices/${row?.id}/seen`, { method: 'POST', headers: other.headers });
    expect(res.status).toBe(404);
    expect((await fetchApp(`/api/me/notices/${row?.id}/seen`, { method: 'POST', headers: { origin: ORIGIN } })).status).toBe(401);
  });

  it('refuse to send the reader off-site after dismissing', async () => {
    for (const back of ['https://evil.example/', '//evil.example', '/\\evil.example']) {
      const res = await fetchApp('/notices/1/seen', {
        method: 'POST',
        headers: { ...member.headers, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ back }).toString(),
        redirect: 'manual',
      });
      expect(res.status, back).toBe(400);
    }
  });

  it('refuse a cross-site form post', async () => {
    const res = await fetchApp('/notices/1/seen', {
      method: 'POST',
      headers: { ...member.headers, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'back=%2F',
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
  });
});

describe('the story page’s correction note', () => {
  it('lists each correction with its date and note', async () => {
    const corrections = await correctionsForStory(db(), corrected);
    const html = String(CorrectionNotes({ lang: 'vi', corrections }));
    expect(html).toContain('<h2 id="story-corrections-heading">Đính chính</h2>');
    expect(html).toContain('<time datetime="2026-06-01T03:00:00.000Z">Đính chính ngày 01/06/2026</time>');
    expect(html).toContain('Ghi chú: Chuyện được đính chính');
    expect(String(CorrectionNotes({ lang: 'en', corrections }))).toContain('Corrected on 1 Jun 2026');
  });

  it('is absent for a story never corrected', async () => {
    expect(CorrectionNotes({ lang: 'vi', corrections: await correctionsForStory(db(), await insertStory()) })).toBeNull();
  });
});
