// "Lưu để chia sẻ sau" on the server: the saved list's shell (/da-luu, /saved) and the data a
// story page gives /js/saved.js. The saving itself happens on the phone (browser test).
import { beforeAll, describe, expect, it } from 'vitest';
import { assetUrl } from '../../web/components/page-assets';
import { SAVED_LIMITS } from '../../workers/saved/saved-limits';
import { signedInAs } from '../helpers/auth';
import { fetchApp } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { insertStory } from '../feed/helpers';

type SavedIsland = {
  lang: string;
  messages: Record<string, string>;
  limits: { stories: number; bytes: number };
  story?: { path: string; url: string; title: string; captions: string[]; hashtags: string[]; card: string };
};

/** The `script[data-saved]` JSON island of a page. */
function island(html: string): SavedIsland {
  const match = /<script type="application\/json" data-saved="">([^<]*)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no saved-data island in the page');
  return JSON.parse(match[1]) as SavedIsland;
}

beforeAll(async () => {
  await seedDemo();
});

describe('the saved list’s shell', () => {
  it.each(['/da-luu', '/saved'])('%s is a Vietnamese page with the list, the clear control and its script', async (path) => {
    const res = await fetchApp(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    expect(html).toContain('<h1 id="saved-title">Bài đã lưu để chia sẻ sau</h1>');
    expect(html).toContain('data-saved-list=""');
    expect(html).toContain('Xoá dữ liệu đã lưu');
    expect(html).toContain(`<script src="${assetUrl('/js/saved.js')}" defer="">`);
    expect(html).toContain('<link rel="canonical" href="https://lantoa.test/da-luu"/>');
    // Without JavaScript the page says why it is empty instead of showing nothing.
    expect(html).toContain('cần bật JavaScript');
    const data = island(html);
    expect(data.limits).toEqual(SAVED_LIMITS);
    expect(data.messages['button.save']).toBe('Lưu để chia sẻ sau');
  });

  it('speaks English with ?lang=en, words for the script included', async () => {
    const html = await (await fetchApp('/saved?lang=en')).text();
    expect(html).toContain('Stories saved to share later');
    expect(island(html).messages.clear).toBe('Clear saved data');
  });

  it('is private for a signed-in reader (the service worker keeps only the signed-out copy)', async () => {
    const member = await signedInAs('member');
    const res = await fetchApp('/da-luu', { headers: member.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('the story page’s data for "Lưu để chia sẻ sau"', () => {
  it('gives the title, link, captions with hashtags and the square card, and a slot for the button', async () => {
    const list = await (await fetchApp('/api/stories?limit=1')).json<{ items: { slug: string; title: string }[] }>();
    const first = list.items[0];
    if (!first) throw new Error('the demo seed has no published story');
    const html = await (await fetchApp(`/stories/${first.slug}`)).text();
    expect(html).toContain('data-save-slot=""');
    expect(html).toContain(`<script src="${assetUrl('/js/saved.js')}" defer="">`);
    const { story } = island(html);
    expect(story?.title).toBe(first.title);
    expect(story?.path).toBe(`/stories/${first.slug}`);
    expect(story?.url).toBe(`https://lantoa.test/stories/${first.slug}`);
    expect(story?.card).toMatch(/^https:\/\/lantoa\.test\/cards\/\d+-[0-9a-f]+-square\.png$/);
    expect(story?.captions.length).toBeGreaterThan(0);
    for (const tag of story?.hashtags ?? []) expect(story?.captions[0]).toContain(`#${tag}`);
    const card = await fetchApp(new URL(story?.card ?? '').pathname);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/png');
  });

  it('keeps a hostile title and caption inside the JSON island (no value closes the script element)', async () => {
    const hostile = '</script><script src="/x.js"></script><!--';
    const story = await insertStory({ title: `Tiêu đề ${hostile}`, captions: [`Lời ${hostile}\u2028`] });
    const html = await (await fetchApp(`/stories/${story.slug}`)).text();
    expect(html).not.toContain('<script src="/x.js">');
    const data = island(html).story;
    expect(data?.title).toBe(`Tiêu đề ${hostile}`);
    expect(data?.captions[0]).toContain(`Lời ${hostile}`);
  });
});
