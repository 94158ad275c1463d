// The tipline's receipt tells a reporter of an already-debunked claim the verdict and the
// rebuttal link at once, marked automatic; without a confident match it is the usual receipt.
import { describe, expect, it } from 'vitest';
import { capturingQueue } from '../helpers/outage';
import { messageUpdate, postTelegram } from '../tipline/helpers';
import { decide, indexedReport } from './helpers';

const ORIGIN = 'https://lantoa.test';

async function tell(text: string, lang?: string) {
  const claims = capturingQueue();
  const { res, sent } = await postTelegram(messageUpdate({ text }, { lang }), { env: { CLAIMS_QUEUE: claims.queue as unknown as Queue } });
  expect(res.status).toBe(200);
  const receipt = sent.find((m) => m.purpose === 'receipt');
  return { text: String(receipt?.text ?? ''), indexing: claims.sent };
}

describe('tipline receipt with an automatic verdict', () => {
  it('adds the verdict, the rebuttal link and the share link, in Vietnamese', async () => {
    const older = await indexedReport('Xăng sẽ tăng lên 40 nghìn đồng một lít từ nửa đêm nay, đi đổ xăng ngay.');
    const story = await decide(older.caseId, { summary: 'Giá xăng không đổi.' });
    const { text, indexing } = await tell('CHIA SẺ GẤP: xăng sẽ tăng lên 40 nghìn đồng 1 lít từ nửa đêm nay, mọi người đi đổ xăng ngay 😱');
    expect(text).toContain('Đã nhận báo cáo của bạn');
    expect(text).toContain('Kết luận tự động');
    expect(text).toContain('Sai sự thật');
    expect(text).toContain('Giá xăng không đổi.');
    expect(text).toContain(`${ORIGIN}/stories/${story.slug}`);
    expect(text).toContain(`${ORIGIN}/share/${story.slug}`);
    expect(text).toContain('Biên tập viên vẫn sẽ xem xét');
    expect(indexing).toHaveLength(1);
  });

  it('in English for an English-speaking chat', async () => {
    const older = await indexedReport('Sa Pa có tuyết rơi dày 1 mét, đường lên Sa Pa bị chặn, hàng nghìn du khách mắc kẹt.');
    await decide(older.caseId);
    const { text } = await tell('NONG: tuyet roi day 1 met o Sa Pa, duong len Sa Pa bi chan, hang nghin du khach bi mac ket lai!!', 'en');
    expect(text).toContain('Automatic match');
    expect(text).toContain('An editor will still review your report');
  });

  it('is the usual receipt when nothing already checked matches', async () => {
    const { text } = await tell('Hồ Xuân Hương Đà Lạt sẽ bị lấp một nửa để làm bãi đỗ xe, dân phản đối.');
    expect(text).toContain('Đã nhận báo cáo của bạn');
    expect(text).not.toContain('Kết luận tự động');
  });
});
