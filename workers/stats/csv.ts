// RFC 4180 CSV for spreadsheet users: UTF-8 with a BOM (so Excel reads Vietnamese
// correctly), CRLF line ends, quotes only where needed.

export type CsvCell = string | number | null;

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection).
 * Spreadsheets skip leading blanks, and one whose list separator is `;` (Vietnamese and most
 * European locales) or `|` splits `;=1+1` into an empty cell and a formula, so the trigger is
 * looked for after any leading whitespace or separators. Full-width `＝＋－＠` count too:
 * some spreadsheets read them as their ASCII forms.
 */
const FORMULA_START = /^[\s,;|]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** True for text a spreadsheet would run as a formula (imports refuse such cells; exports defuse them). */
export const looksLikeFormula = (value: string): boolean => FORMULA_START.test(value);

export function csvField(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = looksLikeFormula(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV document: header row, then rows.
 *
 * @example
 * toCsv(['Ngày', 'Lượt chia sẻ'], [['2026-07-01', 12]]) // '\uFEFFNgày,Lượt chia sẻ\r\n2026-07-01,12\r\n'
 */
export function toCsv(headers: string[], rows: CsvCell[][]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
