import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaigns, shareLinks, stories } from '../../schema';
import { recordCorrection } from '../../workers/notices/notices.queries';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { db, insertCampaign, insertStory } from './fixtures';

type Listing = { items: { id: number }[]; pinned: { id: number }[] };
const HOUR = 3_600_000;
const slugOf = async (id: number) => (await db().select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, id)))[0]?.slug ?? '';

let reader: TestUser;
beforeAll(async () => {
  // Signed-in reads are never cached, so each answer reflects the latest write.
  reader = await signedInAs('member', { provinceCode: 'HCM', unit: 'Chi đoàn khu phố 2' });
});

describe('the feed filtered on a campaign', () => {
  it('lists only the published stories of that campaign, in the API and on the page', async () => {
    const [a, b] = [await insertStory({ title: 'Trong chiến dịch A' }), await insertStory({ title: 'Trong chiến dịch B' })];
    const hidden = await insertStory({ status: 'draft', publishedAt: null });
    const outside = await insertStory({ title: 'Ngoài chiến dịch' });
    const id = await insertCampaign({ title: 'Chiến dịch để lọc', storyIds: [a, hidden, b] });
    const slug = await slugOf(id);
    const listing = await readJson<Listing>(await fetchApp(`/api/stories?campaign=${slug}`, { headers: reader.headers }));
    expect(listing.items.map((s) => s.id).sort()).toEqual([a, b].sort());
    expect(listing.items.map((s) => s.id)).not.toContain(outside);
    const html = await (await fetchApp(`/?campaign=${slug}`, { headers: reader.headers })).text();
    expect(html).toContain(`Các câu chuyện của chiến dịch <a href="/campaigns/${slug}">Chiến dịch để lọc</a>`);
    expect(html).toContain(`<input type="hidden" name="campaign" value="${slug}"/>`);
    expect(html).not.toContain('Ngoài chiến dịch');
  });

  it('answers a draft campaign exactly like an unknown one, and refuses a malformed slug', async () => {
    const id = await insertCampaign({ status: 'draft', storyIds: [await insertStory()] });
    const draft = await fetchApp(`/api/stories?campaign=${await slugOf(id)}`, { headers: reader.headers });
    const unknown = await fetchApp('/api/stories?campaign=khong-co-chien-dich-nay', { headers: reader.headers });
    expect([draft.status, unknown.status]).toEqual([400, 400]);
    const [a, b] = [await readJson<{ errors: unknown[] }>(draft), await readJson<{ errors: unknown[] }>(unknown)];
    expect(a.errors).toEqual(b.errors);
    expect(a.errors).toEqual([{ path: 'campaign', message: 'No campaign has this slug or number (see /api/campaigns)' }]);
    const bad = await fetchApp('/api/stories?campaign=Not%20A%20Slug!');
    expect(bad.status).toBe(400);
    expect((await readJson<{ errors: { path: string }[] }>(bad)).errors[0]?.path).toBe('campaign');
  });
});

describe('pinned stories on the feed', () => {
  it('come first once an editor pins them, and leave the pinned block when unpinned', async () => {
    const editor = await signedInAs('editor');
    const old = await insertStory({ title: 'Cũ mà được ghim', publishedAt: Date.now() - 30 * 24 * HOUR });
    const pin = await sendJson('POST', `/api/stories/${old}/pin`, { until: new Date(Date.now() + 24 * HOUR).toISOString() }, editor.headers);
    expect(pin.status).toBe(200);
    const pinned = await readJson<Listing>(await fetchApp('/api/stories', { headers: reader.headers }));
    expect(pinned.pinned[0]?.id).toBe(old);
    const html = await (await fetchApp('/', { headers: reader.headers })).text();
    expect(html.indexOf('Cũ mà được ghim')).toBeGreaterThan(-1);
    expect(html.indexOf('Cũ mà được ghim')).toBeLessThan(html.indexOf('feed-list-title'));

    await fetchApp(`/api/stories/${old}/pin`, { method: 'DELETE', headers: editor.headers });
    const unpinned = await readJson<Listing>(await fetchApp('/api/stories', { headers: reader.headers }));
    expect(unpinned.pinned.map((s) => s.id)).not.toContain(old);
  });
});

describe('the feed for a signed-in member', () => {
  it('highlights the campaign running for their province and shows their correction notices', async () => {
    const story = await insertStory({ title: 'Bài có đính chính' });
    await db().insert(shareLinks).values({ code: crypto.randomUUID(), storyId: story, channel: 'facebook', userId: reader.id, createdAt: Date.now() });
    await recordCorrection(db(), { eventId: crypto.randomUUID(), storyId: story, kind: 'corrected', note: 'Sửa tên nhân vật.', actorId: null, at: Date.now() });
    const local = await insertCampaign({ title: 'Chiến dịch của TP. Hồ Chí Minh', provinces: ['HCM'], storyIds: [story] });
    const html = await (await fetchApp('/', { headers: reader.headers })).text();
    expect(html).toContain(`aria-labelledby="campaign-highlight-${local}"`);
    expect(html).toContain('Chiến dịch tại địa phương của bạn');
    expect(html).toContain('Một câu chuyện bạn đã chia sẻ vừa được đính chính: “Bài có đính chính”.');
    const anonymous = await (await fetchApp('/')).text();
    expect(anonymous).not.toContain('campaign-highlight');
    expect(anonymous).not.toContain('correction-notices');
  });
});

describe('a story that was corrected or withdrawn', () => {
  it('shows the dated correction note on its page and in its JSON', async () => {
    const story = await insertStory({ title: 'Bài đã đính chính', slug: 'bai-da-dinh-chinh' });
    const at = Date.parse('2026-05-04T02:00:00Z');
    await recordCorrection(db(), { eventId: crypto.randomUUID(), storyId: story, kind: 'corrected', note: 'Số liệu đúng là 120 người.', actorId: null, at });
    const html = await (await fetchApp('/stories/bai-da-dinh-chinh', { headers: reader.headers })).text();
    expect(html).toContain('<time datetime="2026-05-04T02:00:00.000Z">Đính chính ngày 04/05/2026</time>');
    expect(html).toContain('Số liệu đúng là 120 người.');
    const json = await readJson<{ corrections: unknown[] }>(await fetchApp('/api/stories/bai-da-dinh-chinh', { headers: reader.headers }));
    expect(json.corrections).toEqual([{ id: expect.any(Number), kind: 'corrected', note: 'Số liệu đúng là 120 người.', createdAt: '2026-05-04T02:00:00.000Z' }]);
  });

  it('answers 410 with the withdrawal note to people following an old link', async () => {
    const story = await insertStory({ slug: 'bai-da-go', title: 'Bài đã gỡ' });
    await recordCorrection(db(), { eventId: crypto.randomUUID(), storyId: story, kind: 'withdrawn', note: 'Nhân vật rút lại sự đồng ý.', actorId: null, at: Date.now() });
    await db().update(stories).set({ status: 'archived' }).where(eq(stories.id, story));
    const res = await fetchApp('/stories/bai-da-go', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(410);
    const html = await res.text();
    expect(html).toContain('Câu chuyện này đã được gỡ');
    expect(html).toContain('Nhân vật rút lại sự đồng ý.');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
  });

  it('is a plain 404 when it was never published', async () => {
    await insertStory({ slug: 'chua-tung-dang', status: 'archived', publishedAt: null });
    expect((await fetchApp('/stories/chua-tung-dang', { headers: { accept: 'text/html' } })).status).toBe(404);
  });
});
