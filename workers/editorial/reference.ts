import { eq } from 'drizzle-orm';
import { categories, provinces } from '../../schema';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';

// Province and category codes live in the database (migration 0001), so they are
// checked there rather than against a list in code that could drift.

export async function assertProvince(db: Db, code: string | null | undefined, path = 'provinceCode'): Promise<void> {
  if (code == null) return;
  const row = await db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, code)).get();
  if (!row) throw AppError.field(path, `Unknown province code "${code}"`);
}

export async function assertCategory(db: Db, code: string | null | undefined, path = 'categoryCode'): Promise<void> {
  if (code == null) return;
  const row = await db.select({ code: categories.code }).from(categories).where(eq(categories.code, code)).get();
  if (!row) throw AppError.field(path, `Unknown category code "${code}"`);
}

export function listProvinces(db: Db) {
  return db.select({ code: provinces.code, name: provinces.name }).from(provinces).orderBy(provinces.sortOrder);
}

export function listCategories(db: Db) {
  return db
    .select({ code: categories.code, nameVi: categories.nameVi, nameEn: categories.nameEn })
    .from(categories)
    .orderBy(categories.sortOrder);
}
