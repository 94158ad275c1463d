import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../schema';
import { createDb } from '../../workers/core/db';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { insertStory } from './fixtures';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

async function clicksOf(code: string): Promise<number> {
  const [row] = await createDb(env.DB).select({ clicks: shareLinks.clicks }).from(shareLinks).where(eq(shareLinks.code, code));
  return row?.clicks ?? -1;
}

describe('clicks through the real lan-toa-clicks queue', () => {
  it('reach D1 through the producer binding and the registered consumer', async () => {
    const story = await insertStory();
    const { code } = await readJson<{ code: string }>(await sendJson('POST', '/api/shares', { story: story.id, channel: 'copy' }));
    for (let i = 0; i < 3; i++) {
      const res = await fetchApp(`/l/${code}`, { headers: { 'user-agent': BROWSER, 'cf-connecting-ip': `100.64.9.${i + 1}` }, redirect: 'manual' });
      expect(res.status).toBe(302);
    }
    await fetchApp(`/l/${code}`, { headers: { 'user-agent': 'facebookexternalhit/1.1' }, redirect: 'manual' });
    // The queue delivers after max_batch_timeout (5 s): poll rather than sleep a fixed time.
    const deadline = Date.now() + 15_000;
    while ((await clicksOf(code)) < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await clicksOf(code)).toBe(3);
  });
});
