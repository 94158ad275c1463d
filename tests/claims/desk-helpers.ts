import { env } from 'cloudflare:workers';
import { createReport, validReport } from '../reports/helpers';

let n = 0;

/** A case with one report whose message is `text` (a link of its own, so it is its own case). */
export async function caseWith(text: string, extra: Record<string, unknown> = {}): Promise<{ caseId: number; reportId: number }> {
  n += 1;
  const r = await createReport(validReport({ url: `https://example.com/claims-desk/${n}-${crypto.randomUUID().slice(0, 8)}`, description: text, ...extra }));
  return { caseId: r.caseId, reportId: r.id };
}

/** A candidate row as the matcher (claims-lexical / semantic) writes it: `newer` may repeat `older`. */
export async function candidateRow(newer: number, older: number, opts: { method?: 'lexical' | 'semantic'; score?: number; words?: string[] } = {}): Promise<number> {
  const row = await env.DB.prepare(
    'INSERT INTO claim_matches (case_id, candidate_id, method, score, matched_words, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
  )
    .bind(newer, older, opts.method ?? 'lexical', opts.score ?? 0.72, JSON.stringify(opts.words ?? ['uong', 'nuoc', 'chanh', 'covid']), 'open', Date.now())
    .first<{ id: number }>();
  if (!row) throw new Error('no claim_matches row');
  return row.id;
}

export async function matchStatus(id: number): Promise<string | undefined> {
  return (await env.DB.prepare('SELECT status FROM claim_matches WHERE id = ?').bind(id).first<{ status: string }>())?.status;
}

export async function reportOwners(ids: number[]): Promise<number[]> {
  const out: number[] = [];
  for (const id of ids) out.push((await env.DB.prepare('SELECT case_id FROM reports WHERE id = ?').bind(id).first<{ case_id: number }>())?.case_id ?? -1);
  return out;
}
