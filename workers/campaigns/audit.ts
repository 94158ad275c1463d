import { auditLog } from '../../schema';
import type { Db } from '../core/db';

export type AuditEntry = {
  actorId: string | null;
  action: string;
  /** `<kind>:<id>`, e.g. `campaign:3`, `story:12`. */
  target: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  at: number;
};

/** The insert for one audit row, unexecuted, so callers can batch it with the change it records. */
export function auditInsert(db: Db, entry: AuditEntry) {
  return db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    target: entry.target,
    before: entry.before ?? null,
    after: entry.after ?? null,
    createdAt: entry.at,
  });
}
