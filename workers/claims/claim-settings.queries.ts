// Saving the matching thresholds (read with claimThresholds in claim-settings.ts, which reads
// the table on every call: no per-isolate copy to clear after a change).
import { desc, inArray } from 'drizzle-orm';
import { auditLog, settings } from '../../schema';
import { hasRole } from '../auth/roles';
import type { Db } from '../core/db';
import type { SessionUser } from '../core/types';
import { claimThresholds, THRESHOLD_KEYS, type ClaimThresholds } from './claim-settings';

/**
 * Hub-wide settings change the hub for every province, so only national accounts (admins and
 * editors without a province) change them; provincial editors and admins read them.
 */
export function canChangeClaimSettings(user: SessionUser): boolean {
  return hasRole(user.role, 'editor') && user.provinceCode === null;
}

/** `{ lexicalCandidate: 0.3, … }`: how the audit entry (and its history sentence) names each value. */
function flat(th: ClaimThresholds): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [method, levels] of Object.entries(th)) {
    for (const [level, value] of Object.entries(levels)) out[`${method}${level[0]?.toUpperCase()}${level.slice(1)}`] = value;
  }
  return out;
}

/** When the thresholds were last changed (null: never, the defaults apply). */
export async function thresholdsUpdatedAt(db: Db): Promise<number | null> {
  const [row] = await db
    .select({ at: settings.updatedAt })
    .from(settings)
    .where(inArray(settings.key, Object.keys(THRESHOLD_KEYS)))
    .orderBy(desc(settings.updatedAt))
    .limit(1);
  return row?.at ?? null;
}

/** Store all four thresholds and audit what changed, in one batch. */
export async function saveClaimThresholds(db: Db, next: ClaimThresholds, editor: SessionUser, now = Date.now()): Promise<ClaimThresholds> {
  const before = flat(await claimThresholds(db));
  const after = flat(next);
  const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
  if (changed.length === 0) return next;
  const upserts = Object.entries(THRESHOLD_KEYS).map(([key, [method, level]]) => {
    const value = JSON.stringify(next[method][level]);
    return db.insert(settings).values({ key, value, updatedBy: editor.id, updatedAt: now }).onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: editor.id, updatedAt: now } });
  });
  await db.batch([
    db.insert(auditLog).values({
      actorId: editor.id,
      action: 'settings.update',
      target: 'settings:claims',
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      createdAt: now,
    }),
    ...upserts,
  ]);
  return next;
}
