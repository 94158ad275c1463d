import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { vnDateTime } from '../../web/components/editor/format';
import { renderMarkdown } from '../../workers/stories/markdown';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { act, createStory, published, submitted } from './story-helpers';
import { idFrom, page, PNG, postMultipart, storyRow, typed } from './writing-helpers';

describe('writing a story (contributor)', () => {
  it('creates the story with its cover from one multipart form and submits it', async () => {
    const contributor = await signedInAs('contributor');
    const res = await postMultipart(
      '/editor/stories',
      contributor,
      { ...typed, categoryCode: 'humane_story', provinceCode: 'CTO', intent: 'submit' },
      { bytes: PNG, type: 'image/png', name: 'bep-com.png' },
    );
    expect(res.status, await res.clone().text()).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/editor\/stories\/\d+\?done=submitted$/);
    const row = await storyRow(idFrom(res.headers.get('location')));
    expect(row?.status).toBe('submitted');
    expect(row?.cover_alt).toBe(typed.coverAlt);
    expect(row?.cover_key).toMatch(/^covers\/\d+-[\w-]+\.png$/);
    expect(await env.MEDIA.head(row?.cover_key ?? '')).not.toBeNull();
    // The editor's form shows the cover it was created with.
    const html = await (await page(`/editor/stories/${row?.id}`, contributor)).text();
    expect(html).toContain(`src="/media/${row?.cover_key}"`);
  });

  it('replaces and removes the cover from the edit form (remove clears the image and its alt text)', async () => {
    const contributor = await signedInAs('contributor');
    const story = await createStory(contributor);
    const base = { ...typed, categoryCode: 'role_model', provinceCode: 'LCI', intent: 'save' };
    let res = await postMultipart(`/editor/stories/${story.id}`, contributor, { ...base, revision: '1' }, { bytes: PNG, type: 'image/png', name: 'a.png' });
    expect(res.headers.get('location')).toBe(`/editor/stories/${story.id}?done=saved`);
    const withCover = await storyRow(story.id);
    expect(withCover?.cover_key).toMatch(/\.png$/);
    expect(withCover?.revision).toBe(2);
    res = await postMultipart(`/editor/stories/${story.id}`, contributor, { ...base, revision: '2', removeCover: 'yes' });
    expect(res.headers.get('location')).toBe(`/editor/stories/${story.id}?done=saved`);
    const removed = await storyRow(story.id);
    expect(removed?.cover_key).toBeNull();
    expect(removed?.cover_alt).toBeNull();
  });

  it('starts province and category empty on a new story, whatever the writer’s own province', async () => {
    const contributor = await signedInAs('contributor', { provinceCode: 'HNI' });
    const html = await (await page('/editor/stories/new', contributor)).text();
    expect(html).toMatch(/<select id="f-provinceCode" name="provinceCode" required=""><option value="" selected="">Chọn tỉnh\/thành<\/option>/);
    expect(html).toMatch(/<select id="f-categoryCode" name="categoryCode" required=""><option value="" selected="">Chọn chuyên mục<\/option>/);
    expect(html).not.toMatch(/<option value="HNI" selected/);
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain('id="f-file" type="file" name="file"');
    // "Lưu và gửi duyệt" is the primary action, "Lưu nháp" secondary, "Xem trước" never saves.
    expect(html).toMatch(/<button type="submit" name="intent" value="save" class="button secondary">Lưu nháp<\/button>/);
    expect(html).toMatch(/<button type="submit" name="intent" value="submit" class="button primary-action">Lưu và gửi duyệt<\/button>/);
  });

  it('previews the body with the public page’s renderer', async () => {
    const contributor = await signedInAs('contributor');
    const body = '## Bếp cơm\n\nBà **Tư** và *các con*.\n\n- Cơm\n- Canh\n\n> Nghĩa tình\n\n[Báo](https://baochinhphu.vn/bai-viet)';
    const res = await sendJson('POST', '/api/stories/preview', { body }, contributor.headers);
    const { html } = await readJson<{ html: string }>(res);
    expect(res.status).toBe(200);
    expect(html).toBe(renderMarkdown(body));
    expect(html).toContain('<h2>Bếp cơm</h2>');
    // Published, the story page carries exactly that HTML.
    const story = await published(contributor, await signedInAs('editor'), { body, title: `Xem trước ${Date.now()}` });
    const pageHtml = await (await fetchApp(`/stories/${story.slug}`)).text();
    expect(pageHtml).toContain(html.trim());
  });

  it('renders "Xem trước" without JavaScript and saves nothing', async () => {
    const contributor = await signedInAs('contributor');
    const draft = await createStory(contributor);
    const res = await postMultipart(`/editor/stories/${draft.id}`, contributor, { ...typed, categoryCode: 'role_model', provinceCode: 'LCI', revision: '1', body: '## Mục mới', intent: 'preview' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<h2>Mục mới</h2>');
    const row = await storyRow(draft.id);
    expect(row?.revision).toBe(1);
    expect(row?.body).toBe(draft.body);
  });

  it('autosaves a new story as a draft once it has a title, then saves over it', async () => {
    const contributor = await signedInAs('contributor');
    let res = await sendJson('POST', '/api/stories/autosave', { title: 'Bản nháp tự lưu', categoryCode: 'role_model', provinceCode: 'LCI', body: 'Đoạn một' }, contributor.headers);
    const first = await readJson<{ story: { id: number; status: string; revision: number; editUrl: string }; savedAt: string }>(res);
    expect(res.status, JSON.stringify(first)).toBe(201);
    expect(first.story.status).toBe('draft');
    expect(first.story.editUrl).toBe(`/editor/stories/${first.story.id}`);
    expect(Date.parse(first.savedAt)).toBeGreaterThan(0);
    res = await sendJson('POST', `/api/stories/${first.story.id}/autosave`, { revision: first.story.revision, body: 'Đoạn một\n\nĐoạn hai' }, contributor.headers);
    const second = await readJson<{ story: { revision: number; status: string } }>(res);
    expect(res.status, JSON.stringify(second)).toBe(200);
    expect(second.story).toMatchObject({ revision: 2, status: 'draft' });
    expect((await storyRow(first.story.id))?.body).toBe('Đoạn một\n\nĐoạn hai');
  });

  it('shows the writer’s stories by state, with what happened to each and the reason one was sent back', async () => {
    const contributor = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const draft = await createStory(contributor, { title: 'Bài còn nháp của tôi' });
    const waiting = await submitted(contributor, { title: 'Bài đang chờ duyệt của tôi' });
    const sentBack = await submitted(contributor, { title: 'Bài bị trả lại của tôi' });
    const rejected = await act(editor, sentBack.id, 'reject', { reason: 'Cần thêm nguồn xác minh' });
    expect(rejected.status).toBe(200);
    const live = await published(contributor, editor, { title: 'Bài đã đăng của tôi' });
    const html = await (await page('/editor', contributor)).text();
    const section = (group: string) => html.slice(html.indexOf(`id="mine-group-${group}"`), html.indexOf('</section>', html.indexOf(`id="mine-group-${group}"`)));
    expect(section('draft')).toContain(draft.title);
    expect(section('submitted')).toContain(waiting.title);
    expect(section('live')).toContain(live.title);
    const back = section('rejected');
    expect(back).toContain(sentBack.title);
    const row = await env.DB.prepare("SELECT created_at AS at FROM audit_log WHERE target = ? AND action = 'story.reject'").bind(`story:${sentBack.id}`).first<{ at: number }>();
    expect(back).toContain(`Bị trả lại lúc ${vnDateTime(row?.at)}: Cần thêm nguồn xác minh`);
    expect(section('submitted')).toMatch(/Gửi duyệt lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(html).toContain('Bị trả lại, cần sửa');
    expect(html).not.toMatch(/>(draft|submitted|rejected)</);
    const en = await (await page('/editor?lang=en', contributor)).text();
    expect(en).toContain('Sent back at');
  });
});

