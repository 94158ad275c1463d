import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../workers/core/db';
import { loadToneRules, toneFindings } from '../../workers/check/tone';
import { BUILTIN_TONE_RULES } from '../../workers/check/tone-words';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';

let editor: TestUser;
let hcmEditor: TestUser;
let contributor: TestUser;
let member: TestUser;

beforeAll(async () => {
  editor = await signedInAs('editor', { provinceCode: null });
  hcmEditor = await signedInAs('editor', { provinceCode: 'HCM' });
  contributor = await signedInAs('contributor', { provinceCode: null });
  member = await signedInAs('member');
});

type ToneJson = { words: { word: string; calmer: string }[]; builtin: { word: string; calmer: string }[]; updatedAt: string | null };
type Problem = { errors?: { path: string; message: string }[] };

const postForm = (user: TestUser, words: string) =>
  fetchApp('/editor/settings/tone', {
    method: 'POST',
    headers: { ...user.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ words }).toString(),
    redirect: 'manual',
  });

describe('the tone list: editors extend it', () => {
  it('starts with the built-in list only; an editor adds a word, it is stored, audited and used by the check at once', async () => {
    const db = createDb(env.DB);
    const first = await readJson<ToneJson>(await fetchApp('/api/settings/tone', { headers: hcmEditor.headers }));
    expect(first.words).toEqual([]);
    expect(first.builtin.length).toBe(BUILTIN_TONE_RULES.length);
    expect(first.updatedAt).toBeNull();
    expect(toneFindings('Lại là đồ bịp bợm', await loadToneRules(db))).toEqual([]);

    const res = await sendJson('PUT', '/api/settings/tone', { words: [{ word: 'đồ bịp bợm', calmer: 'người đưa tin sai' }] }, hcmEditor.headers);
    expect(res.status).toBe(200);
    const saved = await readJson<ToneJson>(res);
    expect(saved.words).toEqual([{ word: 'đồ bịp bợm', calmer: 'người đưa tin sai' }]);
    expect(saved.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    const rules = await loadToneRules(db);
    // With and without accents, as the built-in words.
    expect(toneFindings('Lại là đồ bịp bợm', rules)).toEqual([{ kind: 'tone', signal: 'insult', matches: ['đồ bịp bợm'], suggestions: ['người đưa tin sai'] }]);
    expect(toneFindings('lai la do bip bom', rules)[0]?.matches).toEqual(['do bip bom']);

    const audit = await env.DB.prepare("SELECT actor_id, target, before, after FROM audit_log WHERE action = 'settings.tone.update' ORDER BY id DESC").first<{
      actor_id: string;
      target: string;
      before: string;
      after: string;
    }>();
    expect(audit?.actor_id).toBe(hcmEditor.id);
    expect(audit?.target).toBe('settings:tone');
    expect(JSON.parse(audit?.after ?? '{}')).toEqual({ toneAdded: ['đồ bịp bợm = người đưa tin sai'], toneRemoved: [] });
  });

  it('refuses a malformed list with a problem naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ words: [{ word: 'x', calmer: 'ổn' }] }, 'words.0.word'],
      [{ words: [{ word: 'đồ tồi', calmer: '' }] }, 'words.0.calmer'],
      [{ words: [{ word: 'đồ tồi', calmer: 'ổn', extra: 1 }] }, 'words.0.extra'],
      [{ words: 'đồ tồi' }, 'words'],
      [{ words: Array.from({ length: 301 }, (_, i) => ({ word: `từ ${i}`, calmer: 'ổn' })) }, 'words'],
    ];
    for (const [body, path] of cases) {
      const res = await sendJson('PUT', '/api/settings/tone', body, editor.headers);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await readJson<Problem>(res)).errors?.map((e) => e.path)).toContain(path);
    }
  });

  it('contributors and members can neither read nor change it', async () => {
    const db = createDb(env.DB);
    const before = await loadToneRules(db);
    for (const user of [contributor, member]) {
      expect((await fetchApp('/api/settings/tone', { headers: user.headers })).status).toBe(403);
      expect((await sendJson('PUT', '/api/settings/tone', { words: [{ word: 'đồ tồi', calmer: 'ổn' }] }, user.headers)).status).toBe(403);
      expect((await fetchApp('/editor/settings/tone', { headers: { ...user.headers, accept: 'text/html' } })).status).toBe(403);
      expect((await postForm(user, 'đồ tồi = người làm sai')).status).toBe(403);
    }
    expect(await loadToneRules(db)).toEqual(before);
  });

  it('the page form saves one word per line, and a refused line is named next to the field with everything typed kept', async () => {
    const ok = await postForm(editor, 'đồ bịp bợm = người đưa tin sai\n\nlũ xảo trá = những người chưa trung thực\n');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/editor/settings/tone?saved=1');
    const page = await (await fetchApp('/editor/settings/tone?saved=1', { headers: { ...editor.headers, accept: 'text/html' } })).text();
    expect(page).toContain('Đã lưu danh sách từ.');
    expect(page).toContain('lũ xảo trá = những người chưa trung thực');
    expect(page).toContain('óc chó'); // the built-in list is shown

    const typed = 'đồ bịp bợm = người đưa tin sai\nthằng <b>láo</b> không dấu bằng\nx = ổn';
    const bad = await postForm(editor, typed);
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('Dòng 2: viết “từ = cách nói ôn hòa hơn”.');
    expect(html).toContain('Dòng 3: từ cần tránh dài 2–60 ký tự và có chữ cái.');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('thằng &lt;b&gt;láo&lt;/b&gt; không dấu bằng');
    expect(html).not.toContain('<b>láo</b>');
    // Nothing saved from the refused form.
    expect((await loadToneRules(createDb(env.DB))).some((r) => r.word === 'lũ xảo trá')).toBe(true);
    expect((await loadToneRules(createDb(env.DB))).some((r) => r.word === 'x')).toBe(false);

    const en = await (await fetchApp('/editor/settings/tone?lang=en', { headers: { ...editor.headers, accept: 'text/html' } })).text();
    expect(en).toContain('Words to rewrite');
  });

  it('ignores a malformed stored row: the built-in list still applies', async () => {
    await env.DB.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('check.tone.extra', '{not json', 1) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run();
    const rules = await loadToneRules(createDb(env.DB));
    expect(rules).toEqual(BUILTIN_TONE_RULES);
    expect(toneFindings('đồ ngu', rules)).toHaveLength(1);
  });
});
