// Differences between two revisions: per field, and for long text line by line
// (longest common subsequence), so the review screen can show what changed.
import { contentFields, type ContentField, type StoryContent } from './story-content';

export type LineOp = { op: 'same' | 'add' | 'remove'; text: string };
export type FieldChange = { field: ContentField; before: unknown; after: unknown; lines?: LineOp[] };

const LINE_DIFF_FIELDS: readonly ContentField[] = ['body', 'summary'];
/** Beyond this many lines per side the diff falls back to "all removed, all added". */
const MAX_LINES = 2000;

/** Line diff by LCS. O(n·m) time and memory, fine for stories (a few hundred lines). */
export function diffLines(before: string, after: string): LineOp[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length > MAX_LINES || b.length > MAX_LINES) {
    return [...a.map((text) => ({ op: 'remove' as const, text })), ...b.map((text) => ({ op: 'add' as const, text }))];
  }
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], flattened.
  const lcs = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => lcs[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const ops: LineOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ op: 'same', text: a[i] ?? '' });
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      ops.push({ op: 'remove', text: a[i++] ?? '' });
    } else {
      ops.push({ op: 'add', text: b[j++] ?? '' });
    }
  }
  while (i < n) ops.push({ op: 'remove', text: a[i++] ?? '' });
  while (j < m) ops.push({ op: 'add', text: b[j++] ?? '' });
  return ops;
}

export function diffContent(before: StoryContent, after: StoryContent): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of contentFields) {
    const was = before[field];
    const now = after[field];
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    const change: FieldChange = { field, before: was, after: now };
    if (LINE_DIFF_FIELDS.includes(field) && typeof was === 'string' && typeof now === 'string') change.lines = diffLines(was, now);
    changes.push(change);
  }
  return changes;
}
