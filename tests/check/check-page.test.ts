// /kiem-tra (English /check) without JavaScript: the form posts back, the server renders the
// findings under it with the typed text kept; errors next to the field; "Báo cáo tin này" opens
// the ordinary report form filled in, and sending that form makes a normal report with a receipt.
import { describe, expect, it } from 'vitest';
import { ORIGIN } from '../helpers/http';
import { appFetch, nextIp } from '../reports/helpers';
import { debunkedLink, postCheckForm } from './helpers';

const page = (path: string) => appFetch(path, { headers: { accept: 'text/html' } });

describe('the check page', () => {
  it('is in English at its English address /check unless the reader chose Vietnamese', async () => {
    expect(await (await page('/check')).text()).toContain('<h1>Check before posting</h1>');
    expect(await (await page('/check?lang=vi')).text()).toContain('<h1>Kiểm tra trước khi đăng</h1>');
    const chosen = await appFetch('/check', { headers: { accept: 'text/html', cookie: 'lang=vi' } });
    expect(await chosen.text()).toContain('<h1>Kiểm tra trước khi đăng</h1>');
  });

  it('shows the form, says plainly that nothing is kept, in Vietnamese and in English', async () => {
    const res = await page('/kiem-tra');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Kiểm tra trước khi đăng</h1>');
    expect(html).toContain('không lưu, không ghi nhật ký');
    expect(html).toMatch(/<textarea[^>]*name="text"/);
    expect(html).toMatch(/<input[^>]*name="url"/);
    expect(html).toContain('action="/kiem-tra"');
    expect(html).toContain('/js/check.js');
    expect(html).toContain('/js/share-kit.js');
    const en = await (await page('/check?lang=en')).text();
    expect(en).toContain('<h1>Check before posting</h1>');
    expect(en).toContain('Nothing you paste is kept');
    expect(en).toContain('action="/check?lang=en"');
  });

  it('is linked from every page (nav and footer)', async () => {
    const html = await (await page('/report')).text();
    expect(html.match(/href="\/kiem-tra"/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('renders a known false claim under the form: verdict in words, rebuttal, "share this instead" with the share kit; the typed text kept', async () => {
    const { url, story } = await debunkedLink();
    const typed = 'Xem cái này <b>ngay</b> & chia sẻ';
    const res = await postCheckForm({ text: typed, url });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('Đây là tin sai đã được kiểm chứng');
    expect(html).toContain('Kết luận: Sai sự thật');
    expect(html).toContain(`href="/stories/${story.slug}"`);
    expect(html).toContain('Chia sẻ bài này thay thế');
    expect(html).toContain('data-share-kit');
    expect(html).toContain('Xem cái này &lt;b&gt;ngay&lt;/b&gt; &amp; chia sẻ</textarea>');
    expect(html).toContain(`value="${url.replace(/&/g, '&amp;')}"`);
    expect(html).not.toMatch(/>false</);
  });

  it('shows "no problems found" with the verify checklist for an ordinary text, in English on /check', async () => {
    const html = await (await postCheckForm({ text: 'Sáng mai chi đoàn tổ chức hiến máu tình nguyện tại nhà văn hóa khu phố.' }, '/check?lang=en')).text();
    expect(html).toContain('No problems found');
    expect(html).toContain('id="check-verify"');
    expect(html).toContain('Report this');
  });

  it('re-renders the form with the message next to the field and every typed value kept', async () => {
    const empty = await postCheckForm({ text: '', url: '' });
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('id="text-error"');
    expect(emptyHtml).toContain('Dán nội dung hoặc đường link cần kiểm tra');

    const bad = await postCheckForm({ text: 'Tin đồn về cầu Rồng', url: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('id="url-error"');
    expect(badHtml).toContain('aria-invalid="true"');
    expect(badHtml).toContain('Tin đồn về cầu Rồng</textarea>');
    expect(badHtml).toContain('value="javascript:alert(1)"');
  });

  it('says so on the page when an address checks too often (429 with Retry-After), text kept', async () => {
    const ip = '198.51.100.88';
    let last: Response | undefined;
    for (let i = 0; i < 31; i++) last = await postCheckForm({ text: `Lần ${i}` }, '/kiem-tra', { 'cf-connecting-ip': ip }, { CHECK_LIMITER: undefined });
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = (await last?.text()) ?? '';
    expect(html).toContain('Bạn đã kiểm tra nhiều lần trong một phút');
    expect(html).toContain('Lần 30</textarea>');
  });

  it('"Báo cáo tin này" opens the report form filled in; sending it stores a normal report and leads to its receipt', async () => {
    const form = await appFetch('/kiem-tra/bao-cao', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: ORIGIN, 'cf-connecting-ip': nextIp() },
      body: new URLSearchParams({ text: 'Tin đồn: trường học ở Đà Nẵng cho học sinh nghỉ cả tuần vì dịch lạ.', url: 'https://example.com/tin-don-truong-hoc' }).toString(),
    });
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('action="/api/reports"');
    expect(html).toContain('Tin đồn: trường học ở Đà Nẵng cho học sinh nghỉ cả tuần vì dịch lạ.</textarea>');
    expect(html).toContain('value="https://example.com/tin-don-truong-hoc"');

    const sent = await appFetch('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: ORIGIN, 'cf-connecting-ip': nextIp() },
      body: new URLSearchParams({
        url: 'https://example.com/tin-don-truong-hoc',
        description: 'Tin đồn: trường học ở Đà Nẵng cho học sinh nghỉ cả tuần vì dịch lạ.',
        category: 'false_news',
      }).toString(),
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toMatch(/^\/report\/[A-Za-z0-9_-]{43}$/);
  });
});
