// Matching adds AT MOST ONE D1 statement to report intake, and keeps intake's failure
// behaviour: D1 down → 503 with nothing stored; the claims queue down → the report is stored.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../workers/core/db';
import { submitReport } from '../../workers/reports/submit-report';
import { capturingQueue, failingD1 } from '../helpers/outage';
import { readJson } from '../helpers/http';
import { postReportInApp, rowCount } from '../reports/helpers';
import { decide, indexedReport } from './helpers';

/** env.DB with every prepared statement counted, and whether it went out alone or in a batch. */
function countingD1() {
  const counts = { prepared: 0, batches: 0, batched: 0 };
  const d1 = new Proxy(env.DB, {
    get(target, prop) {
      if (prop === 'prepare') return (query: string) => (counts.prepared++, target.prepare(query));
      if (prop === 'batch') return (stmts: D1PreparedStatement[]) => (counts.batches++, (counts.batched += stmts.length), target.batch(stmts));
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { d1, counts };
}

const secret = 'test-only-hash-secret';

async function submitCounted(description: string, url = '') {
  const { d1, counts } = countingD1();
  const queue = capturingQueue();
  const outcome = await submitReport(createDb(d1), { MEDIA: env.MEDIA, CLAIMS_QUEUE: queue.queue as unknown as Queue }, secret, {
    input: { url, category: 'false_news', description },
    ipHash: null,
    screenshot: null,
  });
  return { outcome, counts, sent: queue.sent };
}

describe('report intake with claim matching', () => {
  it('costs one statement beside the report batch (was: the batch alone), even with candidates to re-score', async () => {
    const older = await indexedReport('Cảng Hải Phòng phát hiện container chứa chất phóng xạ rò rỉ, dân quanh cảng phải đóng cửa ở trong nhà.');
    await decide(older.caseId);
    const { outcome, counts, sent } = await submitCounted('Nóng: container rò rỉ chất phóng xạ ở cảng Hải Phòng, dân quanh cảng phải đóng cửa ở trong nhà');
    expect(outcome.answer.auto?.caseId).toBe(older.caseId);
    // One batch of the report's writes (4 statements without an idempotency key), plus ONE statement alone: the lookup.
    expect(counts.batches).toBe(1);
    expect(counts.batched).toBe(4);
    expect(counts.prepared - counts.batched).toBe(1);
    // Indexing is queued, not done on the request path.
    expect(sent).toEqual([{ reportId: outcome.answer.id, caseId: outcome.answer.caseId }]);
  });

  it('a link report without text still costs at most that one statement, and queues nothing to index', async () => {
    const { counts, sent } = await submitCounted('', 'https://www.facebook.com/100064/posts/777001');
    expect(counts.prepared - counts.batched).toBeLessThanOrEqual(1);
    expect(sent).toEqual([]);
  });

  it('answers 503 and stores nothing when D1 is down (the lookup fails first)', async () => {
    const [reports, cases] = [await rowCount('reports'), await rowCount('cases')];
    const res = await postReportInApp({ category: 'false_news', description: 'Cầu Bính Hải Phòng sắp sập, các kỹ sư đã bỏ chạy, tuyệt đối không đi qua.' }, {}, { DB: failingD1('all') });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeTruthy();
    expect(await rowCount('reports')).toBe(reports);
    expect(await rowCount('cases')).toBe(cases);
  });

  it('answers 503 and stores nothing when D1 takes the lookup but fails the writes', async () => {
    const reports = await rowCount('reports');
    const res = await postReportInApp({ category: 'false_news', description: 'Hải Phòng tặng mỗi hộ dân 3 triệu đồng hỗ trợ tiền điện, đăng ký qua link.' }, {}, { DB: failingD1('writes') });
    expect(res.status).toBe(503);
    expect(await rowCount('reports')).toBe(reports);
  });

  it('stores the report when the claims queue is down', async () => {
    const down = { send: () => Promise.reject(new Error('Queue send failed: internal error')), sendBatch: () => Promise.reject(new Error('down')) } as unknown as Queue;
    const res = await postReportInApp({ category: 'false_news', description: 'Chợ nổi Cái Răng Cần Thơ bị xóa sổ, cấm ghe buôn bán trên sông từ tháng này.' }, {}, { CLAIMS_QUEUE: down });
    expect(res.status).toBe(201);
    const { id } = await readJson<{ id: number }>(res);
    expect(await env.DB.prepare('SELECT id FROM reports WHERE id = ?').bind(id).first()).not.toBeNull();
  });
});
