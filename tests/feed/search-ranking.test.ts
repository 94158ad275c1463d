import { beforeAll, describe, expect, it } from 'vitest';
import { fetchApp } from '../helpers/http';
import { getFeed, insertStory, walkFeed, type FeedJson } from './helpers';

// The ranking table: what a reader types and the story they should see first. The fixtures are
// built so that "newest first" alone gets most of them wrong: every trap (a story that matches
// the words but is not what the reader meant) is NEWER than the story that should come first.
const HOUR = 3_600_000;
const T = Date.parse('2026-11-01T08:00:00+07:00');

type Fixture = { title: string; provinceCode: string; body?: string; hours: number };

const FIXTURES = {
  // Đà Nẵng and the "heavy stones" trap (đá nặng folds to da nang too).
  'dn-blood': { title: 'Hiến máu cứu người ở Đà Nẵng', provinceCode: 'DNG', hours: 1 },
  'dn-bridge': { title: 'Cầu Rồng thắp sáng đêm cuối tuần', provinceCode: 'DNG', hours: 2 },
  heavy: { title: 'Cõng đá nặng lên núi dựng trường', provinceCode: 'LCU', body: 'Những hòn đá nặng được bà con cõng lên bản.', hours: 10 },
  // Hà Nội as the province vs Hà Nội in passing.
  'hn-province': { title: 'Phố cổ sạch đẹp mỗi sáng', provinceCode: 'HNI', hours: 3 },
  'hn-passing': { title: 'Nông dân Nghệ An bán cam', provinceCode: 'NAN', body: 'Mỗi tuần xe chở cam ra Hà Nội bán.', hours: 9 },
  // Huế the city, huệ the flower, Huệ the teacher.
  'hue-city': { title: 'Áo dài trên sông Hương', provinceCode: 'HUE', hours: 4 },
  'hue-flower': { title: 'Vườn hoa huệ của bà Sáu', provinceCode: 'DTP', body: 'Hoa huệ trắng thơm cả xóm.', hours: 8 },
  'hue-person': { title: 'Cô giáo Huệ và lớp học tình thương', provinceCode: 'CMU', hours: 7 },
  // TP. Hồ Chí Minh by its nicknames, and stories elsewhere that mention it.
  'hcm-kitchen': { title: 'Bếp ăn 0 đồng giữa lòng thành phố', provinceCode: 'HCM', hours: 5 },
  'hcm-blood-apart': { title: 'Máu quý cứu người', provinceCode: 'HCM', body: 'Anh Tâm đi hiến đều đặn, mỗi lần một đơn vị máu.', hours: 4.5 },
  'hcm-blood-adjacent': { title: 'Hiến máu tình nguyện ở phường Bến Thành', provinceCode: 'HCM', hours: 3.5 },
  'dni-saigon': { title: 'Chuyến xe nghĩa tình', provinceCode: 'DNI', body: 'Xe từ Sài Gòn về chở quà cho bà con.', hours: 6 },
  'cto-blood': { title: 'Sinh viên Cần Thơ hiến máu', provinceCode: 'CTO', body: 'Sau đó các bạn lên TP HCM tiếp sức.', hours: 11 },
  // Words side by side vs the same words apart.
  'water-adjacent': { title: 'Đưa nước sạch về bản Mường', provinceCode: 'LCI', hours: 1 },
  'water-apart': { title: 'Giếng nước mới, sân chơi sạch sẽ', provinceCode: 'LCI', hours: 12 },
  'school-adjacent': { title: 'Xây trường học mới cho bản Pá Khoang', provinceCode: 'DBN', hours: 1 },
  'school-apart': { title: 'Trường làng mở lớp cho học sinh nghèo', provinceCode: 'DBN', hours: 13 },
  // The older tone placement (hoá) and another way to write Đắk Lắk.
  'tha-rice': { title: 'Lúa vụ mùa bội thu', provinceCode: 'THA', hours: 1 },
  'nbh-rice': { title: 'Đoàn xe chở gạo vào Nam', provinceCode: 'NBH', body: 'Gạo mua từ Thanh Hóa, chở vào miền Nam.', hours: 14 },
  'dlk-coffee': { title: 'Cà phê sạch của buôn Ako Dhong', provinceCode: 'DLK', hours: 1 },
} satisfies Record<string, Fixture>;

type Key = keyof typeof FIXTURES;

/** Query → the story that must come first. */
const TABLE: Array<[string, Key]> = [
  ['Đà Nẵng', 'dn-bridge'],
  ['đà nẵng', 'dn-bridge'],
  ['da nang', 'dn-bridge'],
  ['DA NANG', 'dn-bridge'],
  ['danang', 'dn-bridge'],
  ['thành phố Đà Nẵng', 'dn-bridge'],
  ['đá nặng', 'heavy'],
  ['cõng đá', 'heavy'],
  ['ha noi', 'hn-province'],
  ['Hà Nội', 'hn-province'],
  ['HÀ NỘI', 'hn-province'],
  ['hanoi', 'hn-province'],
  ['tp ha noi', 'hn-province'],
  ['Phố cổ', 'hn-province'],
  ['hue', 'hue-city'],
  ['Huế', 'hue-city'],
  ['thừa thiên huế', 'hue-city'],
  ['huệ', 'hue-flower'],
  ['hoa huệ', 'hue-flower'],
  ['cô giáo Huệ', 'hue-person'],
  ['hcm', 'hcm-kitchen'],
  ['tp hcm', 'hcm-kitchen'],
  ['TPHCM', 'hcm-kitchen'],
  ['sai gon', 'hcm-kitchen'],
  ['Sài Gòn', 'hcm-kitchen'],
  ['saigon', 'hcm-kitchen'],
  ['Hồ Chí Minh', 'hcm-kitchen'],
  ['TP. Hồ Chí Minh', 'hcm-kitchen'],
  ['bếp ăn', 'hcm-kitchen'],
  ['hiến máu hcm', 'hcm-blood-adjacent'],
  ['hien mau tp hcm', 'hcm-blood-adjacent'],
  ['hiến máu', 'cto-blood'],
  ['cần thơ', 'cto-blood'],
  ['can tho', 'cto-blood'],
  ['nước sạch', 'water-adjacent'],
  ['nuoc sach', 'water-adjacent'],
  ['trường học', 'school-adjacent'],
  ['truong hoc', 'school-adjacent'],
  ['Thanh Hoá', 'tha-rice'],
  ['thanh hoa', 'tha-rice'],
  ['đắk lắk', 'dlk-coffee'],
  ['daklak', 'dlk-coffee'],
];

const idOf = new Map<Key, number>();
const keyOf = new Map<number, Key>();

beforeAll(async () => {
  for (const [key, f] of Object.entries(FIXTURES) as Array<[Key, Fixture]>) {
    const row = await insertStory({
      title: f.title,
      provinceCode: f.provinceCode,
      publishedAt: T + f.hours * HOUR,
      ...(f.body ? { body: f.body } : {}),
    });
    idOf.set(key, row.id);
    keyOf.set(row.id, key);
  }
});

type SearchItem = FeedJson['items'][number] & { approximate: boolean };

const search = async (q: string, extra = '') =>
  (await getFeed(`/api/stories?q=${encodeURIComponent(q)}&limit=50${extra}`)).items as SearchItem[];
const keys = async (q: string, extra = '') => (await search(q, extra)).map((i) => keyOf.get(i.id));

describe('the ranking table: the right story first', () => {
  it('has at least 30 queries', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  for (const [q, first] of TABLE) {
    it(`"${q}" → ${first}`, async () => {
      const found = await keys(q);
      expect(found[0], `${q}: ${found.join(', ')}`).toBe(first);
    });
  }
});

describe('accented queries: exact words first, then "Kết quả gần đúng"', () => {
  it('ranks every Đà Nẵng story above "đá nặng", which is flagged approximate', async () => {
    const found = await search('Đà Nẵng');
    const order = found.map((i) => keyOf.get(i.id));
    expect(order.slice(0, 2).sort()).toEqual(['dn-blood', 'dn-bridge']);
    expect(order).toContain('heavy');
    expect(found.find((i) => keyOf.get(i.id) === 'heavy')?.approximate).toBe(true);
    expect(found.filter((i) => keyOf.get(i.id)?.startsWith('dn-')).every((i) => !i.approximate)).toBe(true);
    // Exact results first, then approximate ones: never mixed.
    const flags = found.map((i) => i.approximate);
    expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
  });

  it('"đá nặng" puts the heavy stones first and Đà Nẵng among the approximate results', async () => {
    const found = await search('đá nặng');
    expect(keyOf.get(found[0]?.id ?? 0)).toBe('heavy');
    expect(found[0]?.approximate).toBe(false);
    expect(found.filter((i) => keyOf.get(i.id)?.startsWith('dn-')).every((i) => i.approximate)).toBe(true);
  });

  it('"huệ" is not Huế: the city comes last, as an approximate result', async () => {
    const found = await search('huệ');
    expect(found.map((i) => keyOf.get(i.id))).toEqual(['hue-flower', 'hue-person', 'hue-city']);
    expect(found.map((i) => i.approximate)).toEqual([false, false, true]);
  });

  it('a query typed without accents has no approximate results', async () => {
    const found = await search('da nang');
    expect(found.length).toBeGreaterThan(2);
    expect(found.every((i) => i.approximate === false)).toBe(true);
  });

  it('the feed page shows the approximate results under their own heading', async () => {
    const res = await fetchApp(`/?q=${encodeURIComponent('Đà Nẵng')}`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    const heading = html.indexOf('Kết quả gần đúng');
    expect(heading).toBeGreaterThan(0);
    expect(html.indexOf('Cầu Rồng thắp sáng')).toBeLessThan(heading);
    expect(html.indexOf('Hiến máu cứu người ở Đà Nẵng')).toBeLessThan(heading);
    expect(html.indexOf('Cõng đá nặng lên núi')).toBeGreaterThan(heading);

    const plain = await (await fetchApp(`/?q=${encodeURIComponent('da nang')}`, { headers: { accept: 'text/html' } })).text();
    expect(plain).toContain('Cõng đá nặng lên núi');
    expect(plain).not.toContain('Kết quả gần đúng');
  });
});

describe('a query that names a province', () => {
  it('lists all of its stories first, then stories that only mention it', async () => {
    expect(await keys('hcm')).toEqual(['hcm-kitchen', 'hcm-blood-apart', 'hcm-blood-adjacent', 'cto-blood']);
    expect(await keys('Hà Nội')).toEqual(['hn-province', 'hn-passing']);
  });

  it('ranks words side by side above the same words apart inside the province', async () => {
    expect(await keys('hiến máu hcm')).toEqual(['hcm-blood-adjacent', 'hcm-blood-apart', 'cto-blood']);
  });

  it('combines with the province filter', async () => {
    expect(await keys('hcm', '&province=HCM')).toEqual(['hcm-kitchen', 'hcm-blood-apart', 'hcm-blood-adjacent']);
    expect(await keys('hcm', '&province=CTO')).toEqual(['cto-blood']);
  });
});

describe('the search cursor stays exact across tiers', () => {
  for (const q of ['Đà Nẵng', 'hcm', 'hiến máu hcm', 'huệ', 'Huế', 'nước sạch', 'Thanh Hoá']) {
    it(`walking "${q}" one story a page yields the single-page list, each story once`, async () => {
      const all = (await search(q)).map((i) => i.id);
      const walk = await walkFeed(`/api/stories?q=${encodeURIComponent(q)}&limit=1`);
      expect(walk.ids).toEqual(all);
      expect(new Set(walk.ids).size).toBe(walk.ids.length);
    });
  }
});
