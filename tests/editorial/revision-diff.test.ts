import { describe, expect, it } from 'vitest';
import { diffContent, diffLines, type LineOp } from '../../workers/editorial/revision-diff';
import type { StoryContent } from '../../workers/editorial/story-content';

/** A story-like body of about `bytes` UTF-8 bytes: paragraphs of Vietnamese prose and a list. */
function storyBody(seed: number, bytes: number): string {
  const lines: string[] = [];
  let x = seed;
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const line = i % 4 === 3 ? '' : i % 7 === 0 ? `- Hộ thứ ${x % 997} nhận ${i} suất quà ở Đà Nẵng` : `Đoạn ${i}: anh Lộc sửa ${x % 97} chiếc quạt cho các cụ ở phường Hải Châu, không lấy tiền.`;
    lines.push(line);
    size += new TextEncoder().encode(line).length + 1;
  }
  return lines.join('\n');
}

/** 20 KB in 1,700 short lines (a table of figures): the O(n·m) table needed millions of cells here. */
function figuresBody(seed: number): string {
  return Array.from({ length: 1700 }, (_, i) => `${(i * seed) % 1000} đồng ${i % 3}`).join('\n');
}

function editEvery(body: string, step: number): string {
  return body
    .split('\n')
    .map((line, i) => (i % step === 0 ? `${line} (đã sửa)` : line))
    .join('\n');
}

function sides(ops: LineOp[]): { before: string; after: string } {
  return {
    before: ops.filter((o) => o.op !== 'add').map((o) => o.text).join('\n'),
    after: ops.filter((o) => o.op !== 'remove').map((o) => o.text).join('\n'),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/**
 * Milliseconds per call in workerd. Its clock only moves across I/O, so a loop of calls
 * is timed between two timer turns rather than each call on its own; the best of five
 * rounds is kept, since other processes share the CPU.
 */
async function msPerCall(fn: () => unknown, calls = 10): Promise<number> {
  for (let i = 0; i < 3; i++) fn();
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    await tick();
    const start = performance.now();
    for (let i = 0; i < calls; i++) fn();
    await tick();
    rounds.push((performance.now() - start) / calls);
  }
  return Math.min(...rounds);
}

describe('diffLines (Myers)', () => {
  it('marks one changed line as one removal and one addition, the rest the same', () => {
    expect(diffLines('a\nb\nc', 'a\nB\nc')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'remove', text: 'b' },
      { op: 'add', text: 'B' },
      { op: 'same', text: 'c' },
    ]);
    expect(diffLines('a\nc', 'a\nb\nc')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'add', text: 'b' },
      { op: 'same', text: 'c' },
    ]);
    expect(diffLines('', '')).toEqual([{ op: 'same', text: '' }]);
  });

  it('gives back both texts exactly and keeps every unchanged line as the same', () => {
    const before = storyBody(1, 20_000);
    for (const after of [editEvery(before, 10), editEvery(before, 2), storyBody(2, 20_000), before.split('\n').reverse().join('\n'), '']) {
      const ops = diffLines(before, after);
      expect(sides(ops)).toEqual({ before, after });
    }
    // Past the work cap (short lines, reshuffled) the middle is "all removed, all added", still exact.
    const figures = figuresBody(7);
    expect(sides(diffLines(figures, figuresBody(13)))).toEqual({ before: figures, after: figuresBody(13) });
    const edited = diffLines(before, editEvery(before, 10));
    const changedLines = Math.ceil(before.split('\n').length / 10);
    expect(edited.filter((o) => o.op === 'remove')).toHaveLength(changedLines);
    expect(edited.filter((o) => o.op === 'same')).toHaveLength(before.split('\n').length - changedLines);
  });

  it('finds the longest run of shared lines when lines move', () => {
    const ops = diffLines('x\na\nb\nc\nd', 'a\nb\nc\nd\nx');
    expect(ops.filter((o) => o.op === 'same').map((o) => o.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  // The budget guards against a quadratic diff (hundreds of ms on 20 KB), with room for a loaded CI machine (~1–2 ms quiet).
  it('diffs two 20 KB bodies in under 20 ms (edited, rewritten, short lines reshuffled)', async () => {
    const story = storyBody(1, 20_000);
    const figures = figuresBody(7);
    const pairs: [string, string, string][] = [
      ['a tenth of the lines edited', story, editEvery(story, 10)],
      ['every other line edited', story, editEvery(story, 2)],
      ['rewritten', story, storyBody(2, 20_000)],
      ['short lines edited', figures, editEvery(figures, 25)],
      ['short lines reshuffled', figures, figuresBody(13)],
    ];
    for (const [name, before, after] of pairs) {
      expect(new TextEncoder().encode(before).length, name).toBeGreaterThan(19_000);
      expect(new TextEncoder().encode(after).length, name).toBeGreaterThan(19_000);
      const ms = await msPerCall(() => diffLines(before, after));
      expect(ms, `${name}: ${ms.toFixed(2)} ms per diff`).toBeLessThan(20);
    }
  });
});

describe('diffContent', () => {
  it('lists only the fields that changed, with line diffs for body and summary', () => {
    const base = { title: 'A', summary: 'S', body: 'a\nb' } as unknown as StoryContent;
    const changes = diffContent(base, { ...base, body: 'a\nc' } as StoryContent);
    expect(changes.map((c) => c.field)).toEqual(['body']);
    expect(changes[0]?.lines).toEqual([
      { op: 'same', text: 'a' },
      { op: 'remove', text: 'b' },
      { op: 'add', text: 'c' },
    ]);
  });
});
