// The demo queue shows the review desk at work: a contributor's submission, the national
// editor's own story (only editor2@ of TP. Hồ Chí Minh may approve it), and an edit of a
// published story by editor2@ that editor@ can review. Seeding twice changes nothing.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../workers/auth/session-store';
import { createDb } from '../../workers/core/db';
import { ORIGIN, fetchApp } from '../helpers/http';
import { seedDemo } from '../helpers/seed';

async function as(userId: string) {
  const { token } = await createSession(createDb(env.DB), userId, 'vitest');
  return { cookie: `${SESSION_COOKIE}=${token}`, origin: ORIGIN, accept: 'text/html' };
}

function form(fields: Record<string, string>) {
  return { 'content-type': 'application/x-www-form-urlencoded', body: new URLSearchParams(fields).toString() };
}

async function approve(headers: Record<string, string>, id: number, revision: number) {
  const { body, ...type } = form({ mode: 'now', revision: String(revision) });
  return fetchApp(`/editor/stories/${id}/approve`, { method: 'POST', redirect: 'manual', headers: { ...headers, ...type }, body });
}

let editor: Record<string, string>;
let editor2: Record<string, string>;

beforeAll(async () => {
  await seedDemo();
  await seedDemo();
  editor = await as('seed-editor');
  editor2 = await as('seed-editor2');
});

describe('the demo review queue', () => {
  it('gives editor@ the contributor’s story, its own story and a pending edit, each with an author and a submitted time', async () => {
    const html = await (await fetchApp('/editor', { headers: editor })).text();
    for (const title of ['Chờ duyệt: gương sáng hiến máu ở Hà Nội', 'Chờ duyệt: tổ xe ôm tình nguyện chở bệnh nhân ở Quận 8', 'Sân chơi từ lốp xe cũ cho con em công nhân xóm trọ']) {
      expect(html).toContain(title);
    }
    expect(html).toContain('của Phạm Minh Cộng');
    expect(html).toContain('của Trần Văn Biên');
    const rows = await env.DB.prepare("SELECT count(*) AS n FROM stories WHERE id <= 200 AND (author_id IS NULL OR (status != 'draft' AND submitted_at IS NULL))").first<{ n: number }>();
    expect(rows?.n).toBe(0);
  });

  it('keeps editor@ from approving its own story, and explains why before it tries', async () => {
    const page = await (await fetchApp('/editor/stories/107/review', { headers: editor })).text();
    expect(page).toContain('Vì sao bạn không duyệt được bài này');
    expect(page).toContain('Một biên tập viên khác phụ trách TP. Hồ Chí Minh có thể duyệt bài này.');
    expect(page).not.toContain('action="/editor/stories/107/approve"');
    expect((await approve(editor, 107, 1)).status).toBe(403);
  });

  it('lets editor2@ (TP. Hồ Chí Minh) see editor@’s story and approve it', async () => {
    const queue = await (await fetchApp('/editor', { headers: editor2 })).text();
    expect(queue).toContain('Chờ duyệt: tổ xe ôm tình nguyện chở bệnh nhân ở Quận 8');
    // editor2@ works on TP. Hồ Chí Minh only: Hà Nội's submission is not in its queue.
    expect(queue).not.toContain('Chờ duyệt: gương sáng hiến máu ở Hà Nội');
    const page = await (await fetchApp('/editor/stories/107/review', { headers: editor2 })).text();
    expect(page).toContain('action="/editor/stories/107/approve"');
    const res = await approve(editor2, 107, 1);
    expect(res.status).toBe(303);
    expect((await env.DB.prepare('SELECT status FROM stories WHERE id = 107').first<{ status: string }>())?.status).toBe('published');
  });

  it('has a pending edit by editor2@ that editor@ can review with its diff, and editor2@ cannot approve', async () => {
    const page = await (await fetchApp('/editor/stories/17/review', { headers: editor })).text();
    expect(page).toContain('Bản sửa chờ duyệt (phiên bản 2)');
    expect(page).toContain('Sửa bởi Lê Thị Tập');
    expect(page).toMatch(/<ins>[^<]*120[^<]*<\/ins>/);
    expect(page).toContain('action="/editor/stories/17/approve"');
    const own = await (await fetchApp('/editor/stories/17/review', { headers: editor2 })).text();
    expect(own).toContain('Bạn đã sửa phiên bản này');
    expect(own).not.toContain('action="/editor/stories/17/approve"');
  });
});
