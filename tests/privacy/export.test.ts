import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeholderEmail } from '../../workers/users/identity';
import { getPage } from '../auth/account-helpers';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { personWithHistory, type Person } from './fixtures';

type Export = {
  exportedAt: string;
  profile: { id: string; name: string; email: string | null; phone: string | null; role: string; roleName: string; provinceName: string | null; unit: string | null; createdAt: string };
  deletionRequest: { requested: boolean; requestedAt: string | null };
  sessions: { device: string; createdAt: string; lastSeenAt: string; thisDevice: boolean }[];
  apiTokens: { label: string; createdAt: string }[];
  shares: { story: { title: string; slug: string }; channel: string; channelName: string; createdAt: string; clicks: number }[];
  storiesWritten: { title: string; slug: string; status: string; statusName: string }[];
  notices: { story: { title: string }; kind: string; note: string }[];
  reports: { linkedToAccount: boolean };
  savedStories: { storedOnServer: boolean };
};

let person: Person;
beforeAll(async () => {
  person = await personWithHistory();
});

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('GET /api/me/export', () => {
  it('is a private JSON download named for the day', async () => {
    const res = await fetchApp('/api/me/export', { headers: person.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="lantoa-du-lieu-cua-toi-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers.get('cache-control')).toContain('no-store');
  });

  it('holds the profile, sessions, shares with clicks, stories written, notices and tokens, dates in ISO', async () => {
    const data = await readJson<Export>(await fetchApp('/api/me/export', { headers: person.headers }));
    expect(data.exportedAt).toMatch(ISO);
    expect(data.profile).toMatchObject({ id: person.id, name: person.name, email: person.email, phone: person.phone, role: 'member', roleName: 'Thành viên', provinceName: 'Đà Nẵng', unit: person.unitPath });
    expect(data.profile.createdAt).toMatch(ISO);
    expect(data.deletionRequest).toEqual({ requested: false, requestedAt: null });
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]).toMatchObject({ thisDevice: true });
    expect(data.sessions[0]?.lastSeenAt).toMatch(ISO);
    expect(data.shares.map((s) => [s.channel, s.clicks]).sort()).toEqual([['facebook', 3], ['zalo', 7]]);
    expect(data.shares[0]?.story.title).toContain('Câu chuyện được chia sẻ');
    expect(data.shares.find((s) => s.channel === 'zalo')?.channelName).toBe('Zalo');
    expect(data.storiesWritten).toEqual([expect.objectContaining({ slug: person.storySlug, status: 'submitted', statusName: expect.any(String) })]);
    expect(data.storiesWritten[0]?.statusName).not.toBe('submitted');
    expect(data.notices).toEqual([expect.objectContaining({ kind: 'corrected', note: 'Sửa số liệu' })]);
    expect(data.apiTokens).toEqual([expect.objectContaining({ label: 'Ứng dụng riêng' })]);
    expect(data.reports.linkedToAccount).toBe(false);
    expect(data.savedStories.storedOnServer).toBe(false);
  });

  it('never carries a password hash, a session or token hash, or a link’s hash', async () => {
    const text = await (await fetchApp('/api/me/export', { headers: person.headers })).text();
    const hashes = await env.DB.prepare(
      `SELECT password_hash AS h FROM users WHERE id = ?1 UNION ALL SELECT token_hash FROM sessions WHERE user_id = ?1
       UNION ALL SELECT token_hash FROM api_tokens WHERE user_id = ?1 UNION ALL SELECT token_hash FROM account_links WHERE user_id = ?1`,
    )
      .bind(person.id)
      .all<{ h: string }>();
    expect(hashes.results.length).toBeGreaterThanOrEqual(4);
    for (const { h } of hashes.results) expect(text).not.toContain(h);
    expect(text).not.toContain(person.headers.cookie!.split('=')[1]!);
    expect(text).not.toMatch(/pbkdf2|password|tokenHash|token_hash/i);
  });

  it('gives a phone-only account’s email as null, never the placeholder address', async () => {
    const phone = '+84912000111';
    const member = await signedInAs('member', { email: placeholderEmail(phone), phone });
    const text = await (await fetchApp('/api/me/export', { headers: member.headers })).text();
    expect(text).not.toContain('phone.invalid');
    const data = JSON.parse(text) as Export;
    expect(data.profile.email).toBeNull();
    expect(data.profile.phone).toBe(phone);
  });

  it('is for signed-in people only, and in English with ?lang=en', async () => {
    expect((await fetchApp('/api/me/export')).status).toBe(401);
    const data = await readJson<Export>(await fetchApp('/api/me/export?lang=en', { headers: person.headers }));
    expect(data.profile.roleName).toBe('Member');
  });

  it('has a button on /account', async () => {
    const html = await (await getPage('/account', person.headers)).text();
    expect(html).toMatch(/<a class="button secondary" href="\/api\/me\/export" download="">Tải dữ liệu của tôi<\/a>/);
  });
});
