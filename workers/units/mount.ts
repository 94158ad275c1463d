import { Hono } from 'hono';
import type { AppEnv } from '../core/types';
import { unitsPageRoutes } from './units-pages.routes';
import { unitsRoutes } from './units.routes';

/** The units domain: JSON API and the /editor/units desk page. */
export const unitsDomain = new Hono<AppEnv>().route('/', unitsRoutes).route('/', unitsPageRoutes);
