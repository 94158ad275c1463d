import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../workers/core/db';
import { runImportJob } from '../../workers/imports/import-jobs';
import { signedInAs, type TestUser } from '../helpers/auth';
import { readJson } from '../helpers/http';
import { capturingQueue, D1_DOWN_MESSAGE, fetchDuringOutage } from '../helpers/outage';
import { excelCsv, HEADER, insertDemoUnits, userCount } from './import-helpers';

/** The real D1, whose batches start failing after `okBatches` have gone through (D1 down mid-import). */
function d1FailingAfter(okBatches: number): D1Database {
  let batches = 0;
  return new Proxy(env.DB, {
    get(target, prop, proxy) {
      // The app reads through a D1 session (workers/core/d1-session.ts): the session is this same failing binding.
      if (prop === 'withSession') return () => proxy;
      if (prop === 'getBookmark') return () => null;
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => {
          batches += 1;
          if (batches > okBatches) return Promise.reject(new Error(D1_DOWN_MESSAGE, { cause: new Error('Network connection lost.') }));
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('D1 failing in the middle of an import', () => {
  let admin: TestUser;
  beforeAll(async () => {
    await insertDemoUnits();
    admin = await signedInAs('admin', { provinceCode: null });
  });

  it('answers 503 with Retry-After, leaves no half-written chunk, and the queue finishes the job exactly once', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => [`Người ${i}`, `o${i}@donvi.vn`, '', 'DNG', '', '']);
    const before = await userCount();
    const { sent, queue } = capturingQueue();
    // Batch 1 creates the job, batch 2 writes chunk 0 (200 rows); chunk 1 fails.
    const res = await fetchDuringOutage({ DB: d1FailingAfter(2), IMPORTS_QUEUE: queue }, '/api/users/import', {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      body: excelCsv([HEADER, ...rows]),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    const problem = await readJson<{ code: string; importId: string }>(res);
    expect(problem.code).toBe('UNAVAILABLE');
    expect(await userCount()).toBe(before + 200);
    const job = await env.DB.prepare('SELECT status, chunks_done AS done, chunks_total AS total FROM user_imports WHERE id = ?').bind(problem.importId).first();
    expect(job).toEqual({ status: 'running', done: 1, total: 3 });
    expect(sent).toEqual([{ importId: problem.importId }]);

    // The queue consumer's work, twice (a redelivery): the rest is written once.
    const db = createDb(env.DB);
    expect((await runImportJob(db, problem.importId)).finished).toBe(true);
    expect((await runImportJob(db, problem.importId)).finished).toBe(true);
    expect(await userCount()).toBe(before + 450);
    const done = await env.DB.prepare('SELECT status, created, chunks_done AS done FROM user_imports WHERE id = ?').bind(problem.importId).first();
    expect(done).toEqual({ status: 'done', created: 450, done: 3 });
    const audits = await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'user.import' AND target = ?").bind(`import:${problem.importId}`).first('n');
    expect(audits).toBe(1);
  });

  it('writes nothing when D1 fails before the job exists', async () => {
    const before = await userCount();
    const jobs = await env.DB.prepare('SELECT count(*) AS n FROM user_imports').first('n');
    const { queue } = capturingQueue();
    const res = await fetchDuringOutage({ DB: d1FailingAfter(0), IMPORTS_QUEUE: queue }, '/api/users/import', {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      body: excelCsv([HEADER, ['Một Người', 'mot.nguoi@donvi.vn', '', 'DNG', '', '']]),
    });
    expect(res.status).toBe(503);
    expect(await userCount()).toBe(before);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM user_imports').first('n')).toBe(jobs);
  });
});
