// The thumbnail route when R2 does not answer: the one onError's 503 with Retry-After,
// never a 500 and never an error page cached as an immutable image.
import { describe, expect, it } from 'vitest';
import { failingR2, fetchDuringOutage } from '../helpers/outage';

describe('GET /media/thumbs/:name with R2 down', () => {
  it('answers 503 with Retry-After and no-store', async () => {
    const res = await fetchDuringOutage({ MEDIA: failingR2() }, '/media/thumbs/t1-k-1-0000000000000000-1x.jpg');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeTruthy();
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
