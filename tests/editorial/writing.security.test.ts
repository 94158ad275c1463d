import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, sendJson } from '../helpers/http';
import { createStory } from './story-helpers';
import { PNG, postMultipart, storiesTitled, storyRow, typed } from './writing-helpers';

describe('writing a story: who may', () => {
  it('refuses the preview to anonymous visitors and members', async () => {
    const anonymous = await sendJson('POST', '/api/stories/preview', { body: '**x**' });
    expect(anonymous.status).toBe(401);
    const member = await signedInAs('member');
    expect((await sendJson('POST', '/api/stories/preview', { body: '**x**' }, member.headers)).status).toBe(403);
  });

  it('refuses to autosave another writer’s draft, even for an editor', async () => {
    const owner = await signedInAs('contributor');
    const draft = await createStory(owner, { body: 'Lời của tác giả' });
    for (const other of [await signedInAs('contributor'), await signedInAs('editor')]) {
      const res = await sendJson('POST', `/api/stories/${draft.id}/autosave`, { revision: draft.revision, body: 'Lời người khác' }, other.headers);
      expect(res.status).toBe(403);
    }
    expect((await storyRow(draft.id))?.body).toBe('Lời của tác giả');
  });

  it('refuses autosave and a new draft to members and to a cross-site request', async () => {
    const member = await signedInAs('member');
    const fields = { title: `Tự lưu bị cấm ${Date.now()}`, categoryCode: 'role_model', provinceCode: 'LCI' };
    expect((await sendJson('POST', '/api/stories/autosave', fields, member.headers)).status).toBe(403);
    const owner = await signedInAs('contributor');
    const crossSite = await fetchApp('/api/stories/autosave', {
      method: 'POST',
      headers: { cookie: owner.headers.cookie ?? '', origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify(fields),
    });
    expect(crossSite.status).toBe(403);
    expect(await storiesTitled(fields.title)).toBe(0);
  });

  it('refuses the multipart story form to a member (no story, no stored cover)', async () => {
    const member = await signedInAs('member');
    const title = `Thành viên viết bài ${Date.now()}`;
    const res = await postMultipart('/editor/stories', member, { ...typed, title, categoryCode: 'humane_story', provinceCode: 'CTO', intent: 'save' }, { bytes: PNG, type: 'image/png', name: 'a.png' });
    expect(res.status).toBe(403);
    expect(await storiesTitled(title)).toBe(0);
  });

  it('refuses a cover through another writer’s edit form', async () => {
    const owner = await signedInAs('contributor');
    const draft = await createStory(owner);
    const other = await signedInAs('contributor');
    const res = await postMultipart(`/editor/stories/${draft.id}`, other, { ...typed, categoryCode: 'humane_story', provinceCode: 'CTO', revision: '1', intent: 'save' }, { bytes: PNG, type: 'image/png', name: 'a.png' });
    expect(res.status).toBe(403);
    expect((await storyRow(draft.id))?.cover_key).toBeNull();
  });
});
