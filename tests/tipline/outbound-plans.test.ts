// The fan-out and retention queries stay on indexes as the tables grow: the only table read in
// full is tipline_reports in the sweep (kept small by retention); everything else is an index or
// primary-key lookup.
import { env } from 'cloudflare:workers';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { eraseIdleChatsQuery, eraseParkedOfIdleChatsQuery, sweepHandledUpdatesQuery } from '../../workers/tipline/retention';
import { pendingRowsQuery } from '../../workers/tipline/verdict-fanout';

const dialect = new SQLiteSyncDialect();

async function plan(statement: SQL): Promise<string> {
  const query = dialect.sqlToQuery(statement);
  const rows = await env.DB.prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
    .bind(...query.params)
    .all<{ detail: string }>();
  return rows.results.map((r) => r.detail).join('\n');
}

/** `SCAN <alias>` without an index, for any of these table aliases. */
const fullScanOf = (aliases: string[]) => new RegExp(`SCAN (${aliases.join('|')})\\b(?! USING)`);

describe('query plans', () => {
  it('the event fan-out starts from the case’s reports (reports_case_idx) and scans no table', async () => {
    const detail = await plan(pendingRowsQuery(42));
    expect(detail).toMatch(/reports_case_idx/);
    expect(detail).not.toMatch(fullScanOf(['tr', 'r', 'c', 'lc', 'ch', 's', 't2', 'r2', 'c2']));
  });

  it('the sweep reads tipline_reports and looks everything else up by key', async () => {
    const detail = await plan(pendingRowsQuery(undefined));
    expect(detail).not.toMatch(fullScanOf(['r', 'c', 'lc', 'ch', 's', 't2', 'r2', 'c2']));
  });

  it('retention starts from idle chats (tipline_chats_seen_idx) and their reports (tipline_reports_chat_idx)', async () => {
    const detail = await plan(eraseIdleChatsQuery(Date.now()));
    expect(detail).toMatch(/tipline_chats_seen_idx/);
    expect(detail).toMatch(/tipline_reports_chat_idx/);
    expect(detail).not.toMatch(fullScanOf(['tipline_chats', 'ch', 'tr', 'r', 'c', 'lc']));
    expect(await plan(sweepHandledUpdatesQuery(Date.now()))).toMatch(/tipline_updates_time_idx/);
  });

  it('erasing an idle chat’s parked messages reads only the tipline queue’s parked rows (queue_dead_letters_queue_idx)', async () => {
    const detail = await plan(eraseParkedOfIdleChatsQuery(Date.now()));
    expect(detail).toMatch(/queue_dead_letters_queue_idx/);
    expect(detail).toMatch(/tipline_chats_seen_idx/);
    expect(detail).not.toMatch(fullScanOf(['queue_dead_letters', 'tipline_chats', 'ch', 'tr', 'r', 'c', 'lc']));
  });
});
