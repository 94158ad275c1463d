// Short codes read aloud: issued with every report, shown on the receipt page,
// and found again at /tra-cuu however they are typed.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { codeHash, normaliseCode } from '../../workers/reports/receipt';
import { fetchApp, ORIGIN } from '../helpers/http';
import { createReport, nextIp, validReport } from './helpers';

const CODE = /^LT-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;

async function page(path: string, ip = nextIp()) {
  const res = await fetchApp(path, { headers: { accept: 'text/html', 'cf-connecting-ip': ip } });
  return { res, html: await res.text() };
}

describe('a report comes with a short code', () => {
  it('answers JSON 201 with a code beside the receipt, and stores only its hash', async () => {
    const answer = await createReport(validReport({ url: 'https://example.com/code-json' }));
    expect(answer.code).toMatch(CODE);
    const row = await env.DB.prepare('SELECT code_hash FROM reports WHERE id = ?').bind(answer.id).first<{ code_hash: string }>();
    expect(row?.code_hash).toBe(await codeHash(answer.code ?? ''));
    expect(row?.code_hash).not.toContain((answer.code ?? '').slice(3, 7));
  });

  it('shows the code, the private link and a copy button on the receipt page', async () => {
    const answer = await createReport(validReport({ url: 'https://example.com/code-page' }));
    const { res, html } = await page(`/report/${answer.receipt}`);
    expect(res.status).toBe(200);
    expect(html).toContain(`<strong class="receipt-code" lang="en">${answer.code}</strong>`);
    expect(html).toContain(`value="${ORIGIN}/report/${answer.receipt}"`);
    expect(html).toContain('data-copy="receipt-link"');
    expect(html).toMatch(/<script src="\/v\/[0-9a-f]{10}\/js\/copy-link\.js" defer/);
  });

  it('gives a retried request (same Idempotency-Key) the same code', async () => {
    const headers = { 'idempotency-key': 'code-retry-0001' };
    const first = await createReport(validReport({ url: 'https://example.com/code-retry' }), headers);
    const again = await createReport(validReport({ url: 'https://example.com/code-retry' }), headers);
    expect(again.code).toBe(first.code);
    expect(again.receipt).toBe(first.receipt);
  });

  it('gives a report from before codes its code the first time its receipt page opens, the same code after', async () => {
    const answer = await createReport(validReport({ url: 'https://example.com/code-old' }));
    await env.DB.prepare('UPDATE reports SET code_hash = NULL WHERE id = ?').bind(answer.id).run();
    const first = (await page(`/report/${answer.receipt}`)).html.match(/class="receipt-code" lang="en">([^<]+)</)?.[1];
    const second = (await page(`/report/${answer.receipt}`)).html.match(/class="receipt-code" lang="en">([^<]+)</)?.[1];
    expect(first).toMatch(CODE);
    expect(second).toBe(first);
    expect((await page(`/tra-cuu?ma=${first}`)).res.status).toBe(200);
  });
});

describe('looking a report up by its code', () => {
  it('finds it however the code is typed: lower case, spaces, no dashes, no prefix', async () => {
    const answer = await createReport(validReport({ url: 'https://example.com/code-typed' }));
    const code = answer.code ?? '';
    const body = code.slice(3).replace('-', '');
    for (const typed of [code, code.toLowerCase(), `lt ${body.slice(0, 4)} ${body.slice(4)}`, body, ` ${body.toLowerCase()} `]) {
      const { res, html } = await page(`/tra-cuu?ma=${encodeURIComponent(typed)}`);
      expect(res.status, typed).toBe(200);
      expect(html).toContain(code);
      expect(html).toContain('https://example.com/code-typed');
      expect(res.headers.get('cache-control')).toContain('no-store');
      expect(res.headers.get('x-robots-tag')).toContain('noindex');
    }
    // Typed into the address bar instead of the form.
    expect((await page(`/report/${code.toLowerCase()}`)).res.status).toBe(200);
  });

  it('shows the lookup form on its own page and under the report form', async () => {
    const lookup = await page('/tra-cuu');
    expect(lookup.res.status).toBe(200);
    expect(lookup.html).toContain('<form class="lookup-form" method="get" action="/tra-cuu"');
    expect((await page('/report')).html).toContain('action="/tra-cuu"');
  });

  it('heads the page with where the case is: received, checked, verdict in words, rebuttal published', async () => {
    const answer = await createReport(validReport({ url: 'https://example.com/code-heading' }));
    const heading = async () => (await page(`/tra-cuu?ma=${answer.code}`)).html.match(/<h1>([^<]+)<\/h1>/)?.[1];
    expect(await heading()).toBe('Đã nhận báo cáo của bạn');
    await env.DB.prepare("UPDATE cases SET status = 'reviewing' WHERE id = ?").bind(answer.caseId).run();
    expect(await heading()).toBe('Báo cáo của bạn đang được kiểm chứng');
    await env.DB.prepare("UPDATE cases SET status = 'misleading', verdict_summary = 'Ảnh cũ.', verdict_at = 1 WHERE id = ?").bind(answer.caseId).run();
    expect(await heading()).toBe('Đã có kết luận: Gây hiểu lầm');
    await env.DB.prepare(
      "INSERT INTO stories (slug, title, summary, category_code, province_code, status, published_at, created_at, updated_at) VALUES ('phan-bac-ma', 'Phản bác theo mã', '', 'rebuttal', 'HNI', 'published', 1, 0, 0)",
    ).run();
    await env.DB.prepare("UPDATE cases SET rebuttal_story_id = (SELECT id FROM stories WHERE slug = 'phan-bac-ma') WHERE id = ?").bind(answer.caseId).run();
    expect(await heading()).toBe('Đã đăng bài phản bác');
    const en = (await page(`/tra-cuu?ma=${answer.code}&lang=en`)).html;
    expect(en).toContain('<h1>A rebuttal has been published</h1>');
  });
});

describe('normaliseCode', () => {
  it('accepts any case and separators, and refuses symbols the alphabet does not have', () => {
    expect(normaliseCode('lt-7k3m-9qxa')).toBe('LT-7K3M-9QXA');
    expect(normaliseCode('7K3M 9QXA')).toBe('LT-7K3M-9QXA');
    expect(normaliseCode('LT7K3M9QXA')).toBe('LT-7K3M-9QXA');
    // 8 symbols that happen to start with LT are a code without its prefix.
    expect(normaliseCode('LTAB-CDEF')).toBe('LT-LTAB-CDEF');
    for (const bad of ['LT-7K3M-9QX0', 'LT-7K3M-9QXO', 'LT-7K3M-9QX1', 'LT-7K3M-9QXI', 'LT-7K3M-9QX', 'LT-7K3M-9QXAB', '', 'Đ-7K3M-9QXA']) {
      expect(normaliseCode(bad), bad).toBeNull();
    }
  });
});
