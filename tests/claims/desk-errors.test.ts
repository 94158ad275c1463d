import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { caseWith, candidateRow, matchStatus } from './desk-helpers';

let editor: TestUser;
let hcmEditor: TestUser;
let contributor: TestUser;
let member: TestUser;

beforeAll(async () => {
  editor = await signedInAs('editor', { provinceCode: null });
  hcmEditor = await signedInAs('editor', { provinceCode: 'HCM' });
  contributor = await signedInAs('contributor', { provinceCode: null });
  member = await signedInAs('member', { provinceCode: null });
});

type Problem = { status: number; errors?: { path: string }[]; currentState?: string };

describe('candidate actions refused', () => {
  it('names the field for a bad match id, 404s a match that is not this case’s, 409s a decided one (problem+json)', async () => {
    const a = await caseWith('Bộ Y tế bắt buộc tiêm mũi vắc xin thứ năm cho mọi người');
    const b = await caseWith('bo y te bat buoc tiem mui vac xin thu nam');
    const c = await caseWith('Một tin đồn hoàn toàn khác về giá xăng tăng gấp đôi');
    const m = await candidateRow(b.caseId, a.caseId);

    const bad = await sendJson('POST', `/api/cases/${a.caseId}/candidates/abc/accept`, {}, editor.headers);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson<Problem>(bad)).errors?.map((e) => e.path)).toEqual(['matchId']);

    const notOurs = await sendJson('POST', `/api/cases/${c.caseId}/candidates/${m}/accept`, {}, editor.headers);
    expect(notOurs.status).toBe(404);
    expect(await matchStatus(m)).toBe('open');

    await sendJson('POST', `/api/cases/${a.caseId}/candidates/${m}/reject`, {}, editor.headers);
    const late = await sendJson('POST', `/api/cases/${a.caseId}/candidates/${m}/accept`, {}, editor.headers);
    expect(late.status).toBe(409);
    expect(await readJson<Problem>(late)).toMatchObject({ currentState: 'rejected' });
  });

  it('unmerge of a case that is not merged is a 409; on the page the refusal is shown, not a crash', async () => {
    const a = await caseWith('Cá hồi nuôi trong nước có chất gây ung thư, đừng ăn');
    const res = await sendJson('POST', `/api/cases/${a.caseId}/unmerge`, {}, editor.headers);
    expect(res.status).toBe(409);
    const form = await fetchApp(`/editor/cases/${a.caseId}/unmerge`, {
      method: 'POST',
      headers: { ...editor.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(form.status).toBe(409);
    expect(await form.text()).toContain('role="alert"');
  });
});

describe('who may use the candidates', () => {
  it('refuses contributors, members and anonymous callers on every candidate route', async () => {
    const a = await caseWith('Uống giấm táo mỗi ngày giảm được mười cân trong một tuần');
    const b = await caseWith('uong giam tao giam muoi can mot tuan');
    const m = await candidateRow(b.caseId, a.caseId);
    for (const who of [contributor, member]) {
      expect((await fetchApp(`/api/cases/${a.caseId}/candidates`, { headers: who.headers })).status).toBe(403);
      expect((await sendJson('POST', `/api/cases/${a.caseId}/candidates/${m}/accept`, {}, who.headers)).status).toBe(403);
      expect((await sendJson('POST', `/api/cases/${a.caseId}/candidates/${m}/reject`, {}, who.headers)).status).toBe(403);
      expect((await sendJson('POST', `/api/cases/${b.caseId}/unmerge`, {}, who.headers)).status).toBe(403);
    }
    expect((await fetchApp(`/api/cases/${a.caseId}/candidates`)).status).toBe(401);
    expect(await matchStatus(m)).toBe('open');
  });

  it('a provincial editor works on candidates of their province only, and never sees another province’s case as a candidate', async () => {
    const hcm = await caseWith('Thành phố cấm xe máy vào trung tâm từ tháng tới', { province: 'HCM' });
    const hcm2 = await caseWith('cam xe may vao trung tam thanh pho tu thang toi', { province: 'HCM' });
    const hni = await caseWith('Hà Nội cấm xe máy vào trung tâm từ tháng tới', { province: 'HNI' });
    const inside = await candidateRow(hcm2.caseId, hcm.caseId);
    const across = await candidateRow(hni.caseId, hcm.caseId);

    const list = await readJson<{ items: { case: { id: number } }[] }>(await fetchApp(`/api/cases/${hcm.caseId}/candidates`, { headers: hcmEditor.headers }));
    expect(list.items.map((i) => i.case.id)).toEqual([hcm2.caseId]);
    expect((await fetchApp(`/api/cases/${hni.caseId}/candidates`, { headers: hcmEditor.headers })).status).toBe(403);
    const refused = await sendJson('POST', `/api/cases/${hni.caseId}/candidates/${across}/accept`, {}, hcmEditor.headers);
    expect(refused.status).toBe(403);
    // From their own case, the pair with another province's case is still out of reach (the merge checks both).
    expect((await sendJson('POST', `/api/cases/${hcm.caseId}/candidates/${across}/accept`, {}, hcmEditor.headers)).status).toBe(403);
    expect(await matchStatus(across)).toBe('open');
    expect((await sendJson('POST', `/api/cases/${hcm.caseId}/candidates/${inside}/accept`, {}, hcmEditor.headers)).status).toBe(200);
  });
});
