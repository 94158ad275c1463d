import { Hono } from 'hono';
import type { AppEnv } from '../core/types';
import { CATEGORIES, PROVINCES } from './reference';

// Reference data changes only with a migration, so browsers and the edge may keep it for an hour.
const REFERENCE_CACHE = 'public, max-age=3600';

/** `GET /api/provinces` and `GET /api/categories`: the lists the feed filters accept. */
export const geoRoutes = new Hono<AppEnv>()
  .get('/api/provinces', (c) => {
    c.header('Cache-Control', REFERENCE_CACHE);
    return c.json({ items: PROVINCES.map(({ code, name, slug }) => ({ code, name, slug })) });
  })
  .get('/api/categories', (c) => {
    c.header('Cache-Control', REFERENCE_CACHE);
    // Both names, so the answer does not depend on the reader's language and caches as one.
    return c.json({ items: CATEGORIES.map(({ code, nameVi, nameEn, color }) => ({ code, nameVi, nameEn, color })) });
  });
