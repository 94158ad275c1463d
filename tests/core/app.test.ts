import { describe, expect, it } from 'vitest';
import { fetchApp } from '../helpers/http';

describe('GET /api/health', () => {
  it('answers ok with the deployed version', async () => {
    const res = await fetchApp('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: '0.1.0' });
  });

  it('carries a request id and the security headers', async () => {
    const res = await fetchApp('/api/health');
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});

describe('unknown routes', () => {
  it('answer 404 as application/problem+json', async () => {
    const res = await fetchApp('/api/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.json<Record<string, unknown>>();
    expect(body).toMatchObject({ status: 404, title: 'Not found', code: 'NOT_FOUND', type: '/problems/not-found' });
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('answer browsers with an HTML page in Vietnamese by default', async () => {
    const res = await fetchApp('/khong-co', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('Không tìm thấy trang');
  });
});
