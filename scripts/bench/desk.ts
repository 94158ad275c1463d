// The editors' desk in `npm run bench`: each desk page's server time, signed in, against the
// bare route of the same run. Desk pages are private (never cached), so their cached-table
// figures are as uncached as the uncached ones: both tables show D1 work per request.
import { DEMO_PASSWORD } from '../seed/accounts';
import type { BenchContext, Scenario } from './scenarios';

/** Cookies of the demo accounts the desk pages need, and a story waiting in the review queue. */
export type DeskSessions = { editor: string; admin: string; reviewId: number };

const html = (cookie: string) => ({ accept: 'text/html', cookie });
function desk(ctx: BenchContext): DeskSessions {
  if (!ctx.desk) throw new Error('desk scenarios need signInDesk() first');
  return ctx.desk;
}

/** Sign in through the JSON endpoint; returns the `name=value` of the session cookie. */
async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`bench sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  return cookie;
}

/** Sessions for the desk scenarios (kept in D1, so they outlive a restart of `wrangler dev`). */
export async function signInDesk(base: string): Promise<DeskSessions> {
  const editor = await signIn(base, 'editor@lantoa.local');
  const admin = await signIn(base, 'admin@lantoa.local');
  const page = await (await fetch(`${base}/editor`, { headers: html(editor) })).text();
  const id = page.match(/\/editor\/stories\/(\d+)\/review/)?.[1];
  if (!id) throw new Error('bench: the demo review queue is empty (no /editor/stories/:id/review link on /editor)');
  return { editor, admin, reviewId: Number(id) };
}

/** One scenario per desk page, as the role that works there. Names start with "desk" (BENCH_ONLY=desk). */
export const deskScenarios: Scenario[] = [
  { name: 'desk /editor (editor)', path: '/editor', headers: (ctx) => html(desk(ctx).editor) },
  { name: 'desk review screen (editor)', path: (ctx) => `/editor/stories/${desk(ctx).reviewId}/review`, headers: (ctx) => html(desk(ctx).editor) },
  { name: 'desk /editor/cases (editor)', path: '/editor/cases', headers: (ctx) => html(desk(ctx).editor) },
  { name: 'desk /editor/audit (admin)', path: '/editor/audit', headers: (ctx) => html(desk(ctx).admin) },
  { name: 'desk /editor/stats (editor)', path: '/editor/stats', headers: (ctx) => html(desk(ctx).editor) },
  { name: 'desk /editor/users (admin)', path: '/editor/users', headers: (ctx) => html(desk(ctx).admin) },
  { name: 'desk /editor/campaigns (editor)', path: '/editor/campaigns', headers: (ctx) => html(desk(ctx).editor) },
];
