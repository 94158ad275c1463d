import { describe, expect, it } from 'vitest';
import { fetchApp, readJson } from '../helpers/http';
import { insertStory, untilCached, type FeedJson } from './helpers';

// A shared cache must never hand one reader what another reader's URL put in it.
// Each test uses its own words and slugs, so entries cached by one test cannot answer another.

const html = { headers: { accept: 'text/html' } };

describe('a cached page holds nothing its key does not', () => {
  it('does not echo unknown parameters of the feed into the language link, for the visitor or anyone after', async () => {
    await insertStory({ title: 'Bài ở Lai Châu', provinceCode: 'LCU' });
    const first = await fetchApp('/?province=LCU&utm_x=%22poisoned-by-a-visitor', html);
    const firstPage = await first.text();
    expect(firstPage).not.toContain('poisoned-by-a-visitor');
    expect(firstPage).toContain('href="/?province=LCU&amp;lang=en"');
    const later = await untilCached('/?province=LCU', html);
    expect(await later.text(), 'the next reader gets a clean page').not.toContain('poisoned-by-a-visitor');
  });

  it('does not echo any parameter into a story page or the guide, which are keyed by path alone', async () => {
    const { slug } = await insertStory({ title: 'Bài ở Điện Biên được chia sẻ nhiều', provinceCode: 'DBN' });
    const first = await fetchApp(`/stories/${slug}?fbclid=tracked-visitor-42&province=HNI`, html);
    expect(await first.text()).not.toContain('tracked-visitor-42');
    const later = await untilCached(`/stories/${slug}`, html);
    const page = await later.text();
    expect(page).not.toContain('tracked-visitor-42');
    expect(page).toContain(`href="/stories/${slug}?lang=en"`);
    const guide = await fetchApp('/guidelines?ref=someone-elses-link', html);
    expect(await guide.text()).not.toContain('someone-elses-link');
  });
});

describe('bad UTF-8 in a query is read one way by the cache and the handler', () => {
  const items = async (res: Response) => (await readJson<FeedJson>(res)).items.map((i) => i.title);

  it('a lone %FF is not confused with the replacement character', async () => {
    await insertStory({ title: 'Câu lạc bộ zephyrvn', provinceCode: 'TQG' });
    // The handler reads `%FF` as the literal text "%FF" (no such word is published)…
    const junk = await untilCached('/api/stories?q=%FFzephyrvn');
    expect(await items(junk)).toEqual([]);
    // …so a real search for "�zephyrvn" (valid UTF-8) must not be answered with that copy.
    const real = await fetchApp('/api/stories?q=%EF%BF%BDzephyrvn');
    expect(real.headers.get('x-cache')).not.toBe('HIT');
    expect(await items(real)).toEqual(['Câu lạc bộ zephyrvn']);
  });

  it('a truncated sequence (%E0%A4%A) is not confused with its decoded form', async () => {
    await insertStory({ title: 'Đội tình nguyện azephyrvm', provinceCode: 'TQG' });
    const junk = await untilCached('/api/stories?q=%E0%A4%Azephyrvm');
    expect(await items(junk)).toEqual([]);
    const real = await fetchApp('/api/stories?q=%EF%BF%BD%25Azephyrvm');
    expect(real.headers.get('x-cache')).not.toBe('HIT');
    expect(await items(real)).toEqual(['Đội tình nguyện azephyrvm']);
  });

  it('the feed page shows what it searched for, the same way on a miss and a hit', async () => {
    const miss = await fetchApp('/?q=%FFabc', html);
    const hit = await untilCached('/?q=%FFabc', html);
    const [a, b] = [await miss.text(), await hit.text()];
    expect(a).toContain('value="%FFabc"');
    expect(b).toContain('value="%FFabc"');
  });
});
