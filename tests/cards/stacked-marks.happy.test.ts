// Long Vietnamese headlines with stacked marks (a breve or circumflex with a tilde or hook above a
// capital, a dot below) must be drawn whole: no word left off or cut with an ellipsis, none past the
// card's margins, and room above the first line so the marks never run into the header.
// satori with `embedFont: false` leaves the text as <text> elements, one per word, with its
// baseline and width, which is what these tests measure.
import { env } from 'cloudflare:workers';
import satori from 'satori/standalone';
import { describe, expect, it } from 'vitest';
import { cardEngineAssets, cardFonts } from '../../workers/cards/card-assets';
import { normaliseCardContent } from '../../workers/cards/card-address';
import { CARD_SIZES, cardFormats, cardTree, summaryLine, type CardContent } from '../../workers/cards/card-design';
import { initCardEngine } from '../../workers/cards/card-engine';
import { loadCover, renderCard } from '../../workers/cards/card-store';
import { photoFile } from '../media/fixtures';
import { coverPng } from './cover';
import { pngInfo } from './png';

type Word = { text: string; x: number; y: number; width: number; size: number };

async function words(content: CardContent, format: (typeof cardFormats)[number], cover: string | null): Promise<Word[]> {
  await initCardEngine(cardEngineAssets);
  const svg = await satori(cardTree(normaliseCardContent(content), format, cover) as never, { ...CARD_SIZES[format], fonts: cardFonts, embedFont: false });
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    size: Number(m[4]),
    text: m[5] ?? '',
  }));
}

const headlines = [
  'Người dân xã Ẵng Nưa góp đất mở đường: những nỗ lực bền bỉ, sự đồng lòng của đồng bào và niềm vui ngày khánh thành ỗ ữ ặ',
  'ẴNG NƯA, ỖNG ỮA, ẶNG: XÃ VÙNG CAO ĐIỆN BIÊN HOÀN THÀNH ĐƯỜNG BÊ TÔNG ĐẾN TẤT CẢ CÁC BẢN',
];

const base: CardContent = {
  storyId: 7,
  title: '',
  summary: 'Ba mươi hộ dân tự nguyện hiến hơn 4.000 m² đất để mở rộng đường liên bản.',
  categoryName: 'Thành tựu địa phương',
  categoryColor: '#047857',
  provinceName: 'Điện Biên',
  coverKey: null,
};

describe('long Vietnamese headlines with stacked marks', () => {
  for (const title of headlines) {
    for (const format of cardFormats) {
      for (const withCover of [false, true]) {
        it(`draws "${title.slice(0, 24)}…" whole, inside the margins (${format}${withCover ? ', with a cover' : ''})`, async () => {
          const src = withCover ? `data:image/png;base64,${btoa(String.fromCharCode(...(await coverPng(64, 40))))}` : null;
          const all = await words({ ...base, title }, format, src);
          const titleSize = Math.max(...all.map((w) => w.size));
          const titleWords = all.filter((w) => w.size === titleSize && w.text.trim() !== '');
          // satori gives punctuation its own element; compare without spaces.
          expect(titleWords.map((w) => w.text).join(''), 'every word, none cut off').toBe(title.replace(/\s+/g, ''));
          const { width, height } = CARD_SIZES[format];
          for (const w of titleWords) {
            expect(w.x, w.text).toBeGreaterThanOrEqual(40);
            expect(w.x + w.width, w.text).toBeLessThanOrEqual(width - 40);
            expect(w.y, w.text).toBeLessThanOrEqual(height - 40);
          }
          // The header (category, province) ends above where the first line's stacked marks reach.
          const header = all.filter((w) => w.text === 'Điện' || w.text === 'Biên');
          const headerBottom = Math.max(...header.map((w) => w.y + 0.3 * w.size));
          const firstBaseline = Math.min(...titleWords.map((w) => w.y));
          expect(firstBaseline - 1.25 * titleSize, 'room for Ẵ above the first line').toBeGreaterThan(headerBottom);
          // The summary starts below the last line's dot-below marks.
          const summaryTop = Math.min(...all.filter((w) => w.text === 'Ba').map((w) => w.y - w.size));
          expect(Math.max(...titleWords.map((w) => w.y)) + 0.3 * titleSize).toBeLessThanOrEqual(summaryTop);
        });
      }
    }
  }
});

describe('what a card says', () => {
  it('takes the first line of the summary only, collapsed and cut on a word', () => {
    expect(summaryLine('Dòng đầu tiên.\nDòng thứ hai không vẽ.')).toBe('Dòng đầu tiên.');
    expect(summaryLine('  Nhiều   khoảng   trắng  ')).toBe('Nhiều khoảng trắng');
    const long = summaryLine('Ẵng Nưa '.repeat(40));
    expect([...long].length).toBeLessThanOrEqual(181);
    expect(long.endsWith('…')).toBe(true);
  });

  it('draws the summary line, so a new summary is a new picture', async () => {
    const a = await renderCard(env, { ...base, title: 'Ẵng Nưa mở đường' }, 'og');
    const b = await renderCard(env, { ...base, title: 'Ẵng Nưa mở đường', summary: 'Một tóm tắt khác hẳn.' }, 'og');
    expect(a).not.toEqual(b);
  });

  it('draws a WebP cover (decoded through the thumbnail pipeline: satori cannot read WebP)', async () => {
    await env.MEDIA.put('covers/7-webpcover01.webp', photoFile('webp', 900, 600));
    const src = await loadCover(env.MEDIA, 'covers/7-webpcover01.webp');
    expect(src?.startsWith('data:image/jpeg;base64,')).toBe(true);
    const plain = await renderCard(env, { ...base, title: 'Ẵng Nưa mở đường' }, 'square');
    const covered = await renderCard(env, { ...base, title: 'Ẵng Nưa mở đường', coverKey: 'covers/7-webpcover01.webp' }, 'square');
    expect(pngInfo(covered)).toEqual({ valid: true, ...CARD_SIZES.square });
    expect(covered).not.toEqual(plain);
    // Made once: the card copy of the cover is stored beside the original.
    expect(await env.MEDIA.head('thumbs/t1-c-7-webpcover01-card.jpg')).not.toBeNull();
  });
});
