import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { caseRow, createReport, rowCount, validReport } from './helpers';

let editor: TestUser;
let member: TestUser;

beforeAll(async () => {
  editor = await signedInAs('editor', { provinceCode: null });
  member = await signedInAs('member');
});

type Problem = { status: number; code: string; detail: string; currentState?: string; allowed?: string[]; errors?: { path: string; message: string }[] };

const patch = (id: number | string, body: unknown) => sendJson('PATCH', `/api/cases/${id}`, body, editor.headers);

async function newCase(url: string) {
  return (await createReport(validReport({ url }))).caseId;
}

describe('status transitions', () => {
  it('refuses a one-step verdict on a new case without its summary, changing and logging nothing', async () => {
    const id = await newCase('https://example.com/jump');
    const res = await patch(id, { status: 'false' });
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('verdictSummary');
    expect(await caseRow(id)).toMatchObject({ status: 'new', verdict_summary: null });
    expect(await env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE target = ?').bind(`case:${id}`).first<{ n: number }>()).toEqual({ n: 0 });
  });

  it('refuses to move a decided case to another verdict without reopening it', async () => {
    const id = await newCase('https://example.com/decided');
    await patch(id, { status: 'reviewing' });
    await patch(id, { status: 'misleading', verdictSummary: 'Cắt ghép.' });
    const res = await patch(id, { status: 'false' });
    expect(res.status).toBe(409);
    expect(await readJson<Problem>(res)).toMatchObject({ currentState: 'misleading', allowed: ['reviewing'] });
  });

  it('needs a verdict summary before a truth verdict', async () => {
    const id = await newCase('https://example.com/no-summary');
    await patch(id, { status: 'reviewing' });
    const res = await patch(id, { status: 'false' });
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('verdictSummary');
  });

  it('lets only one of several simultaneous, conflicting verdicts win', async () => {
    const id = await newCase('https://example.com/race');
    await patch(id, { status: 'reviewing', verdictSummary: 'Đã kiểm chứng.' });
    const verdicts = ['false', 'misleading', 'not_misinformation', 'referred'];
    const results = await Promise.all(verdicts.map((status) => patch(id, { status })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    const audit = await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE target = ? AND json_extract(after, '$.status') IS NOT NULL AND json_extract(after, '$.status') != 'reviewing'")
      .bind(`case:${id}`)
      .first<{ n: number }>();
    expect(audit?.n).toBe(1);
  });
});

describe('PATCH /api/cases/:id refuses bad input, naming the field', () => {
  it.each([
    ['an unknown field', { verdict: 'typo' }, 'verdict'],
    ['an unknown status', { status: 'fake_news' }, 'status'],
    ['an assignee id that is not text', { assigneeId: 42 }, 'assigneeId'],
    ['a note that is only spaces', { note: '   ' }, 'note'],
    ['a verdict over 2,000 characters', { verdictSummary: 'a'.repeat(2001) }, 'verdictSummary'],
    ['a story id that is not a number', { rebuttalStoryId: '7' }, 'rebuttalStoryId'],
  ])('%s → 400', async (_name, body, path) => {
    const id = await newCase(`https://example.com/bad-${path}`);
    const res = await patch(id, body);
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.map((e) => e.path)).toContain(path);
  });

  it('refuses an empty patch', async () => {
    const id = await newCase('https://example.com/empty-patch');
    const res = await patch(id, {});
    expect(res.status).toBe(400);
  });

  it('refuses malformed JSON with 400 naming the body', async () => {
    const id = await newCase('https://example.com/bad-json');
    const res = await fetchApp(`/api/cases/${id}`, { method: 'PATCH', headers: { ...editor.headers, 'content-type': 'application/json' }, body: '{"status":' });
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('body');
  });

  it('refuses an assignee who is not an editor', async () => {
    const id = await newCase('https://example.com/assign-member');
    const res = await patch(id, { assigneeId: member.id });
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('assigneeId');
  });

  it('refuses a rebuttal link to a story that is missing or not a rebuttal', async () => {
    const id = await newCase('https://example.com/link-story');
    await env.DB.prepare(
      "INSERT INTO stories (slug, title, category_code, province_code, status, created_at, updated_at) VALUES ('guong-sang', 'Gương sáng', 'role_model', 'HNI', 'published', 0, 0)",
    ).run();
    const story = await env.DB.prepare("SELECT id FROM stories WHERE slug = 'guong-sang'").first<{ id: number }>();
    for (const rebuttalStoryId of [999_999, story?.id]) {
      const res = await patch(id, { rebuttalStoryId });
      expect(res.status).toBe(400);
      expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('rebuttalStoryId');
    }
  });

  it('answers a malformed id with 400 and an unknown case with 404', async () => {
    expect((await patch('abc', { note: 'x' })).status).toBe(400);
    expect((await patch(987654, { note: 'x' })).status).toBe(404);
    expect((await fetchApp('/api/cases/0', { headers: editor.headers })).status).toBe(400);
    expect((await fetchApp('/api/cases/987654', { headers: editor.headers })).status).toBe(404);
  });
});

describe('GET /api/cases refuses bad filters', () => {
  it.each([
    ['status=fake', 'status'],
    ['category=rumour', 'category'],
    ['platform=myspace', 'platform'],
    ['province=Ha%20Noi', 'province'],
    ['sort=random', 'sort'],
    ['page=0', 'page'],
    ['pageSize=1000', 'pageSize'],
    [`q=${'a'.repeat(2049)}`, 'q'],
  ])('%s → 400 naming %s', async (query, path) => {
    const res = await fetchApp(`/api/cases?${query}`, { headers: editor.headers });
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.map((e) => e.path)).toContain(path);
  });
});

describe('merging refuses what makes no sense', () => {
  it('refuses merging a case into itself, into a missing case, or with a bad body', async () => {
    const id = await newCase('https://example.com/merge-self');
    for (const body of [{ targetId: id }, { targetId: 987654 }, { targetId: 'two' }, { target: 2 }]) {
      const res = await sendJson('POST', `/api/cases/${id}/merge`, body, editor.headers);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('refuses to merge, edit or rebut a case that was already merged, with 409', async () => {
    const a = await newCase('https://example.com/merged-a');
    const b = await newCase('https://example.com/merged-b');
    const c = await newCase('https://example.com/merged-c');
    await sendJson('POST', `/api/cases/${a}/merge`, { targetId: b }, editor.headers);
    for (const res of [
      await sendJson('POST', `/api/cases/${a}/merge`, { targetId: c }, editor.headers),
      await patch(a, { status: 'reviewing' }),
      await sendJson('POST', `/api/cases/${a}/rebuttal`, {}, editor.headers),
    ]) {
      expect(res.status).toBe(409);
      expect(await readJson<Problem>(res)).toMatchObject({ currentState: 'merged' });
    }
    const into = await sendJson('POST', `/api/cases/${c}/merge`, { targetId: a }, editor.headers);
    expect(into.status).toBe(400);
    expect((await readJson<Problem>(into)).errors?.[0]?.path).toBe('targetId');
  });
});

describe('starting a rebuttal', () => {
  it('refuses a second rebuttal for the same case with 409', async () => {
    const id = (await createReport(validReport({ url: 'https://example.com/rebut-twice', province: 'HNI' }))).caseId;
    expect((await sendJson('POST', `/api/cases/${id}/rebuttal`, {}, editor.headers)).status).toBe(201);
    const before = await rowCount('stories');
    const res = await sendJson('POST', `/api/cases/${id}/rebuttal`, {}, editor.headers);
    expect(res.status).toBe(409);
    expect(await rowCount('stories')).toBe(before);
  });

  it('asks for a province when neither the case nor the editor has one', async () => {
    const id = await newCase('https://example.com/rebut-no-province');
    const res = await sendJson('POST', `/api/cases/${id}/rebuttal`, {}, editor.headers);
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('provinceCode');
    const unknown = await sendJson('POST', `/api/cases/${id}/rebuttal`, { provinceCode: 'XYZ' }, editor.headers);
    expect((await readJson<Problem>(unknown)).errors?.[0]?.path).toBe('provinceCode');
  });

  it('refuses a title that is too short and unknown fields', async () => {
    const id = await newCase('https://example.com/rebut-bad');
    expect((await sendJson('POST', `/api/cases/${id}/rebuttal`, { title: 'Ab', provinceCode: 'HNI' }, editor.headers)).status).toBe(400);
    expect((await sendJson('POST', `/api/cases/${id}/rebuttal`, { body: 'x', provinceCode: 'HNI' }, editor.headers)).status).toBe(400);
  });
});

describe('screenshots', () => {
  it('answer 404 for a report without one, or a report of another case', async () => {
    const a = await createReport(validReport({ url: 'https://example.com/shotless' }));
    const b = await newCase('https://example.com/other-case');
    expect((await fetchApp(`/api/cases/${a.caseId}/reports/${a.id}/screenshot`, { headers: editor.headers })).status).toBe(404);
    expect((await fetchApp(`/api/cases/${b}/reports/${a.id}/screenshot`, { headers: editor.headers })).status).toBe(404);
  });
});
