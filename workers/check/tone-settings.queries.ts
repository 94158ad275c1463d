// Reading and saving the editors' additions to the tone list (settings row `check.tone.extra`).
import { eq } from 'drizzle-orm';
import { auditLog, settings } from '../../schema';
import type { Db } from '../core/db';
import type { SessionUser } from '../core/types';
import type { ToneRule } from './check.types';
import { parseStoredExtra } from './tone';
import { TONE_EXTRA_KEY } from './tone-settings';

export type ToneExtra = { words: ToneRule[]; updatedAt: number | null };

export async function readToneExtra(db: Db): Promise<ToneExtra> {
  const [row] = await db.select({ value: settings.value, updatedAt: settings.updatedAt }).from(settings).where(eq(settings.key, TONE_EXTRA_KEY)).limit(1);
  return { words: parseStoredExtra(row?.value), updatedAt: row?.updatedAt ?? null };
}

const line = (r: ToneRule) => `${r.word} = ${r.calmer}`;

/** Replace the additions and audit what was added and removed, in one batch (nothing written when unchanged). */
export async function saveToneExtra(db: Db, words: ToneRule[], editor: SessionUser, now = Date.now()): Promise<ToneExtra> {
  const before = await readToneExtra(db);
  const was = new Set(before.words.map(line));
  const is = new Set(words.map(line));
  const added = [...is].filter((l) => !was.has(l));
  const removed = [...was].filter((l) => !is.has(l));
  if (added.length === 0 && removed.length === 0 && before.updatedAt !== null) return before;
  const value = JSON.stringify(words);
  await db.batch([
    db.insert(auditLog).values({
      actorId: editor.id,
      action: 'settings.tone.update',
      target: 'settings:tone',
      // Both lists in `after`, under names the history page words ("Từ thêm", "Từ bỏ").
      before: null,
      after: { toneAdded: added, toneRemoved: removed },
      createdAt: now,
    }),
    db.insert(settings).values({ key: TONE_EXTRA_KEY, value, updatedBy: editor.id, updatedAt: now }).onConflictDoUpdate({ target: settings.key, set: { value, updatedBy: editor.id, updatedAt: now } }),
  ]);
  return { words, updatedAt: now };
}
