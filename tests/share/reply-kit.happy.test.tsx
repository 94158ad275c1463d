// The reply kit in a rebuttal's share kit: first, readable and selectable without JavaScript,
// each reply ending with the story's link unless it already carries it, a copy button for the
// script, and nothing at all for a story without replies.
import { describe, expect, it } from 'vitest';
import { ShareKit, type ShareKitStory } from '../../web/components/share-kit';
import type { CardMeta } from '../../workers/cards/card-meta';
import { fitsX, replyWithLink } from '../../workers/editorial/replies';

const url = 'https://lantoa.test/stories/su-that-ve-tin-cat-dien';
const story: ShareKitStory = {
  id: 7,
  slug: 'su-that-ve-tin-cat-dien',
  title: 'Sự thật về tin cắt điện',
  summary: 'Không có chuyện cắt điện toàn thành phố.',
  captions: ['Không có chuyện cắt điện.'],
  hashtags: ['KiểmChứng'],
  url,
  replies: ['Thông tin này chưa đúng <bạn nhé>. Mời bạn đọc bài kiểm chứng.', `Mời bạn xem nguồn chính thức: ${url}`],
};
const image = (format: string, width: number, height: number) => ({
  url: `https://lantoa.test/cards/7-0123456789abcdef${format}.png`,
  width,
  height,
  alt: 'Thẻ chia sẻ',
  type: 'image/png' as const,
});
const card: CardMeta = { og: image('', 1200, 630), square: image('-square', 1080, 1080) };
const render = (s: ShareKitStory = story, lang: 'vi' | 'en' = 'vi') => String(<ShareKit lang={lang} story={s} card={card} />);

describe('the reply kit in the share kit', () => {
  it('comes first, before the card and the captions, under “Trả lời bài sai sự thật”', () => {
    const html = render();
    const kit = html.indexOf('Trả lời bài sai sự thật');
    expect(kit).toBeGreaterThan(-1);
    expect(kit).toBeLessThan(html.indexOf('share-kit__card'));
    expect(kit).toBeLessThan(html.indexOf('share-caption-0'));
  });

  it('shows each reply as escaped text ending with the story link, and a reply that has the link as written', () => {
    const html = render();
    expect(html).toContain(`Thông tin này chưa đúng &lt;bạn nhé&gt;. Mời bạn đọc bài kiểm chứng.\n${url}</p>`);
    expect(html).toContain(`Mời bạn xem nguồn chính thức: ${url}</p>`);
    expect(html).not.toContain(`${url}\n${url}`);
    expect(html).toContain('data-reply-linked="yes"');
  });

  it('without JS: plain text (no form field), copy buttons hidden until the script reveals them', () => {
    const html = render();
    expect(html.match(/class="reply-kit__text"/g)).toHaveLength(2);
    expect(html).toMatch(/data-copy-reply="reply-7-0" aria-describedby="reply-7-0-label" hidden=""/);
    expect(html).toContain('Chạm giữ vào đoạn chữ để chọn và sao chép.');
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
  });

  it('speaks English on an English page', () => {
    const html = render(story, 'en');
    expect(html).toContain('Reply to the false post');
    expect(html).toContain('Copy reply 1');
  });

  it('is absent for a story without replies', () => {
    expect(render({ ...story, replies: [] })).not.toContain('data-reply-kit');
    expect(render({ ...story, replies: undefined })).not.toContain('data-reply-kit');
  });

  it('warns when a reply with its link is longer than X allows, and not otherwise', () => {
    const long = 'Thông tin này không đúng sự thật, mời bạn đọc kỹ. '.repeat(6).slice(0, 290);
    expect(fitsX(replyWithLink(long, url))).toBe(false);
    expect(render({ ...story, replies: [long] })).toContain('Dài hơn 280 ký tự của X');
    expect(render()).not.toContain('Dài hơn 280 ký tự của X');
  });
});

describe('replyWithLink', () => {
  it('appends the link on its own line unless the reply already has it (or a tracked link)', () => {
    expect(replyWithLink(' Sai rồi bạn ơi. ', url)).toBe(`Sai rồi bạn ơi.\n${url}`);
    expect(replyWithLink(`Đọc: ${url}`, url)).toBe(`Đọc: ${url}`);
    expect(replyWithLink('Đọc: https://lantoa.test/l/Ab3dE9xY', url, ['https://lantoa.test/l/Ab3dE9xY'])).toBe('Đọc: https://lantoa.test/l/Ab3dE9xY');
  });
});
