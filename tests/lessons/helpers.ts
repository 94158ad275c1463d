import { env } from 'cloudflare:workers';
import { lessons, type LessonContent, type LessonStatus } from '../../schema';
import { createDb } from '../../workers/core/db';

/** A valid quiz of `n` questions with three answers each (the second one right). */
export function questionsOf(n = 5) {
  return Array.from({ length: n }, (_, i) => ({
    prompt: `Câu hỏi số ${i + 1}: nên làm gì trước khi chia sẻ?`,
    options: [
      { text: 'Chia sẻ ngay', explanation: 'Chưa kiểm chứng thì chưa nên chia sẻ.' },
      { text: 'Kiểm tra nguồn tin', explanation: 'Đúng: kiểm chứng trước khi chia sẻ.' },
      { text: 'Bình luận gay gắt', explanation: 'Bình luận cần lịch sự, có trách nhiệm.' },
    ],
    correct: 1,
  }));
}

export function lessonContent(over: Partial<LessonContent> = {}): LessonContent {
  return {
    title: 'Kiểm chứng trước khi chia sẻ',
    summary: 'Năm bước đơn giản.',
    body: 'Trước khi chia sẻ, hãy **kiểm chứng** nguồn tin.\n\n- Ai viết?\n- Khi nào?',
    questions: questionsOf(5),
    ...over,
  };
}

let n = 0;
/** A lesson row straight in D1 (tests build their own; the demo lesson belongs to the seed). */
export async function insertLesson(over: Partial<typeof lessons.$inferInsert> & { status?: LessonStatus } = {}): Promise<number> {
  n += 1;
  const content = lessonContent();
  const now = Date.now();
  const [row] = await createDb(env.DB)
    .insert(lessons)
    .values({ slug: `bai-hoc-thu-${n}-${crypto.randomUUID().slice(0, 6)}`, ...content, bodyHtml: '<p>x</p>', createdAt: now, updatedAt: now, ...over })
    .returning({ id: lessons.id });
  if (!row) throw new Error('no lesson inserted');
  return row.id;
}
