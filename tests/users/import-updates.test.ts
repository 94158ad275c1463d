import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../workers/core/db';
import { consumeImports } from '../../workers/imports/imports.queue';
import { signedInAs, type TestUser } from '../helpers/auth';
import { excelCsv, HEADER, importCsv, insertDemoUnits } from './import-helpers';

const rows = (n: number, name: (i: number) => string) => Array.from({ length: n }, (_, i) => [name(i), `cn${i}@donvi.vn`, `0913 ${String(100000 + i).slice(0, 3)} ${String(100000 + i).slice(3)}`, 'DNG', '', '']);

describe('updating many existing members', () => {
  let admin: TestUser;
  beforeAll(async () => {
    await insertDemoUnits();
    admin = await signedInAs('admin', { provinceCode: null });
  });

  it('updates 2,000 changed names in chunks, then finds them unchanged', async () => {
    expect((await importCsv(admin, excelCsv([HEADER, ...rows(2000, (i) => `Cũ ${i}`)]))).body.counts.created).toBe(2000);
    const changed = await importCsv(admin, excelCsv([HEADER, ...rows(2000, (i) => `Mới ${i}`)]));
    expect(changed.status).toBe(201);
    expect(changed.body.counts).toMatchObject({ created: 0, updated: 2000, unchanged: 0 });
    expect(await env.DB.prepare("SELECT name FROM users WHERE email = 'cn1999@donvi.vn'").first('name')).toBe('Mới 1999');
    expect((await importCsv(admin, excelCsv([HEADER, ...rows(2000, (i) => `Mới ${i}`)]))).body.counts).toMatchObject({ updated: 0, unchanged: 2000 });
  }, 120_000);

  it('the queue consumer finishes a job left running, and acks a malformed message', async () => {
    const { body } = await importCsv(admin, excelCsv([HEADER, ['Hàng Đợi', 'hang.doi@donvi.vn', '', 'DNG', '', '']]), { dryRun: true });
    expect(body.counts.created).toBe(1);
    // A job as the request would leave it on running out of time: created, nothing written.
    const { createImportJob } = await import('../../workers/imports/import-jobs');
    const { planImport } = await import('../../workers/imports/plan');
    const actor = { id: admin.id, email: admin.email, name: 'A', role: 'admin' as const, provinceCode: null, unit: null, unitId: null, phone: null };
    const db = createDb(env.DB);
    const job = await createImportJob(db, actor, await planImport(db, actor, excelCsv([HEADER, ['Hàng Đợi', 'hang.doi@donvi.vn', '', 'DNG', '', '']])));
    const acked: string[] = [];
    const message = (id: string, body: unknown) => ({ id, body, attempts: 1, timestamp: new Date(), ack: () => acked.push(id), retry: () => undefined });
    const batch = { queue: 'lan-toa-imports', messages: [message('m1', { importId: job.id }), message('m2', { nope: true })], ackAll: () => undefined, retryAll: () => undefined };
    await consumeImports(batch as unknown as MessageBatch<unknown>, env);
    expect(acked.sort()).toEqual(['m1', 'm2']);
    expect(await env.DB.prepare('SELECT status, created FROM user_imports WHERE id = ?').bind(job.id).first()).toEqual({ status: 'done', created: 1 });
  });
});
