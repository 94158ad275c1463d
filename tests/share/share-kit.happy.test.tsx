import { describe, expect, it } from 'vitest';
import { CardMetaTags } from '../../web/components/card-meta-tags';
import { ShareKit, type ShareKitStory } from '../../web/components/share-kit';
import type { CardMeta } from '../../workers/cards/card-meta';

const story: ShareKitStory = {
  id: 42,
  slug: 'thanh-nien-da-nang-sua-40-mai-nha',
  title: 'Thanh niên Đà Nẵng sửa 40 mái nhà',
  summary: 'Tóm tắt',
  captions: ['Cảm ơn các bạn trẻ Đà Nẵng!', 'Việc tốt lan tỏa <từ> một phường nhỏ.'],
  hashtags: ['LanTỏa', 'ĐàNẵng'],
};
const image = (format: string, width: number, height: number) => ({
  url: `https://lantoa.test/cards/42-0123456789abcdef${format}.png`,
  width,
  height,
  alt: 'Thẻ chia sẻ: Thanh niên Đà Nẵng sửa 40 mái nhà',
  type: 'image/png' as const,
});
const card: CardMeta = { og: image('', 1200, 630), square: image('-square', 1080, 1080) };

const render = (props: Partial<Parameters<typeof ShareKit>[0]> = {}) => String(<ShareKit lang="vi" story={story} card={card} {...props} />);

describe('ShareKit', () => {
  it('offers each suggested caption, editable, with the hashtags, and escapes it', () => {
    const html = render();
    expect(html).toContain('<textarea name="caption" id="share-caption-0"');
    expect(html).toContain('Cảm ơn các bạn trẻ Đà Nẵng!\n\n#LanTỏa #ĐàNẵng</textarea>');
    expect(html).toContain('Việc tốt lan tỏa &lt;từ&gt; một phường nhỏ.');
    expect(html.match(/name="use"/g)).toHaveLength(2);
  });

  it('works without JS: a form posting to /share with one button per channel', () => {
    const html = render();
    expect(html).toContain('action="/share"');
    expect(html).toContain('method="post"');
    for (const channel of ['facebook', 'x', 'telegram', 'zalo', 'copy']) expect(html).toContain(`name="channel" value="${channel}"`);
    expect(html).toContain('<input type="hidden" name="story" value="42"');
  });

  it('shows the card, its downloads and the verify-before-you-share list', () => {
    const html = render();
    expect(html).toContain(`src="${card.og.url}"`);
    expect(html).toContain(`href="${card.square.url}" download="lan-toa-${story.slug}-vuong.png"`);
    expect(html).toContain('Kiểm tra trước khi chia sẻ');
  });

  it('keeps JS-only controls hidden until the script reveals them', () => {
    const html = render();
    expect(html).toMatch(/data-webshare="" hidden/);
    expect(html).toMatch(/data-copy-caption="0" hidden/);
  });

  it('has no inline script, style or event handler (CSP)', () => {
    const html = render();
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
  });

  it('tells the script which Zalo mode applies', () => {
    expect(render()).toContain('data-zalo-mode="copy"');
    expect(render({ zaloOaId: '1234' })).toContain('data-zalo-mode="widget"');
  });

  it('speaks English when asked', () => {
    const html = render({ lang: 'en' });
    expect(html).toContain('Share this story');
    expect(html).toContain('Verify before you share');
  });
});

describe('CardMetaTags', () => {
  it('emits og:image with size and alt, and a large Twitter card', () => {
    const html = String(<CardMetaTags meta={card} />);
    expect(html).toContain(`<meta property="og:image" content="${card.og.url}"/>`);
    expect(html).toContain('<meta property="og:image:width" content="1200"/>');
    expect(html).toContain('<meta property="og:image:height" content="630"/>');
    expect(html).toContain(`<meta property="og:image:alt" content="${card.og.alt}"/>`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    expect(html).toContain(`<meta name="twitter:image" content="${card.og.url}"/>`);
  });
});

describe('ShareKit under a story (issue 11)', () => {
  it('is open, never folded behind a <details>', () => {
    const html = render();
    expect(html).not.toContain('<details');
    expect(html).toContain('<h2 class="share-kit__title" id="share-kit-title">');
  });

  it('with `bar`, adds the bar: "Chia sẻ" (script only), then Zalo, Facebook and "Sao chép" submitting the kit’s form, and a slot for saving', () => {
    const html = render({ bar: true });
    const bar = html.split('data-share-bar=""')[1]?.split('data-save-slot')[0] ?? '';
    expect(bar).toMatch(/data-share-sheet="" hidden="">Chia sẻ</);
    expect([...bar.matchAll(/value="(\w+)"/g)].map((m) => m[1])).toEqual(['zalo', 'facebook', 'copy']);
    expect(bar.match(/form="share-kit-form"/g)).toHaveLength(3);
    expect(html).toContain('<form class="share-kit__form" id="share-kit-form"');
    expect(html).toContain('<div class="share-bar__slot" data-save-slot=""></div>');
    expect(render()).not.toContain('data-share-bar');
  });

  it('has the Zalo paste hint (hidden) only when Zalo has no Official Account, and a Messenger button', () => {
    expect(render()).toMatch(/data-zalo-hint="" hidden/);
    expect(render({ zaloOaId: '1234' })).not.toContain('data-zalo-hint');
    expect(render()).toContain('name="channel" value="messenger"');
  });
});
