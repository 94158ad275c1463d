import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { auditLog, cases, users } from '../../schema';
import type { Db } from '../core/db';
import { canonicalSearchUrl } from '../reports/canonical-url';

export type AuditEntry = {
  actorId: string | null;
  /** `<kind>.<verb>`: `story.approve`, `user.update`, `token.revoke`, … */
  action: string;
  /** `<kind>:<id>`: `story:12`, `user:…`, `token:…`. */
  target: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** The insert for one entry, so callers can put it in the same batch as the change it records. */
export function auditInsert(db: Db, entry: AuditEntry, now = Date.now()) {
  return db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    target: entry.target,
    before: entry.before ?? null,
    after: entry.after ?? null,
    createdAt: now,
  });
}

/**
 * Every target of one kind (`story:` → `story:1`, `story:12`, …) as a range on the
 * target index, not a LIKE (D1 refuses LIKE patterns over 50 bytes): `;` is the
 * character right after `:`, so `[story:, story;)` holds exactly the `story:` targets.
 */
function kindPrefix(kind: string): SQL {
  const upper = `${kind.slice(0, -1)};`;
  return and(gte(auditLog.target, kind), lt(auditLog.target, upper)) as SQL;
}

/** A target, a kind (`story:`), or a pasted link: the entries of the case it was reported under. */
function targetMatch(target: string): SQL {
  const canonical = canonicalSearchUrl(target);
  if (canonical) return eq(auditLog.target, sql`(SELECT 'case:' || ${cases.id} FROM ${cases} WHERE ${cases.canonicalUrl} = ${canonical})`);
  return target.endsWith(':') ? kindPrefix(target) : eq(auditLog.target, target);
}

export type AuditQuery = { target?: string; actor?: string; action?: string; before?: number; limit: number };

/** Kinds of entry only admins read: accounts and their tokens (who was given access, who lost it). */
export const ADMIN_ONLY_KINDS = ['user', 'token'] as const;

/** What a reader of the log may see: everything (admins), or no account entries and, for a province, its cases only. */
export type AuditScope = { accountEntries: boolean; province: string | null };

/** The `<kind>` of an action (`user` of `user.update`). */
export function actionKind(action: string): string {
  return action.split('.', 1)[0] ?? '';
}

function scopeFilters(scope: AuditScope): SQL[] {
  const where: SQL[] = [];
  if (!scope.accountEntries) {
    where.push(sql`substr(${auditLog.action}, 1, instr(${auditLog.action}, '.') - 1) NOT IN ${[...ADMIN_ONLY_KINDS]}`);
  }
  if (scope.province !== null) {
    // A case's entries (notes, claims, verdicts) go with the case: only its province's editors read them.
    where.push(
      sql`(substr(${auditLog.target}, 1, 5) <> 'case:' OR EXISTS (SELECT 1 FROM ${cases} WHERE ${cases.id} = CAST(substr(${auditLog.target}, 6) AS INTEGER) AND ${cases.provinceCode} = ${scope.province}))`,
    );
    if (scope.accountEntries) {
      // A provincial admin: account and token entries (targets `user:<id>`) of their province's accounts only.
      where.push(
        sql`(substr(${auditLog.target}, 1, 5) <> 'user:' OR EXISTS (SELECT 1 FROM ${users} WHERE ${users.id} = substr(${auditLog.target}, 6) AND ${users.provinceCode} = ${scope.province}))`,
      );
    }
  }
  return where;
}

/** Newest first; `target` may be exact (`story:12`) or a kind (`story:`). `before` is an id cursor. */
export async function listAudit(db: Db, q: AuditQuery, scope: AuditScope) {
  const where: SQL[] = scopeFilters(scope);
  if (q.target) where.push(targetMatch(q.target));
  if (q.actor) where.push(eq(auditLog.actorId, q.actor));
  if (q.action) where.push(eq(auditLog.action, q.action));
  if (q.before) where.push(lt(auditLog.id, q.before));
  const rows = await db
    .select({
      id: auditLog.id,
      actorId: auditLog.actorId,
      actorName: users.name,
      action: auditLog.action,
      target: auditLog.target,
      before: auditLog.before,
      after: auditLog.after,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(q.limit + 1);
  const more = rows.length > q.limit;
  const entries = rows.slice(0, q.limit);
  return { entries, nextBefore: more ? (entries[entries.length - 1]?.id ?? null) : null };
}
