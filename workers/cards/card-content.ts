import { and, eq } from 'drizzle-orm';
import { categories, provinces, stories } from '../../schema';
import type { Db } from '../core/db';
import { normaliseCardContent } from './card-address';
import type { CardContent } from './card-design';

/** Everything drawn on a published story's cards, or null when the story is not (or no longer) public. */
export async function loadCardContent(db: Db, storyId: number): Promise<CardContent | null> {
  const [row] = await db
    .select({
      storyId: stories.id,
      title: stories.title,
      summary: stories.summary,
      coverKey: stories.coverKey,
      categoryName: categories.nameVi,
      categoryColor: categories.color,
      provinceName: provinces.name,
    })
    .from(stories)
    .innerJoin(categories, eq(categories.code, stories.categoryCode))
    .innerJoin(provinces, eq(provinces.code, stories.provinceCode))
    .where(and(eq(stories.id, storyId), eq(stories.status, 'published')))
    .limit(1);
  return row ? normaliseCardContent(row) : null;
}
