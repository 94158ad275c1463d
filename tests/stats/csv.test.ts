import { beforeAll, describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../workers/stats/csv';
import type { StatsOverview } from '../../workers/stats/stats.queries';
import { statsTables } from '../../workers/stats/stats.schemas';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { expected, FORMULA_TITLE, RANGE, seedStatsWorld, UNIT_BA_DINH } from './dataset';
import { parseCsv } from './parse-csv';

let admin: TestUser;
beforeAll(async () => {
  await seedStatsWorld();
  admin = await signedInAs('admin', { provinceCode: null });
});

async function download(table: string, extra: Record<string, string> = {}) {
  const res = await fetchApp(`/api/stats/overview?${new URLSearchParams({ ...RANGE, ...extra, format: 'csv', table })}`, { headers: admin.headers });
  expect(res.status, await res.clone().text()).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, rows: parseCsv(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, '')) };
}

describe('the CSV writer', () => {
  it('quotes commas, quotes and line breaks, and doubles inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('Hà Nội')).toBe('Hà Nội');
    expect(csvField(null)).toBe('');
    expect(csvField(-12)).toBe('-12');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-1+2')).toBe("'-1+2");
  });

  it.each([';=1+1', ' =1', '\t=1', '\r=1', '\t', '  @SUM(A1)', ',+1', '|=cmd', ';;-2', '\u00a0=1', '\u3000=1', '＝1+1', ' ; =HYPERLINK("x")'])(
    'defuses %j, a formula after leading blanks or separators',
    (cell) => {
      const field = csvField(cell);
      const [parsed] = parseCsv(`${field}\r\n`);
      expect(parsed).toEqual([`'${cell}`]);
    },
  );

  it('leaves text that merely contains a formula character alone', () => {
    for (const cell of ['Hà Nội = thủ đô', ' Đà Nẵng', '2026-03-01', 'a;=1', 'email@lantoa.local']) expect(csvField(cell).replace(/^"|"$/g, '')).toBe(cell);
  });

  it('round-trips awkward Vietnamese text through a parser', () => {
    const rows = [['Đoàn "Ba Đình", Hà Nội', 'dòng 1\r\ndòng 2', '', 'Ầ Ẩ Ẫ Ấ Ậ ự ỹ đ']];
    const text = toCsv(['Tên', 'Ghi chú', 'Trống', 'Dấu'], rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([['Tên', 'Ghi chú', 'Trống', 'Dấu'], ...rows]);
  });
});

describe('CSV export of the dashboard', () => {
  it('is UTF-8 with a BOM, CRLF lines, as an attachment', async () => {
    const { res, bytes } = await download('daily');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="lan-toa-daily-2026-03-01_2026-03-07.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('\r\n2026-03-01,1,3\r\n');
  });

  it('gives back the daily figures exactly, with Vietnamese headers', async () => {
    const { rows } = await download('daily');
    expect(rows[0]).toEqual(['Ngày', 'Lượt chia sẻ', 'Lượt truy cập']);
    expect(rows.slice(1)).toEqual(expected.daily.map((d) => [d.day, String(d.shares), String(d.clicks)]));
  });

  it('keeps a unit name with quotes and a comma in one field', async () => {
    const { rows } = await download('units');
    expect(rows.slice(1)).toEqual(expected.units.map((u) => u.map(String)));
    expect(rows[1]?.[1]).toBe(UNIT_BA_DINH);
  });

  it('defuses a story title that starts like a formula', async () => {
    const { rows } = await download('stories');
    expect(rows.find((r) => r[2]?.includes('chuyện lạ'))?.[2]).toBe(`'${FORMULA_TITLE}`);
  });

  it('matches the JSON overview for every table', async () => {
    const json = await readJson<StatsOverview>(await fetchApp(`/api/stats/overview?${new URLSearchParams(RANGE)}`, { headers: admin.headers }));
    const counts: Record<(typeof statsTables)[number], number> = {
      daily: json.daily.length,
      channels: json.channels.length,
      stories: json.topStories.length,
      provinces: json.provinces.length,
      units: json.units.length,
      campaigns: json.campaigns.length,
      report_categories: json.reports.byCategory.length,
      report_platforms: json.reports.byPlatform.length,
      case_statuses: json.reports.byCaseStatus.length,
    };
    for (const table of statsTables) {
      const { rows } = await download(table);
      expect(rows.length - 1, table).toBe(counts[table]);
      const width = rows[0]?.length;
      expect(rows.every((r) => r.length === width), `${table}: every row as wide as the header`).toBe(true);
    }
    const { rows: reports } = await download('report_categories');
    expect(reports.slice(1).reduce((sum, r) => sum + Number(r[1]), 0)).toBe(expected.reports.total);
  });

  it('uses English headers for English readers', async () => {
    const { rows } = await download('channels', { lang: 'en' });
    expect(rows[0]).toEqual(['Channel', 'Shares', 'Visits']);
    expect(rows[1]).toEqual(['Facebook', '2', '7']);
  });

  it('needs a table name', async () => {
    const res = await fetchApp(`/api/stats/overview?${new URLSearchParams({ ...RANGE, format: 'csv' })}`, { headers: admin.headers });
    expect(res.status).toBe(400);
    expect((await readJson<{ errors: { path: string }[] }>(res)).errors[0]?.path).toBe('table');
  });
});
