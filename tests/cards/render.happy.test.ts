import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { CARD_SIZES, cardFormats, type CardContent } from '../../workers/cards/card-design';
import { renderCard } from '../../workers/cards/card-store';
import { pngInfo } from './png';

const base: CardContent = {
  storyId: 1,
  title: 'Young volunteers repair 40 homes before the rainy season',
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
      it(`draws a valid ${CARD_SIZES[format].width}×${CARD_SIZES[format].height} PNG for an ${kind} title (${format})`, async () => {
        const png = await renderCard(env, { ...base, title }, format);
        expect(pngInfo(png)).toEqual({ valid: true, ...CARD_SIZES[format] });
      });
    }
  }
});
