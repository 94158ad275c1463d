// Tiny SQL literal builder for seed files: the same statements feed
// `wrangler d1 execute --file` (npm start, bench) and D1 batches in tests.

export type SqlValue = string | number | boolean | null | undefined | readonly unknown[] | Record<string, unknown>;

export function sqlLiteral(value: SqlValue): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? '1' : '0';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.normalize('NFC').replaceAll("'", "''")}'`;
}

/**
 * `INSERT OR IGNORE` rows into `table` (columns from the first row), so running
 * a seed twice changes nothing. Rows are chunked to stay under D1's statement limits.
 */
export function insertOrIgnore(table: string, rows: Record<string, SqlValue>[], chunk = 50): string[] {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first);
  const statements: string[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const values = rows
      .slice(i, i + chunk)
      .map((row) => `(${columns.map((col) => sqlLiteral(row[col])).join(', ')})`)
      .join(',\n  ');
    statements.push(`INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES\n  ${values};`);
  }
  return statements;
}
