// "A campaign starts in my province": queued once, when the editor activates a campaign whose
// first day has come, or by the cron on the first day of an upcoming one.
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { campaigns } from '../../schema';
import { cronJobs } from '../../workers/jobs/cron';
import { announceStartedCampaigns, campaignStartFanouts } from '../../workers/push/campaign-start';
import { db, dayFromToday, insertCampaign, insertStory } from '../campaigns/fixtures';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchDuringOutage } from '../helpers/outage';
import { brokenPushQueue, recordingPushQueue } from './fake-queue';

let editor: TestUser;
beforeAll(async () => {
  editor = await signedInAs('editor', { provinceCode: null });
});

const patch = (id: number, body: unknown, queue: Queue) =>
  fetchDuringOutage({ PUSH_QUEUE: queue }, `/api/campaigns/${id}`, {
    method: 'PATCH',
    headers: { ...editor.headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function draft(overrides: Parameters<typeof insertCampaign>[0] = {}) {
  return insertCampaign({ status: 'draft', storyIds: [await insertStory()], ...overrides });
}

const announcedAt = async (id: number) => (await db().select({ at: campaigns.announcedAt }).from(campaigns).where(eq(campaigns.id, id)))[0]?.at;

describe('campaign start push', () => {
  it('cuts a long title at a word, with an ellipsis, inside the notification’s 120 characters', () => {
    const title = 'Tuần lễ lan tỏa những câu chuyện đẹp về người tốt việc tốt ở khu phố, phường xã và trường học trên khắp cả nước năm nay';
    const [message] = campaignStartFanouts({ id: 7, slug: 'tuan-le', title }, []);
    const shown = [...(message?.vi.title ?? '')];
    expect(shown.length).toBeLessThanOrEqual(120);
    expect(message?.vi.title).toMatch(/^Chiến dịch mới trên cả nước: Tuần lễ lan tỏa/);
    expect(message?.vi.title).toMatch(/\p{L}…$/u);
    // The cut falls between words: what precedes the ellipsis is a whole word of the title.
    const lastWord = message?.vi.title.slice(0, -1).split(' ').at(-1) ?? '';
    expect(title.split(' ')).toContain(lastWord);
  });

  it('is queued once per province when a started campaign is activated, and not again on later edits', async () => {
    const id = await draft({ title: 'Tuần lễ tri ân thầy cô', startsOn: dayFromToday(-1), provinces: ['HCM', 'HNI'] });
    const { sent, queue } = recordingPushQueue();
    expect((await patch(id, { status: 'active' }, queue)).status).toBe(200);
    const slug = (await db().select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, id)))[0]?.slug;
    expect(sent.map((m) => m.audience).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { kind: 'province', provinceCode: 'HCM' },
      { kind: 'province', provinceCode: 'HNI' },
    ]);
    const hcm = sent.find((m) => m.audience.kind === 'province' && m.audience.provinceCode === 'HCM');
    expect(hcm).toMatchObject({
      eventId: `campaign:${id}:start:HCM`,
      topic: 'campaigns',
      path: `/campaigns/${slug}`,
      tag: `campaign-${id}`,
    });
    expect(hcm?.vi.title).toMatch(/^Chiến dịch mới ở .*Hồ Chí Minh: Tuần lễ tri ân thầy cô$/);
    expect(hcm?.en.title).toMatch(/^New campaign in .*Hồ Chí Minh: Tuần lễ tri ân thầy cô$/);

    // A repeat (the same request again, an edit, the cron) queues nothing more.
    expect((await patch(id, { status: 'active' }, queue)).status).toBe(200);
    expect((await patch(id, { description: 'Thêm mô tả' }, queue)).status).toBe(200);
    await announceStartedCampaigns({ ...env, PUSH_QUEUE: queue }, Date.now());
    expect(sent.filter((m) => m.eventId.startsWith(`campaign:${id}:`))).toHaveLength(2);
  });

  it('goes to everyone (national) when the campaign targets no province', async () => {
    const id = await draft({ startsOn: dayFromToday(0), provinces: [] });
    const { sent, queue } = recordingPushQueue();
    await patch(id, { status: 'active' }, queue);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ eventId: `campaign:${id}:start`, audience: { kind: 'province', provinceCode: null } });
    expect(sent[0]?.vi.title).toContain('Chiến dịch mới trên cả nước: ');
  });

  it('waits for the first day of an upcoming campaign, then the cron queues it once', async () => {
    const id = await draft({ startsOn: dayFromToday(1), endsOn: dayFromToday(8), provinces: ['DNG'] });
    const { sent, queue } = recordingPushQueue();
    await patch(id, { status: 'active' }, queue);
    const withQueue = { ...env, PUSH_QUEUE: queue };
    await announceStartedCampaigns(withQueue, Date.now());
    expect(sent.filter((m) => m.eventId.startsWith(`campaign:${id}:`))).toEqual([]);

    // The minute cron on its first day, and every minute after.
    const job = cronJobs.find((j) => j.name === 'campaigns.announce-started');
    const tomorrow = Date.now() + 86_400_000;
    await job?.run(withQueue, tomorrow);
    await job?.run(withQueue, tomorrow + 60_000);
    expect(sent.filter((m) => m.eventId.startsWith(`campaign:${id}:`)).map((m) => m.eventId)).toEqual([`campaign:${id}:start:DNG`]);
  });

  it('never announces a draft or a campaign whose last day has passed', async () => {
    const draftId = await draft({ startsOn: dayFromToday(-2) });
    const over = await insertCampaign({ startsOn: dayFromToday(-9), endsOn: dayFromToday(-1) });
    const { sent, queue } = recordingPushQueue();
    await announceStartedCampaigns({ ...env, PUSH_QUEUE: queue }, Date.now());
    expect(sent.filter((m) => m.eventId.startsWith(`campaign:${draftId}:`) || m.eventId.startsWith(`campaign:${over}:`))).toEqual([]);
  });

  it('does not fail the activation when the queue is down, and the cron tries again later', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const id = await draft({ startsOn: dayFromToday(-1), provinces: ['HCM'] });
    const res = await patch(id, { status: 'active' }, brokenPushQueue());
    expect(res.status).toBe(200);
    expect((await db().select({ status: campaigns.status }).from(campaigns).where(eq(campaigns.id, id)))[0]?.status).toBe('active');
    expect(errors).toHaveBeenCalled();
    expect(await announcedAt(id)).toBeNull();

    const { sent, queue } = recordingPushQueue();
    await announceStartedCampaigns({ ...env, PUSH_QUEUE: queue }, Date.now());
    expect(sent.filter((m) => m.eventId.startsWith(`campaign:${id}:`)).map((m) => m.eventId)).toEqual([`campaign:${id}:start:HCM`]);
    expect(await announcedAt(id)).not.toBeNull();
    errors.mockRestore();
  });

  it('also announces a campaign activated from the desk page (form post)', async () => {
    const id = await draft({ startsOn: dayFromToday(0), provinces: ['HNI'] });
    const { sent, queue } = recordingPushQueue();
    const res = await fetchDuringOutage({ PUSH_QUEUE: queue }, `/editor/campaigns/${id}/status`, {
      method: 'POST',
      headers: { ...editor.headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'status=active',
    });
    expect(res.status).toBe(303);
    expect(sent.map((m) => m.eventId)).toEqual([`campaign:${id}:start:HNI`]);
  });
});
