import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { DEMO_RECEIPTS } from '../../scripts/seed/reports';
import { fetchApp, readJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';

describe('the demo seed for reports', () => {
  it('loads demo cases whose counts match their reports and whose receipts work; loading twice changes nothing', async () => {
    await seedDemo();
    const counts = () => env.DB.prepare('SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM cases) AS cases').first();
    const once = await counts();
    await seedDemo();
    expect(await counts()).toEqual(once);
    const mismatched = await env.DB.prepare('SELECT id FROM cases c WHERE report_count != (SELECT count(*) FROM reports r WHERE r.case_id = c.id)').all();
    expect(mismatched.results).toEqual([]);
    const receipt = await readJson(await fetchApp(`/api/reports/${DEMO_RECEIPTS[6]}`));
    expect(receipt).toMatchObject({ status: 'misleading', verdictSummary: expect.stringContaining('Sở GTVT Đà Nẵng') });
  });
});
