// A mistyped code or receipt gets a page that says so and offers the lookup form (404), never the generic 404.
import { describe, expect, it } from 'vitest';
import { fetchApp } from '../helpers/http';
import { nextIp } from './helpers';

async function page(path: string) {
  const res = await fetchApp(path, { headers: { accept: 'text/html', 'cf-connecting-ip': nextIp() } });
  return { res, html: await res.text() };
}

describe('a code or receipt that matches nothing', () => {
  it('answers a well-formed but unknown code with 404, the message and the form keeping what was typed', async () => {
    const { res, html } = await page('/tra-cuu?ma=lt-2222-2222');
    expect(res.status).toBe(404);
    expect(html).toContain('<h1>Không tìm thấy báo cáo</h1>');
    expect(html).toContain('value="lt-2222-2222"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('Không tìm thấy trang');
  });

  it('says what a code looks like when the typed text cannot be one (0, O, 1, I, wrong length)', async () => {
    for (const typed of ['LT-7K3M-9QX0', 'LT-IIII-OOOO', '12345']) {
      const { res, html } = await page(`/tra-cuu?ma=${encodeURIComponent(typed)}`);
      expect(res.status, typed).toBe(404);
      expect(html).toContain('Mã tra cứu gồm 8 ký tự sau chữ LT');
    }
  });

  it('answers a mistyped receipt link with the lookup page, not the generic 404', async () => {
    for (const path of [`/report/${'B'.repeat(43)}`, '/report/not-a-receipt', `/report/${'B'.repeat(42)}`]) {
      const { res, html } = await page(path);
      expect(res.status, path).toBe(404);
      expect(html).toContain('<h1>Không tìm thấy báo cáo</h1>');
      expect(html).toContain('action="/tra-cuu"');
      expect(res.headers.get('cache-control')).toContain('no-store');
    }
  });

  it('answers in English with ?lang=en', async () => {
    const { res, html } = await page('/tra-cuu?ma=LT-2222-2222&lang=en');
    expect(res.status).toBe(404);
    expect(html).toContain('<h1>Report not found</h1>');
  });

  it('refuses a code longer than any code could be with a 400 naming the field', async () => {
    const res = await fetchApp(`/tra-cuu?ma=${'A'.repeat(65)}`, { headers: { accept: 'application/json', 'cf-connecting-ip': nextIp() } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('ma');
  });
});
