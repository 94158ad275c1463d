// "A report I made got its verdict": a case event handler. Members who reported the case while
// signed in (reports.user_id) are told the verdict in words on their phones, once per verdict
// (event id `verdict:<case>:<status>`, claimed in push_triggers): a repeated `decided` event,
// or one that no longer matches the case, queues nothing.
import { and, eq, isNotNull } from 'drizzle-orm';
import { cases, reports, stories, type CaseStatus } from '../../schema';
import { term } from '../../web/i18n/glossary';
import type { CaseEvent } from '../cases/case-events';
import { isVerdict } from '../cases/case-status';
import { createDb } from '../core/db';
import { queueOnce } from './push-send';
import type { PushFanout } from './push.types';

/** Most reporters a message names (the contract's cap); a bigger case is sent in several messages. */
const USERS_PER_MESSAGE = 500;

/** The fan-out messages telling `userIds` the verdict `status` of case `caseId`. */
export function verdictFanouts(caseId: number, status: CaseStatus, userIds: string[], rebuttalSlug: string | null): PushFanout[] {
  const messages: PushFanout[] = [];
  for (let i = 0; i < userIds.length; i += USERS_PER_MESSAGE) {
    const part = i === 0 ? '' : `:${i / USERS_PER_MESSAGE}`;
    messages.push({
      eventId: `verdict:${caseId}:${status}${part}`,
      topic: 'verdicts',
      audience: { kind: 'users', userIds: userIds.slice(i, i + USERS_PER_MESSAGE) },
      vi: {
        title: `Tin bạn báo đã có kết luận: ${term('vi', 'caseStatus', status)}`,
        body: rebuttalSlug ? 'Mở để đọc bài phản bác và chia sẻ vào nơi bạn đã thấy tin.' : 'Cảm ơn bạn đã báo. Tra cứu bằng mã biên nhận để xem chi tiết.',
      },
      en: {
        title: `The content you reported has a verdict: ${term('en', 'caseStatus', status)}`,
        body: rebuttalSlug ? 'Open it to read the rebuttal and share it where you saw the rumour.' : 'Thank you for reporting. Look it up with your receipt code for details.',
      },
      // The receipt token is not stored, so the link cannot be the receipt: the rebuttal when live, else the lookup.
      path: rebuttalSlug ? `/stories/${rebuttalSlug}` : '/tra-cuu',
      tag: `case-${caseId}`,
    });
  }
  return messages;
}

/** Case event handler (registered in workers/cases/case-events.ts). */
export async function pushVerdict(event: CaseEvent, env: Env): Promise<void> {
  if (event.kind !== 'decided' || !isVerdict(event.status)) return;
  const db = createDb(env.DB);
  const [row] = await db
    .select({ status: cases.status, rebuttalSlug: stories.slug, rebuttalStatus: stories.status })
    .from(cases)
    .leftJoin(stories, eq(stories.id, cases.rebuttalStoryId))
    .where(eq(cases.id, event.caseId));
  // Reconcile with the case as it is now: a stale event (the verdict changed since) tells nothing.
  if (!row || row.status !== event.status) return;
  const reporters = await db
    .selectDistinct({ userId: reports.userId })
    .from(reports)
    .where(and(eq(reports.caseId, event.caseId), isNotNull(reports.userId)));
  const userIds = reporters.flatMap((r) => (r.userId ? [r.userId] : []));
  if (userIds.length === 0) return;
  const rebuttal = row.rebuttalStatus === 'published' ? row.rebuttalSlug : null;
  await queueOnce(env, db, `verdict:${event.caseId}:${event.status}`, Date.now(), async () => verdictFanouts(event.caseId, event.status, userIds, rebuttal));
}
