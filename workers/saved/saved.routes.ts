import { Hono, type Context } from 'hono';
import { SavedPage } from '../../web/pages/saved/saved-page';
import type { AppEnv } from '../core/types';

/** The saved list's Vietnamese path; `/saved` is its English alias (same page, same canonical). */
export const SAVED_PATH = '/da-luu';

function savedPage(c: Context<AppEnv>) {
  const { origin, pathname } = new URL(c.req.url);
  // No data of its own: the list is on the reader's phone. Revalidated at every visit
  // (signed-in readers get `private, no-store` from privateResponses).
  c.header('Cache-Control', 'no-cache');
  return c.html(SavedPage({ lang: c.var.lang, user: c.var.user, path: pathname, canonical: `${origin}${SAVED_PATH}` }));
}

/** `/da-luu` and `/saved`: the shell of "Lưu để chia sẻ sau"'s list (filled by /js/saved.js). */
export const savedRoutes = new Hono<AppEnv>().get(SAVED_PATH, savedPage).get('/saved', savedPage);
