import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../helpers/seed';
import { getFeed, walkFeed } from './helpers';

// Over the demo seed. Đà Nẵng stories: 1, 6, 40 (province DNG and in the text);
// story 5 (Lai Châu) mentions "đá nặng" ("heavy stones"), which folds to "da nang" too.
beforeAll(async () => {
  await seedDemo();
});

const search = async (q: string, extra = '') => (await getFeed(`/api/stories?q=${encodeURIComponent(q)}&limit=50${extra}`)).items;
const ids = async (q: string, extra = '') => (await search(q, extra)).map((i) => i.id);
const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

describe('search (?q=) ignores diacritics and case', () => {
  it('finds the same stories for "da nang", "Đà Nẵng" and "DA NANG"', async () => {
    const plain = sorted(await ids('da nang'));
    expect(plain).toEqual(expect.arrayContaining([1, 5, 6, 40]));
    expect(sorted(await ids('Đà Nẵng'))).toEqual(plain);
    expect(sorted(await ids('DA NANG'))).toEqual(plain);
  });

  it('finds "Gương sáng" from "guong sang"', async () => {
    const found = await search('guong sang');
    expect(found.map((i) => i.id)).toEqual(expect.arrayContaining([1, 44]));
    expect(found.every((i) => /gương sáng/i.test(i.title + i.summary) || i.id !== 1)).toBe(true);
  });

  it('folds đ and Đ: "duong lang", "Đường làng" and "ĐƯỜNG LÀNG" are equal', async () => {
    const plain = sorted(await ids('duong lang'));
    expect(plain).toContain(44);
    expect(sorted(await ids('Đường làng'))).toEqual(plain);
    expect(sorted(await ids('ĐƯỜNG LÀNG'))).toEqual(plain);
    expect(await ids('doan vien')).toEqual(expect.arrayContaining([1]));
  });

  it('treats text typed in decomposed form (NFD) like NFC', async () => {
    expect(sorted(await ids('Đà Nẵng'.normalize('NFD')))).toEqual(sorted(await ids('Đà Nẵng')));
  });

  it('matches words in tags and place names as well as in the text', async () => {
    expect(await ids('phan bac tin gia')).toEqual(expect.arrayContaining([2, 14, 24, 38]));
    expect(await ids('Cái Khế')).toEqual([9]);
  });
});

describe('search ranking', () => {
  it('puts exact-accent matches first when the query is typed with its accents', async () => {
    const accented = await ids('Đà Nẵng');
    expect(sorted(accented.slice(0, 3))).toEqual([1, 6, 40]);
    expect(accented.indexOf(5)).toBeGreaterThan(2);
    const heavyStones = await ids('đá nặng');
    expect(heavyStones[0]).toBe(5);
  });

  it('ranks the named province first, then phrase matches, newest first within a rank', async () => {
    const found = await search('da nang');
    expect(sorted(found.slice(0, 3).map((i) => i.id))).toEqual([1, 6, 40]);
    expect(found[3]?.id).toBe(5);
    const times = found.slice(0, 3).map((i) => Date.parse(i.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('search results', () => {
  it('are only published stories (drafts mentioning the words never show)', async () => {
    for (const q of ['bản nháp', 'pháo hoa', 'chờ duyệt', 'bị từ chối', 'lên lịch', 'đã gỡ', 'guong sang', 'Đà Nẵng']) {
      expect((await ids(q)).filter((id) => id > 100), q).toEqual([]);
    }
    expect(await ids('phao hoa')).toEqual([]);
  });

  it('combine with filters', async () => {
    expect(await ids('hien mau', '&province=BNH')).toEqual([11]);
    expect(await ids('tin gia', '&category=rebuttal&province=LCI')).toEqual([24]);
    expect(sorted(await ids('nguoi cao tuoi', '&tag=tinh-nguyen'))).toEqual([1, 27]);
  });

  it('paginate with a cursor that keeps the ranking, each story once', async () => {
    const all = await ids('Đà Nẵng');
    const walk = await walkFeed(`/api/stories?q=${encodeURIComponent('Đà Nẵng')}&limit=1`);
    expect(walk.ids).toEqual(all);
    expect(new Set(walk.ids).size).toBe(walk.ids.length);
  });

  it('have no pinned block', async () => {
    const body = await getFeed('/api/stories?q=guong%20sang');
    expect(body.pinned).toEqual([]);
  });
});
