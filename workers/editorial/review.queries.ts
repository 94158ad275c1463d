// What the review screen says about a story besides its text: who wrote it, for
// which unit, and the names (never the codes) of its province and category.
import { eq, inArray } from 'drizzle-orm';
import { categories, provinces, users } from '../../schema';
import type { Db } from '../core/db';
import type { StoryContent, StoryRow } from './story-content';

export type ReviewFacts = {
  authorName: string | null;
  /** The author's unit (the free text on their account). */
  authorUnit: string | null;
  provinceName: string;
  categoryNameVi: string;
  categoryNameEn: string;
  categoryColor: string;
};

/** One batch of lookups by primary key; a code no row names falls back to itself rather than failing the page. */
export async function reviewFacts(db: Db, story: StoryRow, content: Pick<StoryContent, 'provinceCode' | 'categoryCode'>): Promise<ReviewFacts> {
  const [author, province, category] = await Promise.all([
    story.authorId ? db.select({ name: users.name, unit: users.unit }).from(users).where(eq(users.id, story.authorId)).get() : Promise.resolve(undefined),
    db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, content.provinceCode)).get(),
    db
      .select({ nameVi: categories.nameVi, nameEn: categories.nameEn, color: categories.color })
      .from(categories)
      .where(eq(categories.code, content.categoryCode))
      .get(),
  ]);
  return {
    authorName: author?.name ?? null,
    authorUnit: author?.unit || null,
    provinceName: province?.name ?? content.provinceCode,
    categoryNameVi: category?.nameVi ?? content.categoryCode,
    categoryNameEn: category?.nameEn ?? content.categoryCode,
    categoryColor: category?.color ?? '#1f2937',
  };
}

/** Province and category names by code, for a diff that changes either (so it reads "Huế → Đà Nẵng"). */
export async function referenceNames(db: Db, provinceCodes: string[], categoryCodes: string[]) {
  const [p, c] = await Promise.all([
    provinceCodes.length ? db.select({ code: provinces.code, name: provinces.name }).from(provinces).where(inArray(provinces.code, provinceCodes)) : [],
    categoryCodes.length
      ? db.select({ code: categories.code, nameVi: categories.nameVi, nameEn: categories.nameEn }).from(categories).where(inArray(categories.code, categoryCodes))
      : [],
  ]);
  return { provinces: new Map(p.map((r) => [r.code, r.name])), categories: new Map(c.map((r) => [r.code, { vi: r.nameVi, en: r.nameEn }])) };
}
