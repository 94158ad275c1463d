// An RFC 4180 reader for tests: the exports must come back exactly as written.

/** Parses CSV text (no BOM) into rows of fields; quoted fields may hold commas, quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '"' || ch === '\n' || ch === '\r') {
      throw new Error(`malformed CSV at offset ${i}: bare ${JSON.stringify(ch)}`);
    } else {
      field += ch;
    }
  }
  if (quoted) throw new Error('malformed CSV: unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('malformed CSV: last line not ended with CRLF');
  return rows;
}
