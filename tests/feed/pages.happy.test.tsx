import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedStories } from '../../scripts/seed/stories-data';
import { createApp } from '../../workers/app';
import { storyAsideSlots, storyHeadSlots, storyImageProviders, storyScripts } from '../../workers/stories/story-slots';
import { fetchApp, ORIGIN } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { insertStory } from './helpers';
import { assertWellFormedXml } from './xml';

const html = { headers: { accept: 'text/html' } };
const page = async (path: string, init: RequestInit = html) => {
  const res = await fetchApp(path, init);
  return { res, text: await res.text() };
};
const count = (text: string, needle: RegExp) => (text.match(needle) ?? []).length;
const meta = (text: string, attr: 'property' | 'name', key: string) =>
  text.match(new RegExp(`<meta ${attr}="${key.replace(':', '\\:')}" content="([^"]*)"`))?.[1];

let storySlug = '';

beforeAll(async () => {
  await seedDemo();
  const res = await fetchApp('/api/stories?province=DNG&category=role_model');
  storySlug = ((await res.json()) as { items: { slug: string }[] }).items[0]?.slug ?? '';
});

describe('the feed page /', () => {
  it('is a Vietnamese HTML page with the search box, filters and the newest stories', async () => {
    const { res, text } = await page('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(text.startsWith('<!doctype html>')).toBe(true);
    expect(text).toContain('<html lang="vi">');
    expect(text).toContain('<h1>Câu chuyện tích cực đã được kiểm duyệt</h1>');
    expect(text).toMatch(/<form class="feed-filters" method="get" action="\/" role="search"/);
    expect(text).toContain('<label for="feed-q" class="visually-hidden">Tìm câu chuyện</label>');
    expect(text).toMatch(/<details class="feed-more-filters"><summary>Lọc theo tỉnh, chuyên mục<\/summary>/);
    expect(text).toContain('<label for="feed-province">Tỉnh, thành phố</label>');
    expect(count(text, /<option value="[A-Z]{3}"/g)).toBe(34);
    expect(text).toContain('Tin nổi bật');
    expect(count(text, /class="story-card[" ]/g)).toBe(20);
  });

  it('shows each card with its category, province and Vietnamese date', async () => {
    const { text } = await page('/?province=LDG');
    expect(text).toContain('Hợp tác xã rau sạch Bình Minh');
    expect(text).toContain('<span class="story-card-category cat-advanced_example">Điển hình tiên tiến</span>');
    expect(text).toContain('<span class="story-card-province">Lâm Đồng</span>');
    expect(text).toMatch(/<time datetime="2026-\d\d-\d\dT[\d:.]+Z">\d\d\/\d\d\/2026<\/time>/);
  });

  it('filters by province and category and keeps the choices selected', async () => {
    const { text } = await page('/?province=DNG&category=humane_story');
    expect(count(text, /class="story-card[" ]/g)).toBe(1);
    expect(text).toContain('<option value="DNG" selected="">Đà Nẵng</option>');
    expect(text).toContain('<option value="humane_story" selected="">Câu chuyện nhân văn</option>');
  });

  it('searches and says what it searched for', async () => {
    const { text } = await page('/?q=guong+sang');
    expect(text).toContain('Kết quả tìm kiếm cho “guong sang”');
    expect(text).toContain('value="guong sang"');
    expect(text).toContain('Gương sáng đường làng');
  });

  it('links to the next page with a cursor and keeps the filters', async () => {
    const { text } = await page('/?category=role_model&limit=3');
    const next = text.match(/<a class="button" rel="next" href="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toMatch(/^\/\?category=role_model&limit=3&cursor=[\w-]+$/);
    const second = await page(next ?? '/');
    expect(second.res.status).toBe(200);
    expect(second.text).toContain('Về đầu bảng tin');
    expect(second.text).not.toContain('Tin nổi bật');
  });

  it('keeps the page when a filter is wrong, names the filter and answers 400', async () => {
    const { res, text } = await page('/?province=XYZ&category=rebuttal');
    expect(res.status).toBe(400);
    expect(text).toContain('Không áp dụng được bộ lọc: tỉnh, thành phố.');
    expect(text).toContain('aria-invalid="true"');
    // The folded filters open by themselves, so the reader sees the field to fix.
    expect(text).toContain('<details class="feed-more-filters" open="">');
    expect(count(text, /class="story-card[" ]/g)).toBe(4);
  });

  it('is in English with ?lang=en', async () => {
    const { text } = await page('/?lang=en');
    expect(text).toContain('<html lang="en">');
    expect(text).toContain('Vetted positive stories');
    expect(text).toContain('<label for="feed-category">Category</label>');
    expect(text).toMatch(/<time datetime="[^"]+">\d{1,2} [A-Z][a-z]{2} 2026<\/time>/);
  });

  it('says so when nothing matches', async () => {
    const { text } = await page('/?q=khongcobaivietnaocatu');
    expect(text).toContain('Chưa có câu chuyện nào phù hợp.');
  });
});

describe('the story page /stories/:slug', () => {
  it('has the title, description and canonical URL', async () => {
    const { res, text } = await page(`/stories/${storySlug}`);
    expect(res.status).toBe(200);
    const seed = publishedStories[0];
    expect(text).toContain(`<title>${seed?.title} · Lan Tỏa</title>`);
    expect(text).toContain(`<link rel="canonical" href="${ORIGIN}/stories/${storySlug}"/>`);
    expect(meta(text, 'name', 'description')?.length).toBeLessThanOrEqual(160);
    expect(meta(text, 'name', 'description')).toMatch(/^Mỗi chiều Chủ nhật/);
  });

  it('has Open Graph and Twitter card tags', async () => {
    const { text } = await page(`/stories/${storySlug}`);
    expect(meta(text, 'property', 'og:type')).toBe('article');
    expect(meta(text, 'property', 'og:title')).toBe(publishedStories[0]?.title);
    expect(meta(text, 'property', 'og:description')).toMatch(/^Mỗi chiều Chủ nhật/);
    expect(meta(text, 'property', 'og:url')).toBe(`${ORIGIN}/stories/${storySlug}`);
    expect(meta(text, 'property', 'og:locale')).toBe('vi_VN');
    // The story card is the preview image, so the large card.
    expect(meta(text, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(meta(text, 'name', 'twitter:title')).toBe(publishedStories[0]?.title);
  });

  it('has a schema.org Article in JSON-LD', async () => {
    const { text } = await page(`/stories/${storySlug}`);
    const json = text.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1] ?? '{}';
    const article = JSON.parse(json) as Record<string, unknown>;
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: publishedStories[0]?.title,
      url: `${ORIGIN}/stories/${storySlug}`,
      inLanguage: 'vi',
      articleSection: 'Gương người tốt việc tốt',
      contentLocation: { '@type': 'Place', name: 'Phường Hải Châu, Đà Nẵng' },
      publisher: { '@type': 'Organization', name: 'Lan Tỏa' },
    });
    expect(Date.parse(String(article.datePublished))).toBeGreaterThan(0);
  });

  it('shows the body, the facts, the source, tags and the sharing reminder', async () => {
    const { text } = await page(`/stories/${storySlug}`);
    expect(text).toContain('<h2>Bắt đầu từ một chiếc quạt</h2>');
    expect(text).toContain('<dt>Tỉnh, thành phố</dt>');
    expect(text).toContain('<a href="/?province=DNG">Đà Nẵng</a>');
    expect(text).toContain('Phỏng vấn');
    expect(text).toContain('<a class="tag" href="/?tag=tinh-nguyen">Tình nguyện</a>');
    expect(text).toMatch(/<aside class="story-aside" aria-label="Chia sẻ câu chuyện">/);
    expect(text).toContain('<a href="/guidelines">Đọc hướng dẫn chia sẻ</a>');
  });

  it('shows the cover with its alt text when there is one', async () => {
    const { slug } = await insertStory({ title: 'Bài có ảnh bìa', coverKey: 'covers/abc123.jpg', coverAlt: 'Cô giáo đứng trước lớp học' });
    const { text } = await page(`/stories/${slug}`);
    expect(text).toContain('<img src="/media/covers/abc123.jpg" alt="Cô giáo đứng trước lớp học"');
  });

  it('marks rebuttals as such', async () => {
    const res = await fetchApp('/api/stories?category=rebuttal&limit=1');
    const slug = ((await res.json()) as { items: { slug: string }[] }).items[0]?.slug;
    const { text } = await page(`/stories/${slug}`);
    expect(text).toContain('Bài viết này phản bác một thông tin sai sự thật đang lan truyền.');
  });

  it('answers an HTML 404 for an unknown or unpublished story', async () => {
    for (const slug of ['khong-ton-tai', 'ban-nhap-da-nang-chuan-bi-le-hoi-phao-hoa']) {
      const { res, text } = await page(`/stories/${slug}`);
      expect(res.status).toBe(404);
      expect(text).toContain('Không tìm thấy trang');
    }
  });

  it('takes the preview image, extra head elements and aside blocks from the slots', async () => {
    const { slug } = await insertStory({ title: 'Bài có thẻ chia sẻ' });
    // First provider wins: put the test's ahead of the story card.
    storyImageProviders.unshift(({ story }) => ({ url: `${ORIGIN}/cards/${story.id}.png`, alt: 'Thẻ', width: 1200, height: 630 }));
    storyHeadSlots.push(() => <meta name="test-slot" content="head" />);
    storyAsideSlots.push(({ story }) => <p class="test-share-kit">Bộ chia sẻ cho {story.title}</p>);
    storyScripts.push('/js/test-share-kit.js');
    try {
      const ctx = createExecutionContext();
      const res = await createApp().request(`${ORIGIN}/stories/${slug}`, html, { ...env, FEED_CACHE_TTL: '0' }, ctx);
      await waitOnExecutionContext(ctx);
      const text = await res.text();
      expect(meta(text, 'property', 'og:image')).toMatch(/\/cards\/\d+\.png$/);
      expect(meta(text, 'property', 'og:image:width')).toBe('1200');
      expect(meta(text, 'name', 'twitter:card')).toBe('summary_large_image');
      expect(text).toContain('<meta name="test-slot" content="head"/>');
      expect(text).toContain('<p class="test-share-kit">Bộ chia sẻ cho Bài có thẻ chia sẻ</p>');
      expect(text).toContain('<script src="/js/test-share-kit.js" defer=""></script>');
    } finally {
      storyScripts.pop();
      storyImageProviders.shift();
      storyHeadSlots.pop();
      storyAsideSlots.pop();
    }
  });
});

describe('the sharing guide /guidelines', () => {
  it('lists the five duties and the verify-before-you-share checklist', async () => {
    const { res, text } = await page('/guidelines');
    expect(res.status).toBe(200);
    expect(text).toContain('<h1 id="guidelines-title">Hướng dẫn chia sẻ có trách nhiệm</h1>');
    expect(count(text, /<li class="duty">/g)).toBe(5);
    for (const duty of [
      'Kiểm chứng và suy xét trước khi chia sẻ',
      'Bình luận có văn hóa, mang tính xây dựng',
      'Giúp người khác cùng thực hiện quy tắc ứng xử',
      'không đưa tài liệu nội bộ lên mạng',
      'Luật An ninh mạng 2018 và Bộ Quy tắc ứng xử trên mạng xã hội 2021',
    ]) {
      expect(text).toContain(duty);
    }
    expect(text).toContain('<h2 id="guidelines-checklist">Kiểm tra trước khi chia sẻ</h2>');
    expect(count(text, /<ol class="checklist-items">(?:<li>[^<]+<\/li>){5}<\/ol>/g)).toBe(1);
    expect(text).toContain('aria-current="page"');
  });
});

describe('/feed.xml', () => {
  it('is well-formed RSS 2.0 with the 30 newest published stories', async () => {
    const res = await fetchApp('/feed.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const xml = await res.text();
    expect(assertWellFormedXml(xml)).toBe('rss');
    expect(xml).toContain('<rss version="2.0"');
    expect(count(xml, /<item>/g)).toBe(30);
    expect(xml).toContain(`<link>${ORIGIN}/stories/${storySlug}</link>`);
    expect(xml).toMatch(/<pubDate>[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} 2026 \d\d:\d\d:\d\d GMT<\/pubDate>/);
    expect(xml).toContain('<category>Thông tin phản bác</category>');
  });
});

describe('/sitemap.xml', () => {
  it('is a well-formed sitemap of the feed, the guide and every published story', async () => {
    const res = await fetchApp('/sitemap.xml');
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    expect(assertWellFormedXml(xml)).toBe('urlset');
    expect(xml).toContain(`<loc>${ORIGIN}/</loc>`);
    expect(xml).toContain(`<loc>${ORIGIN}/guidelines</loc>`);
    const published = await env.DB.prepare(`SELECT count(*) AS n FROM stories WHERE status = 'published'`).first<{ n: number }>();
    expect(count(xml, /<loc>[^<]+\/stories\/[^<]+<\/loc>/g)).toBe(published?.n);
    expect(published?.n).toBeGreaterThanOrEqual(publishedStories.length);
  });
});
