// A reporter of an already-debunked claim sees the verdict and the rebuttal at once, marked
// automatic, on the receipt page (vi, en), the receipt JSON and the POST answer; never when the
// match is weak, the rebuttal unpublished, or the matched case later merged or reopened.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { jaccard, shingles } from '../../workers/claims/shingles';
import { DEFAULT_THRESHOLDS } from '../../workers/claims/claim-settings';
import { decide, indexedReport, receiptHtml, receiptJson, reportRow, textReport } from './helpers';

const RUMOUR = 'Nước máy ở Hà Nội đang nhiễm dầu thải, tuyệt đối không dùng để nấu ăn trong tuần này.';
const RETYPED = 'CHIA SẺ GẤP 😱 nuoc may HA NOI dang nhiem dau thai, tuyet doi ko dung de nau an trong tuan nay!!! #tinnong';

describe('automatic verdict on the receipt', () => {
  it('shows the verdict, summary, rebuttal and share link at once, marked automatic, in Vietnamese', async () => {
    const older = await indexedReport(RUMOUR);
    const story = await decide(older.caseId, { summary: 'Nước máy Hà Nội đạt chuẩn, không nhiễm dầu.' });

    const { answer } = await textReport(RETYPED);
    // Its own case is new and stays so: editors still see it.
    expect(answer.caseId).not.toBe(older.caseId);
    expect(answer.status).toBe('new');
    expect(answer.automatic).toMatchObject({
      label: 'Kết luận tự động',
      verdict: 'Sai sự thật',
      verdictSummary: 'Nước máy Hà Nội đạt chuẩn, không nhiễm dầu.',
      rebuttal: { title: story.title, url: `/stories/${story.slug}`, shareUrl: `/share/${story.slug}` },
      method: 'lexical',
    });
    expect(await reportRow(answer.id)).toMatchObject({ auto_case_id: older.caseId, auto_method: 'lexical' });

    const json = await receiptJson(answer.receipt);
    expect(json.status).toBe('new');
    expect(json.automatic?.rebuttal.url).toBe(`/stories/${story.slug}`);
    expect(json.automatic?.note).toContain('Biên tập viên vẫn sẽ xem xét');

    const html = await receiptHtml(answer.receipt);
    expect(html).toContain('Kết luận tự động');
    expect(html).toContain('Sai sự thật');
    expect(html).toContain('Nước máy Hà Nội đạt chuẩn, không nhiễm dầu.');
    expect(html).toContain(`href="/stories/${story.slug}"`);
    expect(html).toContain(`href="/share/${story.slug}"`);
    expect(html).toContain('Biên tập viên vẫn sẽ xem xét báo cáo của bạn');
    expect(html).not.toMatch(/>false</);
  });

  it('says the same in English with ?lang=en', async () => {
    const older = await indexedReport('Cầu Rồng Đà Nẵng bị nứt dầm chính, cấm xe qua cầu vô thời hạn.');
    const story = await decide(older.caseId, { status: 'misleading', summary: 'The bridge is open.' });
    const { answer } = await textReport('Nóng: cau Rong Da Nang bi nut dam chinh, cam xe qua cau vo thoi han 🔥🔥');
    const html = await receiptHtml(answer.receipt, 'en');
    expect(html).toContain('Automatic match');
    expect(html).toContain('Misleading');
    expect(html).toContain('An editor will still review your report');
    expect(html).toContain(`href="/share/${story.slug}"`);
  });

  it('shows nothing automatic when the rebuttal is not published', async () => {
    const older = await indexedReport('Gạo ở Cần Thơ bị trộn nhựa, ăn vào gây ung thư, nhiều người đã nhập viện.');
    await decide(older.caseId, { published: false });
    const { answer } = await textReport('NÓNG gạo ở Cần Thơ bị trộn nhựa, ăn vào gây ung thư, nhiều người đã nhập viện!!!');
    expect(answer.automatic).toBeNull();
    expect(await reportRow(answer.id)).toMatchObject({ auto_case_id: null, auto_method: null });
    expect((await receiptJson(answer.receipt)).automatic).toBeNull();
    expect(await receiptHtml(answer.receipt)).not.toContain('Kết luận tự động');
  });

  it('shows nothing automatic when the score is under the high threshold (a candidate only)', async () => {
    const base = 'Cáp treo Fansipan bị đứt, nhiều du khách rơi xuống vực sâu ở Sa Pa.';
    const weaker = 'Sa Pa: cáp treo Fansipan dừng chạy một ngày để bảo dưỡng, du khách xếp hàng dài.';
    const score = jaccard(shingles(base), shingles(weaker));
    expect(score).toBeLessThan(DEFAULT_THRESHOLDS.lexical.high);
    const older = await indexedReport(base);
    await decide(older.caseId);
    const { answer } = await textReport(weaker);
    expect(answer.automatic).toBeNull();
    expect((await receiptJson(answer.receipt)).automatic).toBeNull();
  });

  it('stops showing the automatic verdict once the matched case is reopened or merged away', async () => {
    const older = await indexedReport('Bão số 5 sẽ đổ bộ trực tiếp vào Đà Nẵng đêm nay với sức gió cấp 17, sơ tán toàn bộ quận Sơn Trà.');
    await decide(older.caseId);
    const { answer } = await textReport('Tin khẩn!!! bão số 5 sẽ đổ bộ trực tiếp vào Đà Nẵng đêm nay, sức gió cấp 17, sơ tán toàn bộ quận Sơn Trà');
    expect((await receiptJson(answer.receipt)).automatic).not.toBeNull();

    await env.DB.prepare("UPDATE cases SET status = 'reviewing' WHERE id = ?").bind(older.caseId).run();
    expect((await receiptJson(answer.receipt)).automatic).toBeNull();
    expect(await receiptHtml(answer.receipt)).not.toContain('Kết luận tự động');

    await env.DB.prepare("UPDATE cases SET status = 'false' WHERE id = ?").bind(older.caseId).run();
    expect((await receiptJson(answer.receipt)).automatic).not.toBeNull();
    await env.DB.prepare('UPDATE cases SET merged_into_id = ? WHERE id = ?').bind(answer.caseId, older.caseId).run();
    expect((await receiptJson(answer.receipt)).automatic).toBeNull();
  });

  it('uses a pair an editor accepted even when the words differ', async () => {
    const older = await indexedReport('Sân bay Long Thành bị dừng thi công vì sụt lún, đổ hết tiền xuống sông.');
    await decide(older.caseId);
    // A first report of the other wording makes its case; an editor accepts the pair.
    const first = await textReport('Nghe nói công trình ở Đồng Nai lún nặng, chắc phải bỏ dở rồi, phí tiền thuế của dân.');
    expect(first.answer.automatic).toBeNull();
    await env.DB.prepare(
      "INSERT INTO claim_matches (case_id, candidate_id, method, score, matched_words, status, created_at) VALUES (?, ?, 'lexical', 0.2, '[]', 'accepted', 0)",
    )
      .bind(first.answer.caseId, older.caseId)
      .run();
    // The same text again joins that case, and now gets the verdict.
    const again = await textReport('Nghe nói công trình ở Đồng Nai lún nặng, chắc phải bỏ dở rồi, phí tiền thuế của dân.');
    expect(again.answer.caseId).toBe(first.answer.caseId);
    expect(again.answer.automatic?.method).toBe('accepted');
  });
});
