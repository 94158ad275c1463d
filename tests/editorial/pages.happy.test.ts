import { describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp } from '../helpers/http';
import { completeStory, createStory, storyStatus, submitted } from './story-helpers';

/** The national desk (no province): the review screen and the queue are province-scoped for the others. */
const nationalEditor = () => signedInAs('editor', { provinceCode: null });

function page(path: string, user?: TestUser) {
  return fetchApp(path, { redirect: 'manual', headers: { accept: 'text/html', ...(user?.headers ?? {}) } });
}

function postForm(path: string, user: TestUser, fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return fetchApp(path, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...user.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
}

const formFields = {
  title: 'Thanh niên tình nguyện sửa nhà',
  summary: 'Đoàn viên giúp bà con sửa nhà sau bão.',
  body: 'Hơn **50 đoàn viên** đã có mặt.',
  categoryCode: 'humane_story',
  provinceCode: 'HUE',
  commune: '',
  tags: 'tình nguyện, sau bão',
  captions: ['Tuổi trẻ vì cộng đồng', '', ''],
  hashtags: '#TinhNguyen MuaBao',
  sourceType: 'event',
  sourceDetail: 'Ra quân ngày 3/11/2026',
  consent: 'yes',
};

describe('editorial pages', () => {
  it('send an anonymous browser to /login and back afterwards', async () => {
    const res = await page('/editor/stories/new');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Feditor%2Fstories%2Fnew');
    const login = await page('/login?next=%2Feditor%2Fstories%2Fnew');
    const html = await login.text();
    expect(login.status).toBe(200);
    expect(html).toContain('name="next" value="/editor/stories/new"');
    expect(html).toContain('action="/login"');
    expect(html).toContain('autocomplete="current-password"');
  });

  it('show the dashboard in Vietnamese by default and English on request', async () => {
    const editor = await nationalEditor();
    await submitted(await signedInAs('contributor'), { title: 'Bài trong hàng chờ duyệt' });
    let html = await (await page('/editor', editor)).text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Hàng chờ duyệt');
    expect(html).toContain('Bài trong hàng chờ duyệt');
    html = await (await page('/editor?lang=en', editor)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Review queue');
  });

  it('link editors to the triage desk, the reach dashboard and campaigns, but not contributors', async () => {
    const editorHtml = await (await page('/editor', await nationalEditor())).text();
    for (const href of ['/editor/cases', '/editor/stats', '/editor/campaigns', '/editor/audit']) expect(editorHtml).toContain(`href="${href}"`);
    const contributorHtml = await (await page('/editor', await signedInAs('contributor'))).text();
    expect(contributorHtml).not.toContain('href="/editor/cases"');
  });

  it('hide the review queue from contributors', async () => {
    const contributor = await signedInAs('contributor');
    const html = await (await page('/editor', contributor)).text();
    expect(html).toContain('Bài của tôi');
    expect(html).not.toContain('Hàng chờ duyệt');
  });

  it('let a contributor write and submit a story with plain HTML forms', async () => {
    const contributor = await signedInAs('contributor');
    const form = await page('/editor/stories/new', contributor);
    expect(form.status).toBe(200);
    const created = await postForm('/editor/stories', contributor, { ...formFields, intent: 'save' });
    expect(created.status).toBe(303);
    const location = created.headers.get('location') ?? '';
    expect(location).toMatch(/^\/editor\/stories\/\d+\?done=created$/);
    const id = Number(location.match(/\d+/)?.[0]);
    const edit = await (await page(location, contributor)).text();
    expect(edit).toContain('Đã tạo bản nháp.');
    expect(edit).toContain('value="tinh-nguyen, sau-bao"');
    expect(edit).toContain('<strong>50 đoàn viên</strong>');
    const saved = await postForm(`/editor/stories/${id}`, contributor, { ...formFields, revision: '1', intent: 'submit' });
    expect(saved.headers.get('location')).toBe(`/editor/stories/${id}?done=submitted`);
    expect(await storyStatus(id)).toBe('submitted');
  });

  it('preview the body without saving', async () => {
    const contributor = await signedInAs('contributor');
    const res = await postForm('/editor/stories', contributor, { ...formFields, body: '## Tiêu đề mục\n\n<b>thô</b>', intent: 'preview' });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<h2>Tiêu đề mục</h2>');
    expect(html).toContain('&lt;b&gt;thô&lt;/b&gt;');
  });

  it('re-show the form with the typed text and the problems when saving fails', async () => {
    const contributor = await signedInAs('contributor');
    const res = await postForm('/editor/stories', contributor, { ...formFields, title: 'x', intent: 'save' });
    const html = await res.text();
    expect(res.status).toBe(400);
    expect(html).toContain('role="alert"');
    expect(html).toContain('href="#f-title"');
    expect(html).toContain('Đoàn viên giúp bà con sửa nhà sau bão.');
  });

  it('let an editor approve, schedule or reject from the review screen', async () => {
    const author = await signedInAs('contributor');
    const editor = await nationalEditor();
    const a = await submitted(author);
    const review = await (await page(`/editor/stories/${a.id}/review`, editor)).text();
    expect(review).toContain(completeStory.sourceDetail);
    expect(review).toContain(`action="/editor/stories/${a.id}/approve"`);
    let res = await postForm(`/editor/stories/${a.id}/approve`, editor, { mode: 'now', revision: String(a.revision), publishAt: '' });
    expect(res.headers.get('location')).toBe(`/editor/stories/${a.id}/review?done=approved`);
    expect(await storyStatus(a.id)).toBe('published');

    const b = await submitted(author);
    res = await postForm(`/editor/stories/${b.id}/approve`, editor, { mode: 'schedule', revision: String(b.revision), publishAt: '2099-01-01T08:00' });
    expect(res.headers.get('location')).toBe(`/editor/stories/${b.id}/review?done=scheduled`);
    expect(await storyStatus(b.id)).toBe('scheduled');

    const c = await submitted(author);
    res = await postForm(`/editor/stories/${c.id}/reject`, editor, { reason: 'Thiếu ảnh minh họa' });
    expect(await storyStatus(c.id)).toBe('rejected');
    const authorView = await (await page(`/editor/stories/${c.id}`, author)).text();
    expect(authorView).toContain('Thiếu ảnh minh họa');
  });

  it('explain four-eyes on the review screen instead of offering approval', async () => {
    const editor = await nationalEditor();
    const own = await submitted(editor);
    const html = await (await page(`/editor/stories/${own.id}/review`, editor)).text();
    expect(html).toContain('cần một biên tập viên khác duyệt');
    expect(html).not.toContain(`action="/editor/stories/${own.id}/approve"`);
    const res = await postForm(`/editor/stories/${own.id}/approve`, editor, { mode: 'now', revision: String(own.revision) });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Bạn không thể duyệt bài do chính mình viết');
  });

  it('show the revision diff on the review screen', async () => {
    const author = await signedInAs('contributor');
    const editor = await nationalEditor();
    const story = await createStory(author, { body: 'Câu cũ' });
    await postForm(`/editor/stories/${story.id}`, author, { ...formFields, body: 'Câu mới', revision: '1', intent: 'save' });
    const html = await (await page(`/editor/stories/${story.id}/review?from=1&to=2`, editor)).text();
    expect(html).toContain('Thay đổi từ phiên bản 1 đến phiên bản 2');
    // A rewritten line marks the words that changed.
    expect(html).toMatch(/class="diff-remove"[^>]*>.*Câu <del>cũ<\/del>/s);
    expect(html).toMatch(/class="diff-add"[^>]*>.*Câu <ins>mới<\/ins>/s);
  });

  it('let an admin manage accounts and see a new token once', async () => {
    const admin = await signedInAs('admin');
    const member = await signedInAs('member', { name: 'Thành viên được nâng quyền' });
    const list = await (await page('/editor/users', admin)).text();
    expect(list).toContain('Thành viên được nâng quyền');
    let res = await postForm(`/editor/users/${member.id}`, admin, { name: 'Thành viên được nâng quyền', role: 'editor', provinceCode: 'HNI', unit: '' });
    expect(res.headers.get('location')).toBe('/editor/users?done=updated');
    res = await postForm(`/editor/users/${member.id}/tokens`, admin, { label: 'Máy chủ tỉnh', expiresInDays: '' });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.text()).toMatch(/<code class="token-value">lt_[\w-]{43}<\/code>/);
  });

  it('show the audit log to editors with a working filter', async () => {
    const editor = await nationalEditor();
    const story = await submitted(await signedInAs('contributor'));
    const html = await (await page(`/editor/audit?target=story:${story.id}`, editor)).text();
    expect(html).toContain('Nhật ký thao tác');
    expect(html).toContain('story.submit');
    expect(html).toContain(`href="/editor/stories/${story.id}/review"`);
  });

  it('refuse a cross-site form post even with a session', async () => {
    const editor = await nationalEditor();
    const story = await submitted(await signedInAs('contributor'));
    const res = await fetchApp(`/editor/stories/${story.id}/approve`, {
      method: 'POST',
      headers: { cookie: editor.headers.cookie ?? '', origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: 'mode=now',
    });
    expect(res.status).toBe(403);
    expect(await storyStatus(story.id)).toBe('submitted');
  });
});
