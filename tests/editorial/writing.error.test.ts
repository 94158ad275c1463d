import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { readJson, sendJson } from '../helpers/http';
import { completeStory, createStory, edit, published, submitted, type Problem } from './story-helpers';
import { PNG, postMultipart, storiesTitled, storyRow, typed } from './writing-helpers';

describe('writing a story: refusals that keep the writer’s work', () => {
  it('refuses a story without province or category, naming both and keeping every typed field (form)', async () => {
    const contributor = await signedInAs('contributor');
    const title = `Chưa chọn tỉnh ${Date.now()}`;
    const res = await postMultipart('/editor/stories', contributor, { ...typed, title, categoryCode: '', provinceCode: '', intent: 'submit' }, { bytes: PNG, type: 'image/png', name: 'a.png' });
    const html = await res.text();
    expect(res.status).toBe(400);
    expect(await storiesTitled(title)).toBe(0);
    expect(html).toContain('href="#f-provinceCode"');
    expect(html).toContain('href="#f-categoryCode"');
    expect(html).toContain('id="f-provinceCode-error"');
    for (const value of [title, typed.summary, typed.commune, typed.tags, typed.hashtags, typed.sourceDetail, typed.coverAlt]) expect(html).toContain(value);
    expect(html).toContain('Bà **Tư** nấu cơm mỗi sáng.');
    expect(html).toMatch(/id="f-consent" type="checkbox" name="consent" value="yes" checked/);
    // The browser cannot keep the chosen file: the page says so next to the input.
    expect(html).toContain('id="f-file-dropped"');
    expect(html).toContain('Hãy chọn lại ảnh; mô tả ảnh vẫn được giữ.');
  });

  it('refuses the same through the JSON API with the field named', async () => {
    const contributor = await signedInAs('contributor');
    const { provinceCode: _p, ...noProvince } = completeStory;
    const res = await sendJson('POST', '/api/stories', noProvince, contributor.headers);
    const problem = await readJson<Problem>(res);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(problem.errors?.map((e) => e.path)).toContain('provinceCode');
  });

  it('refuses a cover that is not an image before creating the story', async () => {
    const contributor = await signedInAs('contributor');
    const title = `Ảnh bìa sai ${Date.now()}`;
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const res = await postMultipart('/editor/stories', contributor, { ...typed, title, categoryCode: 'humane_story', provinceCode: 'CTO', intent: 'save' }, { bytes: svg, type: 'image/png', name: 'a.png' });
    expect(res.status).toBe(415);
    expect(await storiesTitled(title)).toBe(0);
    expect(await res.text()).toContain(title);
  });

  it('refuses a cover without alt text, naming the form’s alt field', async () => {
    const contributor = await signedInAs('contributor');
    const res = await postMultipart('/editor/stories', contributor, { ...typed, coverAlt: '', categoryCode: 'humane_story', provinceCode: 'CTO', intent: 'save' }, { bytes: PNG, type: 'image/png', name: 'a.png' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('href="#f-coverAlt"');
  });

  it('refuses a preview longer than a body may be, naming the field', async () => {
    const contributor = await signedInAs('contributor');
    const res = await sendJson('POST', '/api/stories/preview', { body: 'a'.repeat(50_001) }, contributor.headers);
    const problem = await readJson<Problem>(res);
    expect(res.status).toBe(400);
    expect(problem.errors?.[0]?.path).toBe('body');
  });

  it('does not autosave a submitted or published story (no revision behind the writer’s back)', async () => {
    const contributor = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const waiting = await submitted(contributor);
    let res = await sendJson('POST', `/api/stories/${waiting.id}/autosave`, { revision: waiting.revision, body: 'Sửa lén' }, contributor.headers);
    expect(res.status).toBe(409);
    expect((await readJson<Problem>(res)).currentState).toBe('submitted');
    // An editor's own published story: an autosave would file a pending revision. It must not.
    const live = await published(editor, await signedInAs('editor'));
    res = await sendJson('POST', `/api/stories/${live.id}/autosave`, { revision: live.revision, body: 'Bản sửa tự lưu' }, editor.headers);
    expect(res.status).toBe(409);
    const row = await storyRow(live.id);
    expect(row?.pending_revision).toBeNull();
    expect(row?.revision).toBe(live.revision);
    // The form's buttons still save an edit as before.
    expect((await edit(editor, live, { body: 'Bản sửa có chủ ý' })).pendingRevision).not.toBeNull();
  });

  it('refuses an autosave built on an old revision (409 with the current one)', async () => {
    const contributor = await signedInAs('contributor');
    const draft = await createStory(contributor);
    await edit(contributor, draft, { body: 'Lưu từ tab khác' });
    const res = await sendJson('POST', `/api/stories/${draft.id}/autosave`, { revision: draft.revision, body: 'Tab cũ' }, contributor.headers);
    expect(res.status).toBe(409);
    expect((await readJson<Problem>(res)).currentRevision).toBe(2);
  });
});
