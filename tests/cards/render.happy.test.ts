import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { CARD_SIZES, cardFormats, type CardContent } from '../../workers/cards/card-design';
import { cardHash, normaliseCardContent } from '../../workers/cards/card-address';
import { renderCard } from '../../workers/cards/card-store';
import { coverPng } from './cover';
import { pngInfo } from './png';

const base: CardContent = {
  storyId: 1,
  title: 'Young volunteers repair 40 homes before the rainy season',
  summary: 'Forty families are dry again before the first storm of the season.',
  categoryName: 'Gương người tốt việc tốt',
  categoryColor: '#B45309',
  provinceName: 'Đà Nẵng',
  coverKey: null,
};

const titles = {
  ascii: base.title,
  long: 'Người thanh niên Đà Nẵng hai mươi năm lặng lẽ hiến máu cứu người, dạy bơi miễn phí cho hàng nghìn trẻ em vùng ven biển và xây dựng đội cứu hộ tình nguyện sẵn sàng có mặt mỗi khi mùa mưa bão đến gần',
  accented: 'Ầ Ẩ Ẫ Ấ Ậ ự ỹ đ: Đồng bào Điện Biên ấm áp tình người',
};

describe('card rendering', () => {
  for (const [kind, title] of Object.entries(titles)) {
    for (const format of cardFormats) {
      it(`draws a valid ${CARD_SIZES[format].width}×${CARD_SIZES[format].height} PNG for the ${kind} title (${format})`, async () => {
        const png = await renderCard(env, { ...base, title }, format);
        expect(pngInfo(png)).toEqual({ valid: true, ...CARD_SIZES[format] });
      });
    }
  }
});

describe('card text normalisation', () => {
  it('draws and addresses an NFD title exactly like its NFC form', async () => {
    const nfcTitle = 'Ầ Ẩ Ẫ Ấ Ậ ự ỹ đ: Đồng bào Điện Biên';
    const nfdTitle = nfcTitle.normalize('NFD');
    expect(nfdTitle).not.toBe(nfcTitle);
    const nfc = { ...base, title: nfcTitle };
    const nfd = { ...base, title: nfdTitle };
    expect(await cardHash(nfd)).toBe(await cardHash(nfc));
    const fromNfd = await renderCard(env, normaliseCardContent(nfd), 'og');
    const fromNfc = await renderCard(env, normaliseCardContent(nfc), 'og');
    expect(fromNfd).toEqual(fromNfc);
  });

  it('changes the hash when anything drawn changes', async () => {
    const hash = await cardHash(base);
    expect(await cardHash({ ...base, title: `${base.title}!` })).not.toBe(hash);
    expect(await cardHash({ ...base, categoryColor: '#1D4ED8' })).not.toBe(hash);
    expect(await cardHash({ ...base, provinceName: 'Huế' })).not.toBe(hash);
    expect(await cardHash({ ...base, coverKey: 'covers/a.png' })).not.toBe(hash);
  });
});

describe('cards with a cover image', () => {
  it('draws the cover from R2 into both formats', async () => {
    await env.MEDIA.put('covers/test-landscape.png', await coverPng());
    const withCover = { ...base, coverKey: 'covers/test-landscape.png' };
    for (const format of cardFormats) {
      const plain = await renderCard(env, base, format);
      const covered = await renderCard(env, withCover, format);
      expect(pngInfo(covered)).toEqual({ valid: true, ...CARD_SIZES[format] });
      expect(covered, 'the cover changes the picture').not.toEqual(plain);
    }
  });

  it('leaves out a cover that is missing or not an image', async () => {
    await env.MEDIA.put('covers/not-an-image.png', 'plain text');
    const plain = await renderCard(env, base, 'og');
    expect(await renderCard(env, { ...base, coverKey: 'covers/not-an-image.png' }, 'og')).toEqual(plain);
    expect(await renderCard(env, { ...base, coverKey: 'covers/missing.png' }, 'og')).toEqual(plain);
  });
});
