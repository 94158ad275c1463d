// The names behind the ids in a page of audit entries (people assigned, accounts
// changed, stories and campaigns by title), in one D1 batch, so the history
// reads "tài khoản của Nguyễn Văn A" and "bài “…”" rather than ids.
// (D1 binds at most 100 values a statement: 90 ids of each kind; names past that read generically.)
import { inArray } from 'drizzle-orm';
import { campaigns, stories, users } from '../../schema';
import type { HistoryEntry } from '../../web/components/history/describe';
import type { HistoryLookups } from '../../web/components/history/fields';
import type { Db } from '../core/db';

const idsOf = (entries: HistoryEntry[], kind: string) =>
  entries.flatMap((e) => {
    const m = new RegExp(`^${kind}:(\\d{1,10})$`).exec(e.target);
    return m ? [Number(m[1])] : [];
  });

/** Every user id an entry names: its target account, and assignees before and after. */
function userIds(entries: HistoryEntry[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) {
    if (e.target.startsWith('user:')) ids.add(e.target.slice(5));
    for (const side of [e.before, e.after]) if (typeof side?.assigneeId === 'string') ids.add(side.assigneeId);
  }
  return [...ids].slice(0, 90);
}

export async function historyLookups(db: Db, entries: HistoryEntry[]): Promise<HistoryLookups> {
  const people = userIds(entries);
  const storyIds = [...new Set(idsOf(entries, 'story'))].slice(0, 90);
  const campaignIds = [...new Set(idsOf(entries, 'campaign'))].slice(0, 90);
  const [names, storyTitles, campaignTitles] = await db.batch([
    db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, people.length ? people : [''])),
    db.select({ id: stories.id, title: stories.title }).from(stories).where(inArray(stories.id, storyIds.length ? storyIds : [0])),
    db.select({ id: campaigns.id, title: campaigns.title }).from(campaigns).where(inArray(campaigns.id, campaignIds.length ? campaignIds : [0])),
  ]);
  return {
    names: new Map(names.map((u) => [u.id, u.name])),
    titles: new Map([...storyTitles.map((s) => [`story:${s.id}`, s.title] as const), ...campaignTitles.map((c) => [`campaign:${c.id}`, c.title] as const)]),
  };
}
