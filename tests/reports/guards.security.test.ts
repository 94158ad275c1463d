import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../workers/app';
import { reportsGuards } from '../security/guards/reports';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, ORIGIN } from '../helpers/http';
import { createReport, validReport } from './helpers';

const ours = (path: string) => /^\/(api\/reports|api\/cases|report|editor\/cases)(\/|$)/.test(path);

let users: Record<'member' | 'contributor' | 'editor' | 'admin', TestUser>;

beforeAll(async () => {
  users = {
    member: await signedInAs('member'),
    contributor: await signedInAs('contributor'),
    editor: await signedInAs('editor'),
    admin: await signedInAs('admin'),
  };
  // Case 1 and report 1 exist, so an allowed caller gets past the guard to a real answer.
  await createReport(validReport({ url: 'https://example.com/guarded' }));
});

function probe(method: string, path: string, headers: Record<string, string> = {}) {
  const unsafe = method !== 'GET';
  return fetchApp(path, {
    method,
    headers: { origin: ORIGIN, accept: 'application/json', ...(unsafe ? { 'content-type': 'application/json' } : {}), ...headers },
    body: unsafe ? '{}' : undefined,
  });
}

describe('route guards for reports and cases', () => {
  it('lists every route these domains register, and nothing they do not', () => {
    const registered = new Set(
      createApp()
        .routes.filter((r) => r.method !== 'ALL' && ours(r.path))
        .map((r) => `${r.method} ${r.path}`),
    );
    const listed = new Set(reportsGuards.map((g) => `${g.method} ${g.path}`));
    expect([...registered].sort()).toEqual([...listed].sort());
  });

  const guarded = reportsGuards.filter((g) => g.access !== 'public');

  it.each(guarded.map((g) => [`${g.method} ${g.example}`, g] as const))('%s refuses anonymous callers with 401', async (_name, g) => {
    expect((await probe(g.method, g.example)).status).toBe(401);
  });

  it.each(guarded.map((g) => [`${g.method} ${g.example}`, g] as const))('%s refuses members and contributors with 403', async (_name, g) => {
    expect((await probe(g.method, g.example, users.member.headers)).status).toBe(403);
    expect((await probe(g.method, g.example, users.contributor.headers)).status).toBe(403);
  });

  it.each(guarded.map((g) => [`${g.method} ${g.example}`, g] as const))('%s lets editors and admins through the guard', async (_name, g) => {
    for (const who of [users.editor, users.admin]) {
      const status = (await probe(g.method, g.example, who.headers)).status;
      expect(status, `${who.role}`).not.toBe(401);
      expect(status, `${who.role}`).not.toBe(403);
      expect(status).toBeLessThan(500);
    }
  });

  it('refuses a cookie-authenticated editor form post from another site', async () => {
    const res = await probe('POST', '/editor/cases/1', { ...users.editor.headers, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });
});
