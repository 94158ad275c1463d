// "My report got its verdict": members who reported the case while signed in are told the
// verdict in words, once per verdict; anonymous reporters are nobody to tell.
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cases, stories } from '../../schema';
import { pushVerdict } from '../../workers/push/verdict-push';
import { db, insertStory } from '../campaigns/fixtures';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchDuringOutage } from '../helpers/outage';
import { createReport, validReport } from '../reports/helpers';
import { brokenPushQueue, recordingPushQueue } from './fake-queue';

let editor: TestUser;
beforeAll(async () => {
  editor = await signedInAs('editor', { provinceCode: null });
});

const decide = (caseId: number, status: string, queue: Queue) =>
  fetchDuringOutage({ PUSH_QUEUE: queue }, `/api/cases/${caseId}`, {
    method: 'PATCH',
    headers: { ...editor.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ status, claim: 'Nước ngọt X gây ung thư', verdictSummary: 'Không có nghiên cứu nào cho thấy điều này.' }),
  });

let urlCounter = 0;
async function reportedCase(reporters: (TestUser | null)[]): Promise<number> {
  const url = `https://www.tiktok.com/@x/video/71000000000000000${++urlCounter}`;
  let caseId = 0;
  for (const who of reporters) caseId = (await createReport(validReport({ url }), who ? who.headers : {})).caseId;
  return caseId;
}

describe('verdict push', () => {
  it('tells each signed-in reporter the verdict in words, once, and again only for a new verdict', async () => {
    const a = await signedInAs('member');
    const b = await signedInAs('member');
    const caseId = await reportedCase([a, null, b, a]);
    const { sent, queue } = recordingPushQueue();
    expect((await decide(caseId, 'false', queue)).status).toBe(200);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ eventId: `verdict:${caseId}:false`, topic: 'verdicts', path: '/tra-cuu', tag: `case-${caseId}` });
    expect(sent[0]?.audience.kind === 'users' ? [...sent[0].audience.userIds].sort() : null).toEqual([a.id, b.id].sort());
    expect(sent[0]?.vi.title).toBe('Tin bạn báo đã có kết luận: Sai sự thật');
    expect(sent[0]?.en.title).toBe('The content you reported has a verdict: False');

    // The same verdict again (a retried request, the event emitted twice): nothing more.
    await decide(caseId, 'false', queue);
    await pushVerdict({ kind: 'decided', caseId, status: 'false' }, { ...env, PUSH_QUEUE: queue });
    expect(sent).toHaveLength(1);

    // A changed verdict (reopened, then decided again) is news.
    await decide(caseId, 'reviewing', queue);
    const changed = await decide(caseId, 'misleading', queue);
    expect(changed.status, await changed.clone().text()).toBe(200);
    expect(sent.map((m) => m.eventId)).toEqual([`verdict:${caseId}:false`, `verdict:${caseId}:misleading`]);
    expect(sent[1]?.vi.title).toBe('Tin bạn báo đã có kết luận: Gây hiểu lầm');
  });

  it('queues nothing for a case only anonymous people reported, or for a stale event', async () => {
    const member = await signedInAs('member');
    const anonymous = await reportedCase([null, null]);
    const { sent, queue } = recordingPushQueue();
    await decide(anonymous, 'not_misinformation', queue);
    expect(sent).toEqual([]);

    const other = await reportedCase([member]);
    await decide(other, 'referred', queue);
    // An old `decided: false` arriving after the case moved on tells nobody "false".
    await pushVerdict({ kind: 'decided', caseId: other, status: 'false' }, { ...env, PUSH_QUEUE: queue });
    expect(sent.map((m) => m.eventId)).toEqual([`verdict:${other}:referred`]);
  });

  it('opens the rebuttal story when the case has a live one', async () => {
    const member = await signedInAs('member');
    const caseId = await reportedCase([member]);
    const storyId = await insertStory({ title: 'Sự thật về nước ngọt X' });
    await db().update(cases).set({ rebuttalStoryId: storyId }).where(eq(cases.id, caseId));
    const slug = (await db().select({ slug: stories.slug }).from(stories).where(eq(stories.id, storyId)))[0]?.slug;
    const { sent, queue } = recordingPushQueue();
    await decide(caseId, 'false', queue);
    expect(sent).toEqual([expect.objectContaining({ eventId: `verdict:${caseId}:false`, path: `/stories/${slug}` })]);
  });

  it('does not fail the verdict when the push queue is down', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const member = await signedInAs('member');
    const caseId = await reportedCase([member]);
    const res = await decide(caseId, 'false', brokenPushQueue());
    expect(res.status).toBe(200);
    expect((await db().select({ status: cases.status }).from(cases).where(eq(cases.id, caseId)))[0]?.status).toBe('false');
    expect(errors).toHaveBeenCalled();
    // Nothing was claimed: the next `decided` event for it still sends.
    const { sent, queue } = recordingPushQueue();
    await pushVerdict({ kind: 'decided', caseId, status: 'false' }, { ...env, PUSH_QUEUE: queue });
    expect(sent.map((m) => m.eventId)).toEqual([`verdict:${caseId}:false`]);
    errors.mockRestore();
  });
});
