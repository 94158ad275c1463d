import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../workers/core/crypto';
import { ERASED_NAME, erasedEmail } from '../../workers/privacy/erase';
import { formatPhone } from '../../workers/users/phone';
import { getPage, postForm } from '../auth/account-helpers';
import { freshIp, login } from '../auth/login-helpers';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { PASSWORD, personWithHistory, type Person } from './fixtures';

// Request → an admin confirms → the person is gone from every table: each table of the
// schema is read whole and searched for their name, email and phone. Shares stay as counts.

let admin: TestUser; // national
let person: Person;

type Counts = { shares: number; clicks: number; links: number; linkClicks: number };
async function shareCounts(): Promise<Counts> {
  const daily = await env.DB.prepare("SELECT sum(shares) AS shares, sum(clicks) AS clicks FROM share_stats_daily WHERE province_code = 'DNG'").first<{ shares: number; clicks: number }>();
  const links = await env.DB.prepare('SELECT count(*) AS links, sum(clicks) AS linkClicks FROM share_links WHERE unit_id = ?').bind(person.unitId).first<{ links: number; linkClicks: number }>();
  return { shares: daily!.shares, clicks: daily!.clicks, links: links!.links, linkClicks: links!.linkClicks };
}

/** Every row of every table (FTS shadow tables included), as text, to search for what must be gone. */
async function wholeDatabase(): Promise<Record<string, string>> {
  const tables = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations'").all<{ name: string }>();
  const out: Record<string, string> = {};
  for (const { name } of tables.results) {
    const rows = await env.DB.prepare(`SELECT * FROM "${name}"`).all();
    out[name] = JSON.stringify(rows.results);
  }
  return out;
}

let before: Counts;
let erasedResponse: Response;

beforeAll(async () => {
  admin = await signedInAs('admin', { provinceCode: null });
  person = await personWithHistory();
  before = await shareCounts();
  // A wrong password typed with the phone number: a sign-in counter keyed by the number.
  expect((await login(person.phone, 'not-the-password', freshIp())).status).toBe(401);
  expect((await sendJson('POST', '/api/me/deletion', { password: PASSWORD }, person.headers)).status).toBe(200);
});

describe('an admin sees the request and confirms it', () => {
  it('/editor/users lists the pending request with a confirm button named for the person', async () => {
    const html = await (await getPage('/editor/users', admin.headers)).text();
    expect(html).toContain('Yêu cầu xoá tài khoản đang chờ');
    expect(html).toContain(`action="/editor/users/${person.id}/erase"`);
    expect(html).toContain(`aria-label="Xác nhận xoá tài khoản của ${person.name}"`);
    const { users } = await readJson<{ users: { id: string; deletionRequestedAt: string | null }[] }>(await fetchApp('/api/users', { headers: admin.headers }));
    expect(users.find((u) => u.id === person.id)?.deletionRequestedAt).toMatch(/Z$/);
  });

  it('is refused from another site (CSRF), leaving the account as it was', async () => {
    const res = await sendJson('POST', `/api/users/${person.id}/erase`, {}, { ...admin.headers, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const form = await postForm(`/editor/users/${person.id}/erase`, {}, { ...admin.headers, origin: 'https://evil.example' });
    expect(form.status).toBe(403);
    expect((await env.DB.prepare('SELECT erased_at FROM users WHERE id = ?').bind(person.id).first<{ erased_at: number | null }>())?.erased_at).toBeNull();
  });

  it('is refused to an editor and to a member (the person themself included)', async () => {
    const editor = await signedInAs('editor', { provinceCode: null });
    expect((await sendJson('POST', `/api/users/${person.id}/erase`, {}, editor.headers)).status).toBe(403);
    expect((await sendJson('POST', `/api/users/${person.id}/erase`, {}, person.headers)).status).toBe(403);
  });

  it('the confirmation answers with what was done', async () => {
    erasedResponse = await sendJson('POST', `/api/users/${person.id}/erase`, {}, admin.headers);
    expect(erasedResponse.status).toBe(200);
    const { erased } = await readJson<{ erased: { id: string; sessionsEnded: number; sharesKept: number } }>(erasedResponse);
    expect(erased).toMatchObject({ id: person.id, sessionsEnded: 1, sharesKept: 2 });
  });
});

describe('after erasure', () => {
  it('the row stays, blank: the erased name, a reserved address, no phone or unit, disabled, erased_at set', async () => {
    const row = await env.DB.prepare('SELECT * FROM users WHERE id = ?').bind(person.id).first<Record<string, unknown>>();
    expect(row).toMatchObject({ name: ERASED_NAME, email: erasedEmail(person.id), phone: null, unit: null, unit_id: null, province_code: 'DNG' });
    expect(row?.disabled_at).toEqual(expect.any(Number));
    expect(row?.erased_at).toEqual(expect.any(Number));
    expect(String(row?.password_hash)).not.toMatch(/^pbkdf2/);
  });

  it('nothing in any table names them: not their name, email or phone', async () => {
    const db = await wholeDatabase();
    expect(Object.keys(db)).toEqual(expect.arrayContaining(['users', 'sessions', 'api_tokens', 'account_links', 'member_notices', 'share_links', 'reports', 'audit_log', 'rate_counters']));
    const traces = [person.name, person.email, person.phone, formatPhone(person.phone), person.phone.slice(1)];
    for (const [table, text] of Object.entries(db)) {
      for (const trace of traces) expect(text.includes(trace), `${table} still holds ${trace}`).toBe(false);
    }
  });

  it('the sign-in counter their phone number keyed is gone too (a hash of the number is still theirs)', async () => {
    const key = `login:acct:${await sha256Hex(person.phone)}`;
    expect(await env.DB.prepare('SELECT count(*) AS n FROM rate_counters WHERE key = ?').bind(key).first<{ n: number }>().then((r) => r?.n)).toBe(0);
  });

  it('their sessions, tokens, links and notices are gone; their shares no longer point at them', async () => {
    const count = (sql: string) => env.DB.prepare(sql).bind(person.id).first<{ n: number }>().then((r) => r?.n);
    expect(await count('SELECT count(*) AS n FROM sessions WHERE user_id = ?')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM api_tokens WHERE user_id = ?')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM account_links WHERE user_id = ?')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM member_notices WHERE user_id = ?')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM share_links WHERE user_id = ?')).toBe(0);
    expect(await count("SELECT count(*) AS n FROM share_links WHERE instr(reuse_key, ?) > 0")).toBe(0);
  });

  it('every share and click still counts, for the unit and the province', async () => {
    expect(await shareCounts()).toEqual(before);
    expect(before).toEqual({ shares: 2, clicks: 10, links: 2, linkClicks: 10 });
  });

  it('they cannot sign in, and their old session is dead', async () => {
    expect((await login(person.email, PASSWORD, freshIp())).status).toBe(401);
    expect((await login(erasedEmail(person.id), PASSWORD, freshIp())).status).toBe(401);
    expect((await fetchApp('/api/me/export', { headers: person.headers })).status).toBe(401);
  });

  it('they are in no list and can no longer be managed (404)', async () => {
    const { users } = await readJson<{ users: { id: string }[] }>(await fetchApp('/api/users', { headers: admin.headers }));
    expect(users.map((u) => u.id)).not.toContain(person.id);
    const page = await (await getPage('/editor/users', admin.headers)).text();
    expect(page).not.toContain(person.id);
    expect((await sendJson('PATCH', `/api/users/${person.id}`, { disabled: false }, admin.headers)).status).toBe(404);
    expect((await sendJson('POST', `/api/users/${person.id}/erase`, {}, admin.headers)).status).toBe(404);
    const members = await env.DB.prepare('SELECT count(*) AS n FROM users WHERE unit_id = ?').bind(person.unitId).first<{ n: number }>();
    expect(members?.n).toBe(0);
  });

  it('the story they wrote keeps its text, its author shown as an erased account', async () => {
    const story = await env.DB.prepare('SELECT s.title, u.name FROM stories s JOIN users u ON u.id = s.author_id WHERE s.id = ?').bind(person.storyId).first<{ title: string; name: string }>();
    expect(story?.title).toContain('Bài tôi viết');
    expect(story?.name).toBe(ERASED_NAME);
    const editor = await signedInAs('editor', { provinceCode: null });
    const review = await (await getPage(`/editor/stories/${person.storyId}/review`, editor.headers)).text();
    expect(review).toContain(ERASED_NAME);
    expect(review).not.toContain(person.name);
  });

  it('the erasure is audited without personal data', async () => {
    const entry = await env.DB.prepare("SELECT actor_id, after FROM audit_log WHERE action = 'user.erase' AND target = ?").bind(`user:${person.id}`).first<{ actor_id: string; after: string }>();
    expect(entry?.actor_id).toBe(admin.id);
    expect(JSON.parse(entry!.after)).toEqual({ erased: true, sessionsAndTokensEnded: true });
    const page = await (await getPage(`/editor/audit?target=user:${person.id}`, admin.headers)).text();
    expect(page).toMatch(/xác nhận xoá <span>tài khoản của Tài khoản đã xoá<\/span>/);
    expect(page).toContain('Đã xoá dữ liệu cá nhân');
    expect(page).not.toContain('Mục khác');
    expect(page).toContain(`${ERASED_NAME}</strong> yêu cầu xoá tài khoản của mình`);
    expect(page.replace(/data-action="[^"]*"/g, '')).not.toContain('user.erase');
    expect(page).not.toContain(person.name);
  });
});
