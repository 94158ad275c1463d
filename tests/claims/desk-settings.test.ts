import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimThresholds, DEFAULT_THRESHOLDS } from '../../workers/claims/claim-settings';
import { createDb } from '../../workers/core/db';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';

let national: TestUser;
let admin: TestUser;
let hcmEditor: TestUser;
let contributor: TestUser;

beforeAll(async () => {
  national = await signedInAs('editor', { provinceCode: null });
  admin = await signedInAs('admin');
  hcmEditor = await signedInAs('editor', { provinceCode: 'HCM' });
  contributor = await signedInAs('contributor', { provinceCode: null });
});

const good = { lexical: { candidate: 0.4, high: 0.65 }, semantic: { candidate: 0.82, high: 0.92 } };
type Problem = { errors?: { path: string; message: string }[] };

describe('claim matching thresholds', () => {
  it('reads the defaults, then a national editor changes them: stored, audited, used at once', async () => {
    const first = await readJson(await fetchApp('/api/settings/claims', { headers: hcmEditor.headers }));
    expect(first).toMatchObject({ ...DEFAULT_THRESHOLDS, semanticEnabled: false, canChange: false, updatedAt: null });

    const res = await sendJson('PUT', '/api/settings/claims', good, national.headers);
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ ...good, canChange: true });
    expect(await claimThresholds(createDb(env.DB))).toEqual(good);
    const audit = await env.DB.prepare("SELECT before, after FROM audit_log WHERE action = 'settings.update' ORDER BY id DESC").first<{ before: string; after: string }>();
    expect(JSON.parse(audit?.after ?? '{}')).toEqual({ lexicalCandidate: 0.4, lexicalHigh: 0.65, semanticCandidate: 0.82, semanticHigh: 0.92 });

    expect((await sendJson('PUT', '/api/settings/claims', { ...good, lexical: { candidate: 0.4, high: 0.7 } }, admin.headers)).status).toBe(200);
    const page = await (await fetchApp('/editor/settings/claims', { headers: { ...national.headers, accept: 'text/html' } })).text();
    expect(page).toContain('value="0,4"');
    expect(page).toContain('Ngưỡng so khớp nội dung');
  });

  it('refuses out-of-range values and a candidate above high, naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ ...good, semantic: { candidate: 1.5, high: 0.9 } }, 'semantic.candidate'],
      [{ ...good, lexical: { candidate: 0.7, high: 0.5 } }, 'lexical.high'],
      [{ ...good, lexical: { candidate: '0.3', high: 0.5 } }, 'lexical.candidate'],
      [{ lexical: good.lexical }, 'semantic'],
    ];
    for (const [body, path] of cases) {
      const res = await sendJson('PUT', '/api/settings/claims', body, national.headers);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await readJson<Problem>(res)).errors?.map((e) => e.path)).toContain(path);
    }
  });

  it('provincial editors and contributors cannot change them', async () => {
    const before = await claimThresholds(createDb(env.DB));
    expect((await sendJson('PUT', '/api/settings/claims', good, hcmEditor.headers)).status).toBe(403);
    expect((await sendJson('PUT', '/api/settings/claims', good, contributor.headers)).status).toBe(403);
    expect((await fetchApp('/api/settings/claims', { headers: contributor.headers })).status).toBe(403);
    const form = await fetchApp('/editor/settings/claims', {
      method: 'POST',
      headers: { ...hcmEditor.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'lexical.candidate': '0,1', 'lexical.high': '0,2', 'semantic.candidate': '0,5', 'semantic.high': '0,6' }).toString(),
      redirect: 'manual',
    });
    expect(form.status).toBe(403);
    expect(await claimThresholds(createDb(env.DB))).toEqual(before);
    const readOnly = await (await fetchApp('/editor/settings/claims', { headers: { ...hcmEditor.headers, accept: 'text/html' } })).text();
    expect(readOnly).toContain('Chỉ quản trị viên và biên tập viên toàn quốc');
    expect(readOnly).not.toContain('Lưu ngưỡng');
  });

  it('the form takes a decimal comma, and a refusal keeps every typed value with the message at the field', async () => {
    const post = (fields: Record<string, string>) =>
      fetchApp('/editor/settings/claims', {
        method: 'POST',
        headers: { ...national.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
      });
    const ok = await post({ 'lexical.candidate': '0,33', 'lexical.high': '0.66', 'semantic.candidate': '0,8', 'semantic.high': '0,95' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/editor/settings/claims?saved=1');
    expect((await claimThresholds(createDb(env.DB))).lexical).toEqual({ candidate: 0.33, high: 0.66 });

    const bad = await post({ 'lexical.candidate': '0,9', 'lexical.high': '0,5', 'semantic.candidate': 'nhiều', 'semantic.high': '0,95' });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('value="nhiều"');
    expect(html).toContain('value="0,9"');
    expect(html).toContain('Nhập một số từ 0 đến 1');
    expect(html).toContain('aria-invalid="true"');
    const order = await post({ 'lexical.candidate': '0,9', 'lexical.high': '0,5', 'semantic.candidate': '0,8', 'semantic.high': '0,95' });
    expect(order.status).toBe(400);
    const orderHtml = await order.text();
    expect(orderHtml).toContain('Ngưỡng tự động phải lớn hơn hoặc bằng ngưỡng gợi ý.');
    expect(orderHtml).toContain('id="threshold-lexical-high" name="lexical.high" maxlength="8" value="0,5" aria-describedby="threshold-lexical-high-hint threshold-lexical-high-error" aria-invalid="true"');
    expect((await claimThresholds(createDb(env.DB))).lexical).toEqual({ candidate: 0.33, high: 0.66 });
  });
});
