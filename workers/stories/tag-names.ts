// Tag names. Tags are stored as slugs (`tinh-nguyen`) so `?tag=` matches however they were
// typed; readers see the name a writer first gave the slug ("Tình nguyện"), kept per slug in
// `tag_names` (schema/stories.ts). Reads fetch the names inside the page's own statement,
// so a feed page and a story page stay one D1 query each.
import { sql, type SQL } from 'drizzle-orm';
import { nfc, normaliseTag } from './text';

export type TagName = { slug: string; name: string };

/**
 * A readable name from the slug alone, for a slug nobody has named (old rows; the
 * migration's backfill writes the same).
 *
 * @example
 * tagLabelFromSlug('tinh-nguyen') // 'Tinh nguyen'
 */
export function tagLabelFromSlug(slug: string): string {
  const words = slug.replaceAll('-', ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Typed tags as slug and name, one per slug (the first spelling wins), in the order typed;
 * only tags with a letter or digit (slugify would turn the rest into a placeholder).
 *
 * @example
 * tagNamesOf(['#Tình nguyện', 'tinh nguyen', 'Hiến máu']) // [{ slug: 'tinh-nguyen', name: 'Tình nguyện' }, { slug: 'hien-mau', name: 'Hiến máu' }]
 */
export function tagNamesOf(typed: readonly string[]): TagName[] {
  const out = new Map<string, string>();
  for (const tag of typed) {
    if (!/[\p{L}\p{N}]/u.test(tag)) continue;
    const slug = normaliseTag(tag);
    // Control and format characters (zero-width, text-direction overrides) are invisible in the
    // form but would ride along on every story that shows this name.
    if (!out.has(slug)) out.set(slug, nfc(tag).replace(/[\p{Cc}\p{Cf}]/gu, (c) => (/\s/.test(c) ? ' ' : '')).replace(/^#+/, '').replace(/\s+/g, ' ').trim());
  }
  return [...out].map(([slug, name]) => ({ slug, name }));
}

/**
 * Remember the names of some tags, in the same batch as the story write. The first name
 * given to a slug stays; a guessed name (from the backfill) gives way to a real one. A
 * slug typed back as itself (`tinh-nguyen`, as the edit form shows old tags) names nothing.
 */
export function rememberTagNames(names: readonly TagName[], now: number): SQL | null {
  const real = names.filter((t) => t.name !== t.slug);
  if (real.length === 0) return null;
  const rows = sql.join(
    real.map((t) => sql`(${t.slug}, ${t.name}, 0, ${now})`),
    sql`, `,
  );
  return sql`INSERT INTO tag_names (slug, name, guessed, created_at) VALUES ${rows}
    ON CONFLICT (slug) DO UPDATE SET name = excluded.name, guessed = 0, created_at = excluded.created_at WHERE tag_names.guessed = 1`;
}

/**
 * A column: the known names of a row's tags as a JSON object `{slug: name}` (primary-key
 * look-ups, a handful per row). `tags` is the row's JSON list of slugs.
 */
export function tagNamesColumn(tags: SQL): SQL<string | null> {
  return sql<string | null>`(SELECT json_group_object(n.slug, n.name) FROM tag_names n WHERE n.slug IN (SELECT value FROM json_each(${tags})))`;
}

/**
 * A feed statement with each row's tag names beside it. MATERIALIZED: the page (at most a
 * limit and the pinned block) is chosen first, and names are looked up for those rows only,
 * never for every search match.
 */
export function withTagNames(statement: SQL): SQL {
  return sql`WITH page AS MATERIALIZED (${statement}) SELECT page.*, ${tagNamesColumn(sql.raw('page.tags'))} AS tag_names FROM page`;
}

/** The names of `slugs` in their order, from a `tagNamesColumn` value; unnamed slugs read as words. */
export function namesFor(slugs: readonly string[], json: string | null): string[] {
  let known: Record<string, unknown> = {};
  try {
    const parsed: unknown = json ? JSON.parse(json) : {};
    if (parsed && typeof parsed === 'object') known = parsed as Record<string, unknown>;
  } catch {
    known = {};
  }
  return slugs.map((slug) => {
    const name = known[slug];
    return typeof name === 'string' && name !== '' ? name : tagLabelFromSlug(slug);
  });
}
