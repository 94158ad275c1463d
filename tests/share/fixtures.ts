import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { stories } from '../../schema';
import { createDb } from '../../workers/core/db';

let counter = 0;

export type StoryFixture = typeof stories.$inferSelect;

/**
 * Insert a story straight into D1 (the editorial workflow is another domain's),
 * published unless `status` says otherwise.
 */
export async function insertStory(overrides: Partial<typeof stories.$inferInsert> = {}): Promise<StoryFixture> {
  counter += 1;
  const now = Date.now();
  const [row] = await createDb(env.DB)
    .insert(stories)
    .values({
      slug: `cau-chuyen-${counter}-${crypto.randomUUID().slice(0, 8)}`,
      title: 'Thanh niên Đà Nẵng sửa 40 mái nhà trước mùa mưa bão',
      summary: 'Đoàn phường tổ chức 3 đợt tình nguyện giúp các hộ khó khăn.',
      categoryCode: 'role_model',
      provinceCode: 'DNG',
      captions: ['Những mái nhà mới trước mùa bão: cảm ơn các bạn trẻ Đà Nẵng!', 'Việc tốt lan tỏa từ một phường nhỏ.'],
      hashtags: ['LanTỏa', 'ĐàNẵng'],
      status: 'published',
      publishedAt: now,
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('story not inserted');
  return row;
}

/** Change a story as an editor would (title edit, archive …). */
export async function updateStory(id: number, changes: Partial<typeof stories.$inferInsert>): Promise<void> {
  await createDb(env.DB).update(stories).set({ ...changes, updatedAt: Date.now() }).where(eq(stories.id, id));
}
