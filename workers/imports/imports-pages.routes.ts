import { Hono, type Context } from 'hono';
import { isFormError, pageError, type PageError } from '../../web/components/editor/page-error';
import { ImportJobPage, ImportPage } from '../../web/pages/editor/import-page';
import { currentUser } from '../auth/middleware';
import { requirePage } from '../auth/page-guard';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { listProvinces } from '../editorial/reference';
import { toCsv } from '../stats/csv';
import { TEMPLATE_HEADER } from './columns';
import { startImport } from './import-jobs';
import { findImportJob, jobErrorRows } from './imports.queries';
import { linksResponse } from './imports.routes';
import { importId, readImportUpload } from './imports.schemas';
import { inviteLinksCsv, linksPending } from './invite-links';
import { importScope, planImport, type ImportPlan } from './plan';

async function renderForm(c: Context<AppEnv>, extra: { error?: PageError; checked?: { plan: ImportPlan; csv: string } } = {}, status: 200 | 400 | 413 | 415 = 200) {
  const scope = importScope(currentUser(c));
  const scopeName = scope ? ((await listProvinces(c.var.db)).find((p) => p.code === scope)?.name ?? scope) : null;
  return c.html(ImportPage({ lang: c.var.lang, user: currentUser(c), scopeName, ...extra }), status);
}

/** The template: the header and two example rows, with a BOM so Excel shows the Vietnamese. */
const TEMPLATE = toCsv(
  [...TEMPLATE_HEADER],
  [
    ['Nguyễn Văn An', 'an.nguyen@example.vn', '0905 123 456', 'Đà Nẵng', 'Đảng bộ phường Hải Châu / Chi bộ khu phố 3', 'thành viên'],
    ['Trần Thị Bình', '', '0912 345 678', 'DNG', 'Đoàn Thanh niên phường Hải Châu', 'cộng tác viên'],
  ],
);

/** /editor/users/import in HTML: the same rules as POST /api/users/import, for admins. */
export const importPageRoutes = new Hono<AppEnv>()
  .get('/editor/users/import', requirePage('admin'), (c) => renderForm(c))
  .get('/editor/users/import/mau.csv', requirePage('admin'), (c) =>
    c.body(TEMPLATE, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="mau-nhap-thanh-vien.csv"' }),
  )
  .post('/editor/users/import', requirePage('admin'), async (c) => {
    try {
      const upload = await readImportUpload(c);
      const actor = currentUser(c);
      const plan = await planImport(c.var.db, actor, upload.text);
      // "Check first" shows the plan and carries the checked text to the confirm button (nothing stored).
      if (upload.dryRun) return renderForm(c, { checked: { plan, csv: upload.text.replace(/^\uFEFF/, '') } });
      const { id } = await startImport(c.var.db, c.env.IMPORTS_QUEUE, actor, plan, { withInvites: false });
      return c.redirect(`/editor/users/import/${id}`, 303);
    } catch (err) {
      if (!isFormError(err)) throw err;
      return renderForm(c, { error: pageError(err) }, err.status as 400 | 413 | 415);
    }
  })
  .get('/editor/users/import/:id', requirePage('admin'), validate('param', importId), async (c) => {
    const job = await findImportJob(c.var.db, currentUser(c), c.req.valid('param').id);
    const pending = await linksPending(c.var.db, job.id);
    return c.html(ImportJobPage({ lang: c.var.lang, user: currentUser(c), job, errors: jobErrorRows(job), linksPending: pending }));
  })
  .post('/editor/users/import/:id/links', requirePage('admin'), validate('param', importId), async (c) => {
    const actor = currentUser(c);
    const job = await findImportJob(c.var.db, actor, c.req.valid('param').id);
    const file = await inviteLinksCsv(c.var.db, job.id, actor.id, new URL(c.req.url).origin);
    return linksResponse(file.csv, job.id);
  });
