// Differences between two revisions: per field, and for long text line by line,
// so the review screen can show what changed.
import { diffArrays } from 'diff';
import { contentFields, type ContentField, type StoryContent } from './story-content';

export type LineOp = { op: 'same' | 'add' | 'remove'; text: string };
export type FieldChange = { field: ContentField; before: unknown; after: unknown; lines?: LineOp[] };

const LINE_DIFF_FIELDS: readonly ContentField[] = ['body', 'summary'];
/**
 * Myers' work grows with lines × changes. Past this budget of line comparisons the diff
 * gives up on the middle and shows it as "all removed, all added", so a pathological pair
 * (thousands of one-character lines, reshuffled) costs a few milliseconds, not hundreds.
 * A count, not a clock: workerd's Date.now() stands still during a request, so the
 * package's `timeout` option would never fire there.
 */
const MAX_WORK = 200_000;

/**
 * Line diff by Myers' algorithm (the `diff` package), O((n + m) · d) for d changes.
 * Before it runs: the common head and tail are cut off, and lines found on one side
 * only are set aside (they can only be added or removed; GNU diff does the same), so
 * a rewritten body costs about as little as a small edit.
 */
export function diffLines(before: string, after: string): LineOp[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let endA = a.length;
  let endB = b.length;
  while (endA > head && endB > head && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: LineOp[] = a.slice(0, head).map((text) => ({ op: 'same', text }));
  pushMiddle(ops, a.slice(head, endA), b.slice(head, endB));
  for (const text of a.slice(endA)) ops.push({ op: 'same', text });
  return ops;
}

/** Diff of the changed middle: Myers over the lines both sides share, the rest added or removed around it. */
function pushMiddle(ops: LineOp[], a: string[], b: string[]): void {
  const inA = new Set(a);
  const inB = new Set(b);
  // Indices (in a and in b) of the lines the other side also has.
  const keptA: number[] = [];
  const sharedA: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const line = a[i] ?? '';
    if (inB.has(line)) keptA.push(i), sharedA.push(line);
  }
  const keptB: number[] = [];
  const sharedB: string[] = [];
  for (let j = 0; j < b.length; j++) {
    const line = b[j] ?? '';
    if (inA.has(line)) keptB.push(j), sharedB.push(line);
  }
  // Usual edit: every changed line is new text, so what is left is equal and needs no search.
  const equal = sharedA.length === sharedB.length && sharedA.every((line, n) => line === sharedB[n]);
  const changes = equal
    ? [{ added: false, removed: false, count: sharedA.length }]
    : diffArrays(sharedA, sharedB, { maxEditLength: Math.max(20, Math.floor(MAX_WORK / (sharedA.length + sharedB.length + 1))) });
  let i = 0;
  let j = 0;
  /** Emit what lies before the pair (untilA, untilB) as removed, then added lines. */
  const gapTo = (untilA: number, untilB: number) => {
    while (i < untilA) ops.push({ op: 'remove', text: a[i++] ?? '' });
    while (j < untilB) ops.push({ op: 'add', text: b[j++] ?? '' });
  };
  let k = 0;
  let l = 0;
  for (const change of changes ?? []) {
    if (change.added) l += change.count;
    else if (change.removed) k += change.count;
    else {
      for (let n = 0; n < change.count; n++) {
        gapTo(keptA[k++] ?? a.length, keptB[l++] ?? b.length);
        ops.push({ op: 'same', text: a[i++] ?? '' });
        j++;
      }
    }
  }
  gapTo(a.length, b.length);
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
