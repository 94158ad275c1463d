import { beforeAll, describe, expect, it } from 'vitest';
import { feedHrefWithout } from '../../web/components/feed-chips';
import { fetchApp } from '../helpers/http';
import { seedDemo } from '../helpers/seed';

// Active filters on the feed page show as chips: each a link to the same feed without it.
const html = async (path: string) => (await fetchApp(path, { headers: { accept: 'text/html' } })).text();
const chips = (text: string) =>
  [...text.matchAll(/<a class="feed-chip" href="([^"]*)"><span class="visually-hidden">([^<]*)<\/span>([^<]*)<span class="feed-chip-x" aria-hidden="true">/g)].map((m) => ({
    href: (m[1] ?? '').replaceAll('&amp;', '&'),
    name: `${m[2] ?? ''}${m[3] ?? ''}`,
  }));

beforeAll(async () => {
  await seedDemo();
});

describe('filter chips on the feed page', () => {
  it('name each active filter in words and link to the feed without it', async () => {
    const text = await html('/?province=DNG&category=role_model&tag=tinh-nguyen');
    expect(chips(text)).toEqual([
      { href: '/?category=role_model&tag=tinh-nguyen', name: 'Bỏ lọc: Đà Nẵng' },
      { href: '/?province=DNG&tag=tinh-nguyen', name: 'Bỏ lọc: Gương người tốt việc tốt' },
      { href: '/?province=DNG&category=role_model', name: 'Bỏ lọc: Tình nguyện' },
    ]);
    expect(text).toContain('<a class="feed-filter-reset" href="/">Bỏ lọc</a>');
  });

  it('show the search text as a chip too, and a tag nobody named as words', async () => {
    const text = await html('/?q=hien+mau&tag=khong-ai-dat-ten');
    expect(chips(text)).toEqual([
      { href: '/?tag=khong-ai-dat-ten', name: 'Bỏ lọc: “hien mau”' },
      { href: '/?q=hien+mau', name: 'Bỏ lọc: Khong ai dat ten' },
    ]);
  });

  it('speak English on the English page', async () => {
    const text = await html('/?province=DNG&lang=en');
    expect(chips(text)).toEqual([{ href: '/', name: 'Remove filter: Đà Nẵng' }]);
  });

  it('are absent, with "Bỏ lọc", when no filter is on', async () => {
    const text = await html('/');
    expect(text).not.toContain('class="feed-chips"');
    expect(text).not.toContain('feed-filter-reset');
  });

  it('drop the cursor, so removing a filter starts at the top', () => {
    expect(feedHrefWithout({ province: 'HNI', campaign: 'thang-thanh-nien' }, 'province')).toBe('/?campaign=thang-thanh-nien');
    expect(feedHrefWithout({ q: 'a&b=c' }, 'province')).toBe('/?q=a%26b%3Dc');
  });
});
