import { env } from 'cloudflare:workers';
import { cases } from '../../schema';
import { createDb } from '../../workers/core/db';
import type { TestUser } from '../helpers/auth';
import { fetchApp } from '../helpers/http';
import { createStory, type EditorStory } from './story-helpers';

/** Two courteous replies, as an editor would write them. */
export const REPLIES = [
  'Thông tin này chưa chính xác. Mời bạn đọc bài kiểm chứng của Lan Tỏa trước khi chia sẻ tiếp nhé.',
  'Cảm ơn bạn đã quan tâm. Cơ quan chức năng đã xác nhận đây là tin sai; bạn có thể xem nguồn chính thức trong bài.',
] as const;

export type ReplyStory = EditorStory & { replies: string[] };

/** A draft in the rebuttal category (not yet any case's rebuttal). */
export async function rebuttalDraft(author: TestUser, overrides: Record<string, unknown> = {}): Promise<ReplyStory> {
  return (await createStory(author, { categoryCode: 'rebuttal', title: 'Sự thật về tin cắt điện toàn tỉnh', ...overrides })) as ReplyStory;
}

/** Make `storyId` a decided case's rebuttal, as the case desk does. */
export async function linkAsRebuttal(storyId: number): Promise<number> {
  const now = Date.now();
  const [row] = await createDb(env.DB)
    .insert(cases)
    .values({
      canonicalUrl: `https://www.facebook.com/posts/reply-kit-${crypto.randomUUID()}`,
      platform: 'facebook',
      category: 'false_news',
      status: 'false',
      verdictSummary: 'Không có thông báo cắt điện nào như vậy.',
      verdictAt: now,
      rebuttalStoryId: storyId,
      reportCount: 1,
      firstSeenAt: now,
      lastSeenAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: cases.id });
  if (!row) throw new Error('case not inserted');
  return row.id;
}

/** POST the story form with every reply box (a browser sends all three, blanks included). */
export function postStoryForm(path: string, user: TestUser, fields: Record<string, string>, replies: readonly string[]) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const reply of replies) form.append('replies', reply);
  form.append('file', new Blob([], { type: 'application/octet-stream' }), '');
  return fetchApp(path, { method: 'POST', redirect: 'manual', headers: { ...user.headers, accept: 'text/html' }, body: form });
}
