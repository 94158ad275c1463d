import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../workers/imports/csv';

describe('reading an import file', () => {
  it('finds the line each record starts on, with quoted line breaks, blank lines, CRLF, LF or CR', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const text = ['\uFEFFa;b', '1;"x', 'y', 'z"', '', '2;"He said ""hi"""', '3;w'].join(eol) + eol;
      const file = parseCsv(text);
      expect(file.delimiter).toBe(';');
      expect(file.header).toEqual(['a', 'b']);
      expect(file.records).toEqual([
        { line: 2, fields: ['1', `x${eol}y${eol}z`] },
        { line: 6, fields: ['2', 'He said "hi"'] },
        { line: 7, fields: ['3', 'w'] },
      ]);
    }
  });

  it('takes the delimiter from the header, not from the data (a comma file with semicolons in a name)', () => {
    const file = parseCsv('name,email\r\n"A; B",a@b.vn\r\n');
    expect(file.delimiter).toBe(',');
    expect(file.records[0]?.fields).toEqual(['A; B', 'a@b.vn']);
  });
});
