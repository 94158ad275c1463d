// Reading an import file as Excel and LibreOffice save it: UTF-8 with or without a BOM,
// comma or semicolon (Excel in a Vietnamese locale writes `;`), quoted fields that hold
// the delimiter, quotes or line breaks, CRLF or LF. papaparse does the quoting rules; this
// file picks the delimiter from the header and works out the line each record starts on,
// which is what an office worker looks for in Excel when a row is refused.
import Papa from 'papaparse';

export type CsvRecord = { line: number; fields: string[] };
export type CsvFile = { delimiter: ',' | ';'; header: string[]; records: CsvRecord[] };

/** The delimiter of the header line: whichever of `;` and `,` appears more often outside quotes. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Line breaks in `text` before `end` (CRLF, LF or a lone CR each count once). */
function countBreaks(text: string, start: number, end: number): number {
  let breaks = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) breaks++;
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
  }
  return breaks;
}

/**
 * Parse a whole file. Blank lines are skipped (Excel leaves some at the end); every record
 * keeps the line it starts on, the header being line 1.
 */
export function parseCsv(input: string): CsvFile {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: { fields: string[]; start: number }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      rows.push({ fields: result.data, start });
      // cursor: the end of this record, before or after its line break (see below).
      start = result.meta.cursor;
    },
  });
  let line = 1;
  let counted = 0;
  const records: CsvRecord[] = [];
  let header: string[] | null = null;
  for (const row of rows) {
    // Papa's cursor sometimes stops before a record's line break: a non-blank record never
    // starts with one, so its real start is past any.
    let begin = row.start;
    while (begin < text.length && (text.charCodeAt(begin) === 10 || text.charCodeAt(begin) === 13)) begin++;
    line += countBreaks(text, counted, begin);
    counted = begin;
    const blank = row.fields.every((f) => f.trim() === '');
    if (blank) continue;
    if (header === null) header = row.fields;
    else records.push({ line, fields: row.fields });
  }
  return { delimiter, header: header ?? [], records };
}
