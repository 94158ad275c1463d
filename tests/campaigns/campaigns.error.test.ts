import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaigns } from '../../schema';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { db, dayFromToday, insertCampaign, insertStory } from './fixtures';

type Problem = { status: number; code: string; currentState?: string; errors?: { path: string; message: string }[] };

let editor: TestUser;
beforeAll(async () => {
  editor = await signedInAs('editor');
});

const valid = () => ({ title: 'Chiến dịch hợp lệ', startsOn: dayFromToday(0), endsOn: dayFromToday(10), targetShares: 10 });

async function problem(res: Response): Promise<Problem> {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return readJson<Problem>(res);
}

describe('creating a campaign with bad input', () => {
  it('names the field when the end is before the start', async () => {
    const res = await sendJson('POST', '/api/campaigns', { ...valid(), startsOn: '2026-05-10', endsOn: '2026-05-01' }, editor.headers);
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.map((e) => e.path)).toEqual(['endsOn']);
  });

  it('refuses a date that is not on the calendar', async () => {
    const res = await sendJson('POST', '/api/campaigns', { ...valid(), startsOn: '2026-02-30' }, editor.headers);
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0]).toMatchObject({ path: 'startsOn', message: 'Not a calendar day' });
  });

  it('names each unknown story and province by its position', async () => {
    const known = await insertStory();
    const res = await sendJson('POST', '/api/campaigns', { ...valid(), stories: [known, 999_999] }, editor.headers);
    expect(res.status).toBe(400);
    expect((await problem(res)).errors).toEqual([{ path: 'stories.1', message: 'No story 999999' }]);
    const res2 = await sendJson('POST', '/api/campaigns', { ...valid(), provinces: ['HNI', 'ZZZ'] }, editor.headers);
    expect((await problem(res2)).errors).toEqual([{ path: 'provinces.1', message: 'No province ZZZ' }]);
  });

  it('refuses a story listed twice, unknown fields and a negative target', async () => {
    const story = await insertStory();
    const twice = await sendJson('POST', '/api/campaigns', { ...valid(), stories: [story, story] }, editor.headers);
    expect((await problem(twice)).errors?.[0]?.path).toBe('stories');
    const extra = await sendJson('POST', '/api/campaigns', { ...valid(), status: 'active' }, editor.headers);
    expect(extra.status).toBe(400);
    const negative = await sendJson('POST', '/api/campaigns', { ...valid(), targetShares: -5 }, editor.headers);
    expect((await problem(negative)).errors?.[0]?.path).toBe('targetShares');
  });

  it('answers 409 naming the slug when it is taken', async () => {
    const first = await sendJson('POST', '/api/campaigns', { ...valid(), slug: 'trung-ten' }, editor.headers);
    expect(first.status).toBe(201);
    const second = await sendJson('POST', '/api/campaigns', { ...valid(), slug: 'trung-ten' }, editor.headers);
    expect(second.status).toBe(409);
    expect((await problem(second)).errors?.[0]?.path).toBe('slug');
  });

  it('answers 400 for malformed JSON, not 500', async () => {
    const res = await fetchApp('/api/campaigns', { method: 'POST', headers: { ...editor.headers, 'content-type': 'application/json' }, body: '{"title":' });
    expect(res.status).toBe(400);
  });
});

describe('the campaign lifecycle refuses', () => {
  it('activating without a target or a published story, listing what is missing', async () => {
    const unpublished = await insertStory({ status: 'submitted', publishedAt: null });
    const id = await insertCampaign({ status: 'draft', targetShares: null, targetClicks: null, storyIds: [unpublished] });
    const res = await sendJson('PATCH', `/api/campaigns/${id}`, { status: 'active' }, editor.headers);
    expect(res.status).toBe(409);
    const body = await problem(res);
    expect(body.currentState).toBe('draft');
    expect(body.errors?.map((e) => e.path).sort()).toEqual(['stories', 'targetShares']);
  });

  it('activating a campaign whose last day has passed', async () => {
    const id = await insertCampaign({ status: 'draft', startsOn: dayFromToday(-10), endsOn: dayFromToday(-1), storyIds: [await insertStory()] });
    const res = await sendJson('PATCH', `/api/campaigns/${id}`, { status: 'active' }, editor.headers);
    expect(res.status).toBe(409);
    expect((await problem(res)).errors?.map((e) => e.path)).toEqual(['endsOn']);
  });

  it('ending a draft, or sending an active campaign back to draft', async () => {
    const draft = await insertCampaign({ status: 'draft' });
    const res = await sendJson('PATCH', `/api/campaigns/${draft}`, { status: 'ended' }, editor.headers);
    expect(res.status).toBe(409);
    expect((await problem(res)).currentState).toBe('draft');
    const active = await insertCampaign();
    const back = await sendJson('PATCH', `/api/campaigns/${active}`, { status: 'draft' }, editor.headers);
    expect(back.status).toBe(409);
    expect((await problem(back)).currentState).toBe('active');
  });

  it('any change to an ended campaign', async () => {
    const id = await insertCampaign({ status: 'ended' });
    for (const [method, path, body] of [
      ['PATCH', `/api/campaigns/${id}`, { title: 'Sửa lại' }],
      ['PATCH', `/api/campaigns/${id}`, { status: 'active' }],
      ['PUT', `/api/campaigns/${id}/stories`, { stories: [] }],
      ['PUT', `/api/campaigns/${id}/provinces`, { provinces: ['HNI'] }],
    ] as const) {
      const res = await sendJson(method, path, body, editor.headers);
      expect(res.status, `${method} ${path}`).toBe(409);
      expect((await problem(res)).currentState).toBe('ended');
    }
  });

  it('changing the slug once the campaign is public', async () => {
    const id = await insertCampaign();
    const res = await sendJson('PATCH', `/api/campaigns/${id}`, { slug: 'ten-moi' }, editor.headers);
    expect(res.status).toBe(409);
    expect((await problem(res)).errors?.[0]?.path).toBe('slug');
  });

  it('moving the start after the end on edit', async () => {
    const id = await insertCampaign({ status: 'draft', startsOn: dayFromToday(1), endsOn: dayFromToday(5) });
    const res = await sendJson('PATCH', `/api/campaigns/${id}`, { startsOn: dayFromToday(9) }, editor.headers);
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0]?.path).toBe('endsOn');
  });

  it('deleting a campaign that was public', async () => {
    const id = await insertCampaign();
    const res = await fetchApp(`/api/campaigns/${id}`, { method: 'DELETE', headers: editor.headers });
    expect(res.status).toBe(409);
    expect(await db().select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, id))).toHaveLength(1);
  });

  it('an empty edit', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const res = await sendJson('PATCH', `/api/campaigns/${id}`, {}, editor.headers);
    expect(res.status).toBe(400);
  });
});

describe('unknown campaigns', () => {
  it('answer 404 by id and by slug', async () => {
    expect((await sendJson('PATCH', '/api/campaigns/987654', { title: 'Không có' }, editor.headers)).status).toBe(404);
    expect((await fetchApp('/api/editor/campaigns/987654', { headers: editor.headers })).status).toBe(404);
    expect((await fetchApp('/api/campaigns/khong-co-chien-dich-nay')).status).toBe(404);
  });

  it('answer 400 for an id that is not a number', async () => {
    const res = await sendJson('PATCH', '/api/campaigns/abc', { title: 'Không có' }, editor.headers);
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0]?.path).toBe('id');
  });
});

describe('campaign covers', () => {
  it('must be a cover key the hub serves', async () => {
    const bad = await sendJson('POST', '/api/campaigns', { ...valid(), coverKey: '../secrets.txt', coverAlt: 'x' }, editor.headers);
    expect((await problem(bad)).errors?.[0]?.path).toBe('coverKey');
    const good = await sendJson('POST', '/api/campaigns', { ...valid(), coverKey: 'covers/12-AbCdEfGh12.jpg', coverAlt: 'Thanh niên dọn rác bãi biển' }, editor.headers);
    expect(good.status).toBe(201);
    const body = await readJson<{ slug: string; id: number }>(good);
    await sendJson('PUT', `/api/campaigns/${body.id}/stories`, { stories: [await insertStory()] }, editor.headers);
    await sendJson('PATCH', `/api/campaigns/${body.id}`, { status: 'active' }, editor.headers);
    const html = await (await fetchApp(`/campaigns/${body.slug}`)).text();
    expect(html).toContain('<img class="campaign-cover" src="/media/covers/12-AbCdEfGh12.jpg" alt="Thanh niên dọn rác bãi biển"');
  });
});
