import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, campaigns } from '../../schema';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp } from '../helpers/http';
import { storyIdsOf } from '../../workers/campaigns/campaigns.queries';
import { db, dayFromToday, insertCampaign, insertStory } from './fixtures';

let editor: TestUser;
beforeAll(async () => {
  editor = await signedInAs('editor');
});

function postForm(path: string, fields: [string, string][], user = editor) {
  return fetchApp(path, {
    method: 'POST',
    headers: { ...user.headers, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

const form = (overrides: Record<string, string> = {}, provinces: string[] = []): [string, string][] => [
  ...Object.entries({
    title: 'Mùa hè xanh 2026',
    slug: '',
    description: 'Sinh viên tình nguyện về các xã vùng sâu.',
    hashtags: '#MuaHeXanh, LanToa',
    startsOn: dayFromToday(0),
    endsOn: dayFromToday(30),
    targetShares: '300',
    targetClicks: '',
    ...overrides,
  }),
  ...provinces.map((p): [string, string] => ['provinces', p]),
];

describe('the campaign editor pages, without JavaScript', () => {
  it('create a draft from the form and show it with a notice; stories are picked by search, never by typed ids', async () => {
    const res = await postForm('/editor/campaigns', form({}, ['HNI', 'HUE']));
    expect(res.status, await res.clone().text()).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/editor\/campaigns\/\d+\?done=created$/);
    const id = Number(location.split('/')[3]?.split('?')[0]);
    const [row] = await db().select().from(campaigns).where(eq(campaigns.id, id));
    expect(row).toMatchObject({ slug: 'mua-he-xanh-2026', hashtags: ['MuaHeXanh', 'LanToa'], targetShares: 300, targetClicks: null, status: 'draft' });
    const html = await (await fetchApp(location, { headers: editor.headers })).text();
    expect(html).toContain('Đã tạo bản nháp chiến dịch.');
    expect(html).toMatch(/<input type="checkbox" id="cf-province-HUE" name="provinces" value="HUE" checked=""/);
    expect(html).not.toContain('name="stories"');
    expect(html).not.toContain('name="coverKey"');
    expect(html).toContain('Tìm câu chuyện đã đăng theo tên');
  });

  it('saving the details leaves the stories and the cover as they were', async () => {
    const [a, b] = [await insertStory(), await insertStory()];
    const id = await insertCampaign({ status: 'draft', storyIds: [b, a], coverKey: 'covers/1-AbCdEfGh12.png', coverAlt: 'Ảnh bìa cũ' });
    const [before] = await db().select().from(campaigns).where(eq(campaigns.id, id));
    const res = await postForm(`/editor/campaigns/${id}`, form({ title: 'Tên mới', slug: before?.slug ?? '', startsOn: before?.startsOn ?? '', endsOn: before?.endsOn ?? '' }));
    expect(res.status, await res.clone().text()).toBe(303);
    const [after] = await db().select().from(campaigns).where(eq(campaigns.id, id));
    expect(after).toMatchObject({ title: 'Tên mới', coverKey: 'covers/1-AbCdEfGh12.png', coverAlt: 'Ảnh bìa cũ' });
    expect(await storyIdsOf(db(), id)).toEqual([b, a]);
  });

  it('re-render the form with the reasons when the input is wrong, keeping what was typed', async () => {
    const res = await postForm('/editor/campaigns', form({ title: 'Hè', endsOn: dayFromToday(-5) }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('href="#cf-title"');
    expect(html).toContain('value="Hè"');
  });

  it('activate a ready draft, then end it, each audited', async () => {
    const id = await insertCampaign({ status: 'draft', storyIds: [await insertStory()] });
    const activate = await postForm(`/editor/campaigns/${id}/status`, [['status', 'active']]);
    expect(activate.headers.get('location')).toBe(`/editor/campaigns/${id}?done=activated`);
    const end = await postForm(`/editor/campaigns/${id}/status`, [['status', 'ended']]);
    expect(end.headers.get('location')).toBe(`/editor/campaigns/${id}?done=ended`);
    const actions = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.target, `campaign:${id}`)).orderBy(desc(auditLog.id));
    expect(actions.map((a) => a.action).slice(0, 2)).toEqual(['campaign.ended', 'campaign.activated']);
  });

  it('explain why a draft cannot be activated yet', async () => {
    const id = await insertCampaign({ status: 'draft', targetShares: null });
    const res = await postForm(`/editor/campaigns/${id}/status`, [['status', 'active']]);
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Không thực hiện được với chiến dịch đang ở trạng thái “Bản nháp”.');
    expect(html).toContain('href="#cf-targetShares"');
    expect(html).toContain('href="#cf-stories"');
  });

  it('save edits of an active campaign, leaving its address alone', async () => {
    const id = await insertCampaign({ storyIds: [await insertStory()] });
    const [before] = await db().select().from(campaigns).where(eq(campaigns.id, id));
    const res = await postForm(`/editor/campaigns/${id}`, form({ title: 'Tên đã sửa', slug: 'khong-duoc-doi', startsOn: before?.startsOn ?? '', endsOn: dayFromToday(40) }));
    expect(res.headers.get('location')).toBe(`/editor/campaigns/${id}?done=saved`);
    const [after] = await db().select().from(campaigns).where(eq(campaigns.id, id));
    expect(after).toMatchObject({ title: 'Tên đã sửa', slug: before?.slug, endsOn: dayFromToday(40) });
  });

  it('delete a draft, but not a campaign that went public', async () => {
    const draft = await insertCampaign({ status: 'draft' });
    expect((await postForm(`/editor/campaigns/${draft}/delete`, [])).headers.get('location')).toBe('/editor/campaigns?done=deleted');
    const active = await insertCampaign();
    expect((await postForm(`/editor/campaigns/${active}/delete`, [])).status).toBe(409);
  });

  it('list every campaign with its state', async () => {
    await insertCampaign({ title: 'Chiến dịch trong danh sách', status: 'draft' });
    const html = await (await fetchApp('/editor/campaigns', { headers: editor.headers })).text();
    expect(html).toContain('Chiến dịch trong danh sách');
    expect(html).toContain('Tạo chiến dịch mới');
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('are for editors only', async () => {
    const member = await signedInAs('member');
    expect((await fetchApp('/editor/campaigns', { headers: { ...member.headers, accept: 'text/html' } })).status).toBe(403);
    expect((await postForm('/editor/campaigns', form(), member)).status).toBe(403);
    const anonymous = await fetchApp('/editor/campaigns', { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(anonymous.headers.get('location')).toBe('/login?next=%2Feditor%2Fcampaigns');
  });
});
