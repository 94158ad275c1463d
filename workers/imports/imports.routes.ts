import { Hono } from 'hono';
import { RESET_PATH } from '../account/account-links';
import { currentUser, requireRole } from '../auth/middleware';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { realEmail } from '../users/identity';
import { startImport } from './import-jobs';
import { findImportJob, jobJson, planJson } from './imports.queries';
import { importId, importQuery, readImportUpload } from './imports.schemas';
import { inviteLinksCsv } from './invite-links';
import { planImport } from './plan';

/** Bulk import of members (JSON). Admins only; an admin with a province imports that province's rows only. */
export const importRoutes = new Hono<AppEnv>()
  .post('/api/users/import', requireRole('admin'), validate('query', importQuery), async (c) => {
    const upload = await readImportUpload(c);
    const dryRun = c.req.valid('query').dryRun ?? upload.dryRun ?? false;
    const actor = currentUser(c);
    const plan = await planImport(c.var.db, actor, upload.text);
    const shown = planJson(plan, c.var.lang);
    if (dryRun) return c.json({ dryRun: true, import: null, ...shown, invites: [] });
    const { id, result } = await startImport(c.var.db, c.env.IMPORTS_QUEUE, actor, plan, { withInvites: true });
    const origin = new URL(c.req.url).origin;
    const byLine = new Map(plan.rows.map((row) => [row.line, row]));
    // Shown once: only the links' hashes are kept (the import's page issues new ones when lost).
    c.header('Cache-Control', 'no-store');
    if (!result.finished) c.header('Location', `/api/users/import/${id}`);
    return c.json(
      {
        dryRun: false,
        import: { id, status: result.finished ? 'done' : 'running', url: `/editor/users/import/${id}` },
        ...shown,
        invites: result.invites.map((invite) => {
          const row = byLine.get(invite.line);
          return {
            line: invite.line,
            name: row?.name ?? '',
            email: row?.email ? realEmail(row.email) : null,
            phone: row?.phone ?? null,
            url: `${origin}${RESET_PATH}/${invite.token}`,
            expiresAt: new Date(invite.expiresAt).toISOString(),
          };
        }),
      },
      result.finished ? 201 : 202,
    );
  })
  .get('/api/users/import/:id', requireRole('admin'), validate('param', importId), async (c) => {
    const job = await findImportJob(c.var.db, currentUser(c), c.req.valid('param').id);
    if (job.status === 'running') c.header('Retry-After', '3');
    return c.json({ import: jobJson(job, c.var.lang) });
  })
  .post('/api/users/import/:id/links', requireRole('admin'), validate('param', importId), async (c) => {
    const actor = currentUser(c);
    const job = await findImportJob(c.var.db, actor, c.req.valid('param').id);
    const file = await inviteLinksCsv(c.var.db, job.id, actor.id, new URL(c.req.url).origin);
    return linksResponse(file.csv, job.id);
  });

/** The links CSV as a download, never stored by a cache. */
export function linksResponse(csv: string, id: string): Response {
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="lien-ket-dat-mat-khau-${id.slice(0, 8)}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
