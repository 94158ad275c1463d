import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../workers/core/db';
import { foldClaimText } from '../../workers/reports/claim-key';
import { RECENCY_DAYS, semanticMatch, SEMANTIC_MODEL } from '../../workers/claims/semantic';
import { consumeClaims } from '../../workers/claims/claims.queue';
import { caseWith } from './desk-helpers';
import { claimsBatch } from './helpers';

const DIMS = 1024;

/** A deterministic embedder: folded words hashed into 1024 buckets, unit length (same words → cosine near 1). */
function fakeAi(opts: { fail?: boolean } = {}) {
  const calls: { model: string; text: string[] }[] = [];
  const ai = {
    async run(model: string, input: { text: string[] }) {
      calls.push({ model, text: input.text });
      if (opts.fail) throw new Error('AI: 3040 capacity exceeded');
      const v = new Array<number>(DIMS).fill(0);
      for (const w of foldClaimText(input.text[0] ?? '').split(' ')) {
        let h = 2166136261;
        for (const ch of w) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
        { const i = (h >>> 0) % DIMS; v[i] = (v[i] ?? 0) + 1; }
      }
      const norm = Math.hypot(...v) || 1;
      return { shape: [1, DIMS], data: [v.map((x) => x / norm)] };
    },
  };
  return { ai: ai as unknown as Ai, calls };
}

type Stored = { id: string; values: number[]; metadata: { caseId: number; createdAt: number } };

/** An in-memory Vectorize: cosine similarity, `createdAt >= $gte` filter, topK. */
function fakeVectorize() {
  const vectors = new Map<string, Stored>();
  const index = {
    async query(vector: number[], opts: { topK: number; filter?: { createdAt?: { $gte: number } } }) {
      const since = opts.filter?.createdAt?.$gte ?? -Infinity;
      const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);
      const matches = [...vectors.values()]
        .filter((s) => s.metadata.createdAt >= since)
        .map((s) => ({ id: s.id, score: dot(vector, s.values) / (Math.hypot(...vector) * Math.hypot(...s.values) || 1), metadata: s.metadata }))
        .sort((a, b) => b.score - a.score)
        .slice(0, opts.topK);
      return { matches, count: matches.length };
    },
    async upsert(list: Stored[]) {
      for (const s of list) vectors.set(s.id, s);
      return { ids: list.map((s) => s.id), count: list.length };
    },
  };
  return { index: index as unknown as VectorizeIndex, vectors };
}

const db = () => createDb(env.DB);
const semanticRows = (caseId: number) =>
  env.DB.prepare("SELECT case_id, candidate_id, score, matched_words, status FROM claim_matches WHERE method = 'semantic' AND (case_id = ? OR candidate_id = ?)").bind(caseId, caseId).all<{ case_id: number; candidate_id: number; score: number; matched_words: string; status: string }>();

describe('semantic matching (Workers AI + Vectorize)', () => {
  it('embeds with bge-m3, stores case:<id>, and writes a semantic candidate for a recent case saying the same thing', async () => {
    const { ai, calls } = fakeAi();
    const { index, vectors } = fakeVectorize();
    const older = await caseWith('Nóng: uống nước chanh nóng mỗi sáng chữa khỏi COVID');
    const unrelated = await caseWith('Giá xăng sẽ tăng gấp đôi từ thứ hai tuần sau');
    const newer = await caseWith('uong nuoc chanh nong moi sang chua khoi covid nhe');
    for (const c of [older, unrelated]) await semanticMatch({ AI: ai, VECTORIZE: index }, db(), { reportId: c.reportId, caseId: c.caseId });

    const found = await semanticMatch({ AI: ai, VECTORIZE: index }, db(), { reportId: newer.reportId, caseId: newer.caseId });
    expect(calls.every((c) => c.model === SEMANTIC_MODEL)).toBe(true);
    expect(calls.at(-1)?.text).toEqual(['uong nuoc chanh nong moi sang chua khoi covid nhe']);
    expect(vectors.get(`case:${newer.caseId}`)?.metadata).toMatchObject({ caseId: newer.caseId });
    expect(found.map((c) => c.caseId)).toEqual([older.caseId]);
    const rows = (await semanticRows(newer.caseId)).results;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ case_id: newer.caseId, candidate_id: older.caseId, status: 'open' });
    expect(rows[0]?.score).toBeGreaterThanOrEqual(0.8);
    expect(JSON.parse(rows[0]?.matched_words ?? '[]')).toEqual(expect.arrayContaining(['uong', 'nuoc', 'chanh', 'covid']));
  });

  it('leaves out cases embedded longer ago than the recency window', async () => {
    const { ai } = fakeAi();
    const { index } = fakeVectorize();
    const old = await caseWith('Ăn sầu riêng với bia gây tử vong ngay lập tức');
    const now = Date.now();
    await semanticMatch({ AI: ai, VECTORIZE: index }, db(), { reportId: old.reportId, caseId: old.caseId }, now - (RECENCY_DAYS + 5) * 86_400_000);
    const fresh = await caseWith('an sau rieng voi bia gay tu vong ngay lap tuc');
    expect(await semanticMatch({ AI: ai, VECTORIZE: index }, db(), { reportId: fresh.reportId, caseId: fresh.caseId }, now)).toEqual([]);
    expect((await semanticRows(fresh.caseId)).results).toEqual([]);
  });

  it('does nothing, and fails nothing, without the bindings (the default)', async () => {
    const { ai, calls } = fakeAi();
    const c = await caseWith('Một tin đồn bất kỳ về thời tiết ngày mai sẽ có bão lớn');
    expect(await semanticMatch({}, db(), { reportId: c.reportId, caseId: c.caseId })).toEqual([]);
    expect(await semanticMatch({ AI: ai }, db(), { reportId: c.reportId, caseId: c.caseId })).toEqual([]);
    expect(await semanticMatch(env, db(), { reportId: c.reportId, caseId: c.caseId })).toEqual([]);
    expect(calls).toEqual([]);
    expect((await semanticRows(c.caseId)).results).toEqual([]);
  });

  it('throws when Workers AI fails (so the queue retries the message) and stores nothing half-done', async () => {
    const { ai } = fakeAi({ fail: true });
    const { index, vectors } = fakeVectorize();
    const c = await caseWith('Uống trà xanh đặc mỗi ngày phòng ngừa ung thư hoàn toàn');
    await expect(semanticMatch({ AI: ai, VECTORIZE: index }, db(), { reportId: c.reportId, caseId: c.caseId })).rejects.toThrow(/capacity/);
    expect(vectors.size).toBe(0);
    // The retry, with the model back, does the whole job.
    const { ai: healthy } = fakeAi();
    await semanticMatch({ AI: healthy, VECTORIZE: index }, db(), { reportId: c.reportId, caseId: c.caseId });
    expect(vectors.has(`case:${c.caseId}`)).toBe(true);
  });

  it('does not reopen a pair an editor already rejected', async () => {
    const { ai } = fakeAi();
    const { index } = fakeVectorize();
    const a = await caseWith('Ngân hàng sắp phong tỏa mọi tài khoản chưa xác thực sinh trắc học');
    const b = await caseWith('ngan hang sap phong toa moi tai khoan chua xac thuc sinh trac hoc');
    await env.DB.prepare("INSERT INTO claim_matches (case_id, candidate_id, method, score, status, created_at) VALUES (?, ?, 'lexical', 0.9, 'rejected', ?)").bind(b.caseId, a.caseId, Date.now()).run();
    await semanticMatch({ AI: ai, VECTORIZE: index }, db(), { reportId: a.reportId, caseId: a.caseId });
    expect(await semanticMatch({ AI: ai, VECTORIZE: index }, db(), { reportId: b.reportId, caseId: b.caseId })).toEqual([]);
  });

  it('runs inside the CLAIMS_QUEUE consumer when the bindings exist, and a failing model retries the message', async () => {
    const { ai } = fakeAi();
    const { index, vectors } = fakeVectorize();
    const older = await caseWith('Sắp cắt điện toàn thành phố Huế ba ngày liền để sửa trạm biến áp');
    const newer = await caseWith('sap cat dien toan thanh pho Hue ba ngay lien de sua tram bien ap nhe');
    const first = claimsBatch([{ reportId: older.reportId, caseId: older.caseId }, { reportId: newer.reportId, caseId: newer.caseId }]);
    await consumeClaims(first.batch, { ...env, AI: ai, VECTORIZE: index });
    expect(first.acked).toEqual([0, 1]);
    expect(vectors.has(`case:${newer.caseId}`)).toBe(true);
    expect((await semanticRows(newer.caseId)).results.map((r) => r.candidate_id)).toContain(older.caseId);

    const { ai: down } = fakeAi({ fail: true });
    const third = await caseWith('Đà Lạt cấm xe máy vào trung tâm từ tháng sau');
    const retry = claimsBatch([{ reportId: third.reportId, caseId: third.caseId }]);
    await consumeClaims(retry.batch, { ...env, AI: down, VECTORIZE: index });
    expect(retry.acked).toEqual([]);
    expect(retry.retried).toEqual([0]);
  });
});
