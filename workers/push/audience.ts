// Who a fan-out reaches: one page of subscriptions, in id order (keyset paging), whose owner
// is in the audience and whose device opted in to the topic. Disabled accounts get nothing.
import { sql, type SQL } from 'drizzle-orm';
import type { PushTopic } from '../../schema';
import type { Db } from '../core/db';
import type { PushFanout } from './push.types';
import type { PushTarget } from './send';

/** Subscriptions per queue message: sent with bounded concurrency, well inside one consumer's time. */
export const PUSH_PAGE_SIZE = 500;

export type AudienceTarget = PushTarget & { lang: 'vi' | 'en' };

/** The topic's opt-in column (a closed set: never user text). */
const topicColumn: Record<PushTopic, SQL> = {
  campaigns: sql.raw('s.campaigns'),
  corrections: sql.raw('s.corrections'),
  verdicts: sql.raw('s.verdicts'),
};

function audienceFilter(audience: PushFanout['audience']): SQL {
  switch (audience.kind) {
    case 'province':
      return audience.provinceCode === null ? sql`1 = 1` : sql`u.province_code = ${audience.provinceCode}`;
    case 'sharers':
      return sql`s.user_id IN (SELECT l.user_id FROM share_links l WHERE l.story_id = ${audience.storyId} AND l.user_id IS NOT NULL)`;
    case 'users':
      return sql`s.user_id IN (SELECT value FROM json_each(${JSON.stringify(audience.userIds)}))`;
    case 'subscriptions':
      return sql`s.id IN (SELECT value FROM json_each(${JSON.stringify(audience.ids)}))`;
  }
}

/** Up to `limit` subscriptions after `after` (exclusive), by id. */
export async function audiencePage(db: Db, message: Pick<PushFanout, 'audience' | 'topic' | 'after'>, limit = PUSH_PAGE_SIZE): Promise<AudienceTarget[]> {
  const after = message.after ?? '';
  const rows = await db.all<AudienceTarget>(sql`
    SELECT s.id AS id, s.endpoint AS endpoint, s.p256dh AS p256dh, s.auth AS auth, s.lang AS lang
    FROM push_subscriptions s JOIN users u ON u.id = s.user_id
    WHERE ${topicColumn[message.topic]} = 1 AND u.disabled_at IS NULL AND u.erased_at IS NULL
      AND s.id > ${after} AND ${audienceFilter(message.audience)}
    ORDER BY s.id LIMIT ${limit}`);
  return rows;
}
