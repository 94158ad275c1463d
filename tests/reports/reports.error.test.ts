import { describe, expect, it } from 'vitest';
import { fetchApp, ORIGIN, readJson } from '../helpers/http';
import { appFetch, nextIp, PNG_BYTES, postReport, rowCount, validReport } from './helpers';

type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

/** A 4xx problem document naming `path`, and nothing stored. */
async function expectRefused(res: Response, status: number, path: string, reportsBefore: number) {
  const body = await readJson<Problem>(res);
  expect(res.status, JSON.stringify(body)).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(body.errors?.map((e) => e.path), JSON.stringify(body)).toContain(path);
  expect(await rowCount('reports')).toBe(reportsBefore);
  return body;
}

function post(body: BodyInit, contentType: string | null, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { origin: ORIGIN, 'cf-connecting-ip': nextIp(), ...extra };
  if (contentType) headers['content-type'] = contentType;
  return fetchApp('/api/reports', { method: 'POST', headers, body });
}

function multipart(fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return fetchApp('/api/reports', { method: 'POST', body: form, headers: { origin: ORIGIN, accept: 'application/json', 'cf-connecting-ip': nextIp() } });
}

describe('POST /api/reports refuses malformed bodies', () => {
  it('answers malformed JSON with 400 naming the body', async () => {
    const before = await rowCount('reports');
    await expectRefused(await postReport('{"url": "https://example.com",'), 400, 'body', before);
  });

  it.each([['[]'], ['"just a string"'], ['42'], ['null']])('answers the JSON value %s with 400: a report is an object', async (json) => {
    const before = await rowCount('reports');
    await expectRefused(await postReport(json), 400, 'body', before);
  });

  it('answers a body that is not valid UTF-8 with 400 naming the body', async () => {
    const before = await rowCount('reports');
    const bytes = new Uint8Array([...new TextEncoder().encode('{"url":"https://example.com/'), 0xc3, 0x28, ...new TextEncoder().encode('","category":"other"}')]);
    await expectRefused(await post(bytes, 'application/json'), 400, 'body', before);
  });

  it('answers a lone UTF-16 surrogate in JSON text with 400 naming the field', async () => {
    const before = await rowCount('reports');
    await expectRefused(await postReport('{"url":"https://example.com/s","category":"other","description":"bad \\ud800 text"}'), 400, 'description', before);
  });

  it('answers an unsupported content type with 415', async () => {
    const before = await rowCount('reports');
    const body = await expectRefused(await post('url=https://example.com', 'text/plain'), 415, 'content-type', before);
    expect(body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a body without a content type with 415', async () => {
    const before = await rowCount('reports');
    await expectRefused(await post('{}', null), 415, 'content-type', before);
  });

  it('answers a JSON body over 64 KB with 413', async () => {
    const before = await rowCount('reports');
    const body = await expectRefused(await postReport(validReport({ description: 'x'.repeat(70 * 1024) })), 413, 'body', before);
    expect(body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a streamed body over the limit (no Content-Length) with 413', async () => {
    const before = await rowCount('reports');
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 6; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    // In this isolate (appFetch): through SELF the unread rest of the stream would be cut off noisily.
    const res = await appFetch('/api/reports', { method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': nextIp() }, body: stream });
    await expectRefused(res, 413, 'body', before);
  });

  it('answers malformed multipart with 400 naming the body', async () => {
    const before = await rowCount('reports');
    await expectRefused(await post('--nope\r\ngarbage', 'multipart/form-data; boundary=other'), 400, 'body', before);
  });
});

describe('POST /api/reports refuses bad fields, naming each', () => {
  it.each([
    ['url missing', { category: 'other' }, 'url'],
    ['url as a number', { url: 123, category: 'other' }, 'url'],
    ['empty url', { url: '   ', category: 'other' }, 'url'],
    ['category missing', { url: 'https://example.com' }, 'category'],
    ['unknown category', { url: 'https://example.com', category: 'fake' }, 'category'],
    ['category as an array', { url: 'https://example.com', category: ['scam'] }, 'category'],
    ['unknown platform', { url: 'https://example.com', category: 'other', platform: 'myspace' }, 'platform'],
    ['description as an object', { url: 'https://example.com', category: 'other', description: { a: 1 } }, 'description'],
    ['description over 2,000 characters', { url: 'https://example.com', category: 'other', description: 'ạ'.repeat(2001) }, 'description'],
    ['contact over 200 characters', { url: 'https://example.com', category: 'other', contact: 'a'.repeat(201) }, 'contact'],
    ['province that is not a code', { url: 'https://example.com', category: 'other', province: 'Hà Nội' }, 'province'],
    ['unknown province code', { url: 'https://example.com', category: 'other', province: 'XYZ' }, 'province'],
    ['province as a number', { url: 'https://example.com', category: 'other', province: 1 }, 'province'],
    ['screenshot inside JSON', { url: 'https://example.com', category: 'other', screenshot: 'iVBORw0KGgo=' }, 'screenshot'],
    ['malformed idempotencyKey', { url: 'https://example.com', category: 'other', idempotencyKey: 'short' }, 'idempotencyKey'],
  ])('%s → 400', async (_name, body, path) => {
    const before = await rowCount('reports');
    await expectRefused(await postReport(body), 400, path, before);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.com/a',
    'http://localhost:8787/',
    'http://127.0.0.1/admin',
    'http://192.168.0.1/',
    'http://10.0.0.8/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://router.local/',
    'https://user:secret@example.com/',
    `https://example.com/${'a'.repeat(2040)}`,
  ])('refuses the link %s with 400 naming url', async (url) => {
    const before = await rowCount('reports');
    await expectRefused(await postReport(validReport({ url })), 400, 'url', before);
  });

  it('refuses a malformed Idempotency-Key header with 400 naming it', async () => {
    const before = await rowCount('reports');
    await expectRefused(await postReport(validReport(), { 'idempotency-key': 'bad key with spaces' }), 400, 'Idempotency-Key', before);
  });
});

describe('POST /api/reports refuses bad form bodies', () => {
  it('refuses invalid percent-encoded UTF-8 in a form field, naming it', async () => {
    const before = await rowCount('reports');
    await expectRefused(await post('url=https%3A%2F%2Fexample.com&category=other&description=%FF%FE', 'application/x-www-form-urlencoded'), 400, 'description', before);
  });

  it('refuses a field sent twice', async () => {
    const before = await rowCount('reports');
    await expectRefused(await post('url=https%3A%2F%2Fa.com&url=https%3A%2F%2Fb.com&category=other', 'application/x-www-form-urlencoded'), 400, 'url', before);
  });

  it('refuses a screenshot that is not an image, whatever it claims to be', async () => {
    const before = await rowCount('reports');
    const fake = new File([new TextEncoder().encode('<svg onload="alert(1)"></svg>')], 'anh.png', { type: 'image/png' });
    await expectRefused(await multipart({ url: 'https://example.com/x', category: 'other', screenshot: fake }), 400, 'screenshot', before);
  });

  it('refuses a screenshot over 5 MB with 413 naming the screenshot', async () => {
    const before = await rowCount('reports');
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG_BYTES);
    const res = await multipart({ url: 'https://example.com/x', category: 'other', screenshot: new File([big], 'big.png') });
    await expectRefused(res, 413, 'screenshot', before);
  });

  it('refuses a multipart body far over the limit with 413', async () => {
    const before = await rowCount('reports');
    const huge = new Uint8Array(6 * 1024 * 1024);
    huge.set(PNG_BYTES);
    await expectRefused(await multipart({ url: 'https://example.com/x', category: 'other', screenshot: new File([huge], 'huge.png') }), 413, 'screenshot', before);
  });

  it('refuses text sent as the screenshot and a file sent as text', async () => {
    const before = await rowCount('reports');
    await expectRefused(await multipart({ url: 'https://example.com/x', category: 'other', screenshot: 'not a file' }), 400, 'screenshot', before);
    await expectRefused(await multipart({ url: 'https://example.com/x', category: 'other', description: new File([PNG_BYTES], 'a.png') }), 400, 'description', before);
  });

  it('refuses invalid UTF-8 inside a multipart text field', async () => {
    const before = await rowCount('reports');
    const boundary = 'lantoa-boundary';
    const enc = new TextEncoder();
    const body = new Uint8Array([
      ...enc.encode(`--${boundary}\r\nContent-Disposition: form-data; name="url"\r\n\r\nhttps://example.com/x\r\n`),
      ...enc.encode(`--${boundary}\r\nContent-Disposition: form-data; name="category"\r\n\r\nother\r\n`),
      ...enc.encode(`--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\nbad `),
      0xff,
      0xfe,
      ...enc.encode(`\r\n--${boundary}--\r\n`),
    ]);
    await expectRefused(await post(body, `multipart/form-data; boundary=${boundary}`, { accept: 'application/json' }), 400, 'description', before);
  });
});

describe('the report form without JavaScript', () => {
  it('shows the form again with the typed values and field errors when a browser posts bad input', async () => {
    const res = await fetchApp('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: ORIGIN, 'cf-connecting-ip': nextIp() },
      body: new URLSearchParams({ url: 'javascript:alert(1)', description: 'Mô tả <b>của tôi</b>' }).toString(),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('Vui lòng sửa các mục sau');
    expect(html).toContain('Đường link không hợp lệ');
    expect(html).toContain('Hãy chọn nội dung này có vấn đề gì.');
    expect(html).toContain('Mô tả &lt;b&gt;của tôi&lt;/b&gt;');
    expect(html).toContain('aria-invalid="true"');
  });

  it('shows the form again with the screenshot error when a browser sends a picture over 5 MB', async () => {
    const form = new FormData();
    form.append('url', 'https://example.com/big-photo');
    form.append('category', 'other');
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(PNG_BYTES);
    form.append('screenshot', new File([big], 'photo.png'));
    const res = await fetchApp('/api/reports', { method: 'POST', body: form, headers: { accept: 'text/html', origin: ORIGIN, 'cf-connecting-ip': nextIp() } });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Ảnh chụp phải là JPEG, PNG hoặc WebP, tối đa 5 MB.');
  });
});

describe('GET /api/reports/:receipt', () => {
  it('answers a malformed receipt with 400 naming it', async () => {
    const res = await fetchApp('/api/reports/not-a-receipt');
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('receipt');
  });

  it('answers an unknown receipt with 404', async () => {
    const res = await fetchApp(`/api/reports/${'A'.repeat(43)}`);
    expect(res.status).toBe(404);
  });

  it('answers an unknown receipt page with a 404 page that offers the lookup form', async () => {
    const res = await fetchApp(`/report/${'B'.repeat(43)}`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Không tìm thấy báo cáo');
  });
});

describe('odd bodies never cause a 500', () => {
  it.each([
    ['application/json', '\u0000\u0001'],
    ['application/json', '{"url":{"$gt":""},"category":"other"}'],
    ['application/json', '{"__proto__":{"admin":true},"url":"https://example.com/proto","category":"other"}'],
    ['application/x-www-form-urlencoded', '%%%=%%%'],
    ['application/x-www-form-urlencoded', '&&&=&url'],
    ['multipart/form-data', 'no boundary at all'],
    ['application/vnd.api+json', '{"url":"https://example.com","category":"other","platform":null}'],
  ])('%s %j', async (type, body) => {
    const res = await post(body, type, { accept: 'application/json' });
    expect(res.status, await res.clone().text()).toBeLessThan(500);
  });
});
