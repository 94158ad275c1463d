// The CLAIMS_QUEUE consumer indexes a stored report off the request path (band rows) and
// writes the cases it may repeat as candidate rows for the desk; the cron sweep does the same
// for reports whose message never came (queue down).
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../workers/claims/claim-settings';
import { candidatesForCase } from '../../workers/claims/claim-index.queries';
import { consumeClaims } from '../../workers/claims/claims.queue';
import { sweepUnindexedReports } from '../../workers/claims/claims.sweep';
import { createDb } from '../../workers/core/db';
import { queueConsumers, replayableQueues } from '../../workers/jobs/queues';
import { cronJobs } from '../../workers/jobs/cron';
import { failingD1 } from '../helpers/outage';
import { claimsBatch, decide, index, indexedReport, textReport } from './helpers';

const db = () => createDb(env.DB);

async function bandCount(caseId: number): Promise<number> {
  return (await env.DB.prepare('SELECT count(*) AS n FROM claim_bands WHERE case_id = ?').bind(caseId).first<{ n: number }>())?.n ?? 0;
}

async function matchesOf(caseId: number) {
  const { results } = await env.DB.prepare('SELECT case_id, candidate_id, method, score, matched_words, status FROM claim_matches WHERE case_id = ? OR candidate_id = ? ORDER BY id')
    .bind(caseId, caseId)
    .all<{ case_id: number; candidate_id: number; method: string; score: number; matched_words: string; status: string }>();
  return results;
}

describe('claims consumer', () => {
  it('is registered with its dead-letter queue, and replayable', () => {
    expect(queueConsumers['lan-toa-claims']).toBeTypeOf('function');
    expect(queueConsumers['lan-toa-claims-dlq']).toBeTypeOf('function');
    expect(Object.keys(replayableQueues(env))).toContain('lan-toa-claims');
    expect(cronJobs.map((j) => j.name)).toContain('claims-index-sweep');
  });

  it('indexes a report and writes its older look-alike as a candidate, with score and shared words', async () => {
    const older = await indexedReport('Vịnh Hạ Long bị bán cho công ty nước ngoài 99 năm, du khách Việt phải mua vé gấp đôi.');
    expect(await bandCount(older.caseId)).toBe(42);
    const { answer, messages } = await textReport('Hạ Long đã bị bán cho nước ngoài trong 99 năm, vé cho khách Việt tăng gấp đôi.');
    expect(await bandCount(answer.caseId)).toBe(0);
    const { acked, retried } = await index(...messages);
    expect(acked).toEqual([0]);
    expect(retried).toEqual([]);
    expect(await bandCount(answer.caseId)).toBeGreaterThan(0);
    const [match, ...rest] = await matchesOf(answer.caseId);
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ case_id: answer.caseId, candidate_id: older.caseId, method: 'lexical', status: 'open' });
    expect(match?.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.lexical.candidate);
    expect(JSON.parse(match?.matched_words ?? '[]')).toEqual(expect.arrayContaining(['long', 'ban', 'nuoc', 'ngoai', '99']));
    // The helper for the desk sees the pair from both sides.
    expect((await candidatesForCase(db(), older.caseId)).map((c) => c.caseId)).toEqual([answer.caseId]);
    expect((await candidatesForCase(db(), answer.caseId)).map((c) => c.caseId)).toEqual([older.caseId]);
  });

  it('never makes a case its own candidate (a second report of the same text joins the case)', async () => {
    const first = await indexedReport('Mỏ than Quảng Ninh sập hầm, hơn 200 thợ mỏ bị vùi lấp, chính quyền giấu thông tin.');
    const again = await textReport('MỎ THAN QUẢNG NINH SẬP HẦM, hơn 200 thợ mỏ bị vùi lấp, chính quyền giấu thông tin!!!');
    expect(again.answer.caseId).toBe(first.caseId);
    await index(...again.messages);
    expect(await matchesOf(first.caseId)).toEqual([]);
  });

  it('is idempotent on redelivery: the same rows, an editor’s answer kept', async () => {
    const older = await indexedReport('Biển Sầm Sơn nhiễm dầu loang, cấm tắm biển suốt mùa hè năm nay.');
    const { answer, messages } = await textReport('Dầu loang khắp biển Sầm Sơn, cả mùa hè năm nay cấm tắm biển.');
    await index(...messages);
    const bands = await bandCount(answer.caseId);
    const before = await matchesOf(answer.caseId);
    expect(before).toHaveLength(1);
    await index(...messages, ...messages);
    expect(await bandCount(answer.caseId)).toBe(bands);
    expect(await matchesOf(answer.caseId)).toEqual(before);
    await env.DB.prepare("UPDATE claim_matches SET status = 'rejected' WHERE case_id = ? AND candidate_id = ?").bind(answer.caseId, older.caseId).run();
    await index(...messages);
    expect((await matchesOf(answer.caseId))[0]?.status).toBe('rejected');
  });

  it('follows merges: a report of a merged case is indexed under the case it was merged into', async () => {
    const target = await indexedReport('Phố cổ Hội An bị UNESCO tước danh hiệu di sản thế giới vì quá nhiều quán bar.');
    const { answer, messages } = await textReport('Hội An thu vé 500 nghìn mỗi người khi đi bộ vào phố cổ từ tháng sau, ai không mua bị phạt.');
    await env.DB.batch([
      env.DB.prepare('UPDATE cases SET merged_into_id = ? WHERE id = ?').bind(target.caseId, answer.caseId),
      env.DB.prepare('UPDATE reports SET case_id = ? WHERE case_id = ?').bind(target.caseId, answer.caseId),
    ]);
    await index(...messages);
    expect(await bandCount(answer.caseId)).toBe(0);
    // Both texts now index the target; it is never its own candidate.
    expect(await bandCount(target.caseId)).toBeGreaterThan(42);
    expect(await matchesOf(target.caseId)).toEqual([]);

    // A new report matching the merged-away text finds the live case, not the merged one.
    const later = await textReport('Từ tháng sau vào phố cổ Hội An đi bộ cũng phải mua vé 500 nghìn mỗi người.');
    await index(...later.messages);
    expect((await matchesOf(later.answer.caseId)).map((m) => m.candidate_id)).toEqual([target.caseId]);
  });

  it('drops a malformed message and retries one that failed', async () => {
    const dropped = await index({ reportId: 'x' });
    expect(dropped.acked).toEqual([0]);
    const { answer, messages } = await textReport('Nước mắm Phú Quốc bị pha hóa chất urê để giữ độ đạm.');
    const down = claimsBatch(messages);
    await consumeClaims(down.batch, { ...env, DB: failingD1('all') });
    expect(down.retried).toEqual([0]);
    expect(await bandCount(answer.caseId)).toBe(0);
  });
});

describe('claims sweep (queue down)', () => {
  it('indexes reports whose case has no bands yet, and leaves indexed ones alone', async () => {
    const older = await indexedReport('Sạt lở bờ sông ở Long Xuyên nuốt trọn 30 căn nhà trong đêm, hàng chục người mất tích.');
    // The message of this report is lost (captured, never delivered).
    const { answer } = await textReport('Long Xuyên sạt lở bờ sông, 30 căn nhà bị cuốn trôi trong đêm, mất tích hàng chục người.');
    // A link report whose words are too few to match still counts as indexed after the sweep (a marker row).
    const { answer: link } = await textReport('tin giả', { url: 'https://www.facebook.com/100064/posts/880001' });
    expect(await bandCount(answer.caseId)).toBe(0);

    const swept = await sweepUnindexedReports(env, db(), Date.now());
    expect(swept).toBeGreaterThanOrEqual(2);
    expect(await bandCount(answer.caseId)).toBeGreaterThan(0);
    expect(await bandCount(link.caseId)).toBe(1);
    expect((await matchesOf(answer.caseId)).map((m) => m.candidate_id)).toEqual([older.caseId]);

    // Nothing left to do: a second run finds nothing.
    expect(await sweepUnindexedReports(env, db(), Date.now())).toBe(0);
  });

  it('backfills cases stored before matching existed, decided ones first, so a new report of a debunked claim is told at once', async () => {
    const { answer: old } = await textReport('Đập thủy điện Hòa Bình có vết nứt lớn, sắp vỡ, dân hạ du phải sơ tán ngay.');
    const longAgo = Date.now() - 90 * 24 * 60 * 60 * 1000;
    await env.DB.prepare('UPDATE reports SET created_at = ? WHERE case_id = ?').bind(longAgo, old.caseId).run();
    await env.DB.prepare('UPDATE cases SET first_seen_at = ?, last_seen_at = ? WHERE id = ?').bind(longAgo, longAgo, old.caseId).run();
    await decide(old.caseId);
    expect(await bandCount(old.caseId)).toBe(0);

    await sweepUnindexedReports(env, db(), Date.now());
    expect(await bandCount(old.caseId)).toBeGreaterThan(0);
    const { answer } = await textReport('NÓNG: đập thủy điện Hòa Bình có vết nứt lớn sắp vỡ, dân hạ du sơ tán ngay!!!');
    expect(answer.automatic?.rebuttal.url).toMatch(/^\/stories\//);
  });
});
