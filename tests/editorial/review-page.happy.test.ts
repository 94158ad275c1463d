// The review screen as an editor reads it: names, never codes; who, which unit, since
// when; the card that will be shared; "publish at" only when scheduling; each decision one step.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { formById, nationalEditor, page, postForm } from './review-helpers';
import { completeStory, edit, published, storyStatus, submitted } from './story-helpers';
import { pngInfo } from '../cards/png';

let author: TestUser;
let editor: TestUser;

beforeAll(async () => {
  author = await signedInAs('contributor', { name: 'Nguyễn Thị Bích', unit: 'Đoàn Thanh niên xã Tả Van' });
  editor = await nationalEditor();
});

describe('the review screen', () => {
  it('shows author, unit, province and category names, the submitted time, source and consent, never codes', async () => {
    const story = await submitted(author);
    // 29/11/2026 22:55 in Vietnam is 15:55 UTC.
    await env.DB.prepare('UPDATE stories SET submitted_at = ? WHERE id = ?').bind(Date.parse('2026-11-29T22:55:00+07:00'), story.id).run();
    const html = await (await page(`/editor/stories/${story.id}/review`, editor)).text();
    for (const text of ['Nguyễn Thị Bích', 'Đoàn Thanh niên xã Tả Van', 'Lào Cai', 'Gương người tốt việc tốt', '29/11/2026 22:55', 'Phỏng vấn', completeStory.sourceDetail, 'Đã đồng ý']) {
      expect(html).toContain(text);
    }
    expect(html).not.toMatch(/>\s*(LCI|role_model|interview)\s*</);
    const en = await (await page(`/editor/stories/${story.id}/review?lang=en`, editor)).text();
    expect(en).toContain('Role models');
    expect(en).toContain('Interview');
  });

  it('shows the share card of the text under review', async () => {
    const story = await submitted(author);
    const html = await (await page(`/editor/stories/${story.id}/review`, editor)).text();
    expect(html).toContain(`src="/editor/stories/${story.id}/card.png?revision=${story.revision}"`);
    expect(html).toMatch(/alt="Thẻ chia sẻ của bài “Cô giáo vùng cao 20 năm bám bản”/);
    const res = await page(`/editor/stories/${story.id}/card.png?revision=${story.revision}`, editor, 'image/*');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(pngInfo(new Uint8Array(await res.arrayBuffer()))).toEqual({ valid: true, width: 1200, height: 630 });
    const square = await page(`/editor/stories/${story.id}/card.png?format=square`, editor, 'image/*');
    expect(pngInfo(new Uint8Array(await square.arrayBuffer()))).toMatchObject({ width: 1080, height: 1080 });
  });

  it('asks for "publish at" only in the schedule form, not in the approve form', async () => {
    const story = await submitted(author);
    const html = await (await page(`/editor/stories/${story.id}/review`, editor)).text();
    const now = formById(html, 'approve-now');
    const schedule = formById(html, 'approve-schedule');
    expect(now).toContain('name="mode" value="now"');
    expect(now).not.toContain('publishAt');
    expect(schedule).toContain('name="publishAt"');
    expect(html.match(/name="publishAt"/g)).toHaveLength(1);
    // The schedule form sits in a closed disclosure until it is wanted.
    expect(html).toMatch(/<details class="panel schedule-panel"><summary>Lên lịch đăng vào lúc khác<\/summary>/);
  });

  it('approves now in one step', async () => {
    const story = await submitted(author);
    const res = await postForm(`/editor/stories/${story.id}/approve`, editor, { revision: String(story.revision), mode: 'now' });
    expect(res.headers.get('location')).toBe(`/editor/stories/${story.id}/review?done=approved`);
    expect(await storyStatus(story.id)).toBe('published');
  });

  it('schedules in one step, at the Vietnam time typed', async () => {
    const story = await submitted(author);
    const res = await postForm(`/editor/stories/${story.id}/approve`, editor, { revision: String(story.revision), mode: 'schedule', publishAt: '2099-01-01T08:00' });
    expect(res.headers.get('location')).toBe(`/editor/stories/${story.id}/review?done=scheduled`);
    const row = await env.DB.prepare('SELECT status, scheduled_at FROM stories WHERE id = ?').bind(story.id).first<{ status: string; scheduled_at: number }>();
    expect(row).toEqual({ status: 'scheduled', scheduled_at: Date.parse('2099-01-01T08:00:00+07:00') });
  });

  it('brings a bad schedule time back open, with the message by the field and the typed value kept', async () => {
    const story = await submitted(author);
    const res = await postForm(`/editor/stories/${story.id}/approve`, editor, { revision: String(story.revision), mode: 'schedule', publishAt: '2099-13-45T08:00' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<details class="panel schedule-panel" open="">/);
    expect(formById(html, 'approve-schedule')).toContain('value="2099-13-45T08:00"');
    expect(html).toContain('id="publish-at-error"');
    expect(await storyStatus(story.id)).toBe('submitted');
  });

  it('rejects in one step with a reason the author reads, and keeps a too-short reason typed', async () => {
    const story = await submitted(author);
    const short = await postForm(`/editor/stories/${story.id}/reject`, editor, { reason: 'ừ' });
    expect(short.status).toBe(400);
    expect(await short.text()).toMatch(/<textarea id="reject-reason"[^>]*>ừ<\/textarea>/);
    const res = await postForm(`/editor/stories/${story.id}/reject`, editor, { reason: 'Cần ảnh có sự đồng ý của nhân vật' });
    expect(res.headers.get('location')).toBe(`/editor/stories/${story.id}/review?done=rejected`);
    expect(await (await page(`/editor/stories/${story.id}`, author)).text()).toContain('Cần ảnh có sự đồng ý của nhân vật');
  });

  it('shows a pending edit as a readable diff (names, not codes) with the card of the edited text', async () => {
    const story = await published(author, editor);
    const writer = await nationalEditor();
    const pending = await edit(writer, story, { title: 'Cô giáo vùng cao 21 năm bám bản', provinceCode: 'HUE', consent: true, tags: ['giáo dục'] });
    const html = await (await page(`/editor/stories/${story.id}/review`, editor)).text();
    expect(html).toContain('Bản sửa chờ duyệt');
    expect(html).toMatch(/<dd class="diff-remove">Lào Cai<\/dd>/);
    expect(html).toMatch(/<dd class="diff-add">Huế<\/dd>/);
    expect(html).toContain('<li>giao-duc</li>');
    expect(html).toContain(`src="/editor/stories/${story.id}/card.png?revision=${pending.pendingRevision}"`);
    expect(html).not.toMatch(/>\s*"?(HUE|LCI)"?\s*</);
  });

  it('explains four-eyes for an edit the editor wrote, instead of offering approval', async () => {
    const story = await published(author, editor);
    const writer = await nationalEditor();
    await edit(writer, story, { title: 'Một tiêu đề mới cho bài' });
    const html = await (await page(`/editor/stories/${story.id}/review`, writer)).text();
    expect(html).toContain('Bạn đã sửa phiên bản này');
    expect(html).toContain('Nguyên tắc bốn mắt');
    expect(html).not.toContain(`action="/editor/stories/${story.id}/approve"`);
  });
});
