import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { readJson } from '../helpers/http';
import { caseRow, postReportInApp, validReport, type ReportAnswer } from './helpers';

const BURST = 500;

async function burst(urlFor: (i: number) => string) {
  const responses = await Promise.all(
    Array.from({ length: BURST }, (_, i) => postReportInApp(validReport({ url: urlFor(i), description: `report ${i}` }))),
  );
  const statuses = responses.map((r) => r.status);
  const bodies = await Promise.all(responses.map((r) => readJson<ReportAnswer>(r)));
  return { statuses, bodies };
}

// The requests go through the whole app in this isolate (see appFetch): D1 sees
// 500 concurrent batches, as it would behind 500 concurrent Worker invocations.
describe(`a burst of ${BURST} concurrent reports`, { timeout: 60_000 }, () => {
  it('on the same link: every report stored exactly once, one case, an exact count', async () => {
    // Spellings of one post that all canonicalise to the same key.
    const spellings = [
      'https://www.facebook.com/story.php?story_fbid=9001&id=42',
      'https://m.facebook.com/permalink.php?story_fbid=9001&id=42&mibextid=x',
      'https://facebook.com/42/posts/9001/?fbclid=abc',
    ];
    const { statuses, bodies } = await burst((i) => spellings[i % spellings.length] ?? '');
    expect(statuses.filter((s) => s !== 201), JSON.stringify(bodies.find((b) => !('receipt' in b)))).toEqual([]);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(BURST);
    expect(new Set(bodies.map((b) => b.receipt)).size).toBe(BURST);
    expect(new Set(bodies.map((b) => b.caseId)).size).toBe(1);

    const caseId = bodies[0]!.caseId;
    expect(await caseRow(caseId)).toMatchObject({ report_count: BURST, canonical_url: 'https://facebook.com/42/posts/9001' });
    const stored = await env.DB.prepare('SELECT count(*) AS n, count(DISTINCT description) AS d FROM reports WHERE case_id = ?').bind(caseId).first<{ n: number; d: number }>();
    expect(stored).toEqual({ n: BURST, d: BURST });
  });

  it('on different links: one case each, each counted once', async () => {
    const { statuses, bodies } = await burst((i) => `https://news.example.vn/bai-${i}.html?utm_source=zalo`);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    expect(new Set(bodies.map((b) => b.caseId)).size).toBe(BURST);
    // D1 binds at most 100 parameters per statement: select the burst's cases by their shared prefix.
    const counts = await env.DB.prepare(
      `SELECT count(*) AS cases, sum(report_count) AS total, max(report_count) AS top,
        (SELECT count(*) FROM reports r WHERE r.case_id IN (SELECT id FROM cases WHERE canonical_url LIKE ?1)) AS reports
       FROM cases WHERE canonical_url LIKE ?1`,
    )
      .bind('https://news.example.vn/bai-%')
      .first<{ cases: number; total: number; top: number; reports: number }>();
    expect(counts).toEqual({ cases: BURST, total: BURST, top: 1, reports: BURST });
  });
});
