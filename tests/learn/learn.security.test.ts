import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { answersWith, ATTEMPTS_URL, postQuiz, rowsOf } from './helpers';

let member: TestUser;

beforeAll(async () => {
  await seedDemo();
  member = await signedInAs('member', { provinceCode: 'HCM' });
});

describe('CSRF', () => {
  it('a cross-site quiz submission (form or JSON) is refused and nothing is kept', async () => {
    const evil = { ...member.headers, origin: 'https://evil.example' };
    expect((await postQuiz(answersWith(7), evil)).status).toBe(403);
    expect((await sendJson('POST', ATTEMPTS_URL, { answers: answersWith(7) }, evil)).status).toBe(403);
    expect(await rowsOf('lesson_attempts', member.id)).toHaveLength(0);
  });
});

describe('the completion figures are for editors only', () => {
  it('refuses anonymous callers (401), members and contributors (403)', async () => {
    expect((await fetchApp('/api/stats/lessons')).status).toBe(401);
    expect((await fetchApp('/api/stats/lessons', { headers: member.headers })).status).toBe(403);
    const contributor = await signedInAs('contributor');
    expect((await fetchApp('/api/stats/lessons', { headers: contributor.headers })).status).toBe(403);
    expect((await fetchApp('/api/stats/lessons?format=csv&table=units', { headers: contributor.headers })).status).toBe(403);
  });

  it('a provincial editor sees their province only, and asking for another is refused', async () => {
    const hcm = await signedInAs('editor', { provinceCode: 'HCM' });
    const body = await readJson<{ scope: { province: string; locked: boolean }; lessons: { provinces: { provinceCode: string }[]; units: { provinceCode: string }[] }[] }>(
      await fetchApp('/api/stats/lessons', { headers: hcm.headers }),
    );
    expect(body.scope).toEqual({ province: 'HCM', locked: true });
    expect(body.lessons.length).toBeGreaterThan(0);
    for (const l of body.lessons) {
      expect(l.provinces.map((p) => p.provinceCode)).toEqual(['HCM']);
      expect(l.units.length).toBeGreaterThan(0);
      expect(l.units.every((u) => u.provinceCode === 'HCM')).toBe(true);
    }
    expect((await fetchApp('/api/stats/lessons?province=DNG', { headers: hcm.headers })).status).toBe(403);
    const csv = await (await fetchApp('/api/stats/lessons?format=csv&table=units', { headers: hcm.headers })).text();
    expect(csv).not.toContain('Hải Châu');
    expect(csv).toContain('Bến Nghé');
  });

  it('the dashboard page shows the HCM editor HCM units only', async () => {
    const hcm = await signedInAs('editor', { provinceCode: 'HCM' });
    const html = await (await fetchApp('/editor/stats', { headers: { ...hcm.headers, accept: 'text/html' } })).text();
    expect(html).toContain('Hoàn thành bài học');
    expect(html).toContain('Đảng bộ phường Bến Nghé / Chi bộ khu phố 3');
    expect(html).not.toContain('Đảng bộ phường Hải Châu / Chi bộ khu phố 3');
  });
});
