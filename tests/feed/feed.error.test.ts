import { beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../workers/stories/cursor';
import { fetchApp, readJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import type { ProblemJson } from './helpers';

beforeAll(async () => {
  await seedDemo();
});

/** Expect a 400 problem+json naming exactly `field`. */
async function expectFieldError(path: string, field: string) {
  const res = await fetchApp(path);
  const body = await readJson<ProblemJson>(res);
  expect(res.status, JSON.stringify(body)).toBe(400);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(body).toMatchObject({ type: '/problems/validation-failed', title: 'Validation failed', status: 400, code: 'VALIDATION_FAILED' });
  expect(body.requestId).toBe(res.headers.get('x-request-id'));
  expect(body.errors?.map((e) => e.path)).toEqual([field]);
  expect(body.errors?.[0]?.message).toBeTruthy();
  return body;
}

describe('GET /api/stories refuses bad input with a problem naming the field', () => {
  it('an unknown province code', async () => {
    const body = await expectFieldError('/api/stories?province=XYZ', 'province');
    expect(body.errors?.[0]?.message).toContain('Unknown province');
  });

  it('a province given by name instead of code', async () => {
    await expectFieldError(`/api/stories?province=${encodeURIComponent('Đà Nẵng')}`, 'province');
  });

  it('an unknown category code', async () => {
    await expectFieldError('/api/stories?category=gossip', 'category');
  });

  it('a limit of 0, 51, a fraction or a word', async () => {
    for (const limit of ['0', '51', '2.5', 'ten', '-1', '99999']) await expectFieldError(`/api/stories?limit=${limit}`, 'limit');
  });

  it('a cursor that is not base64url, not ours, or forged', async () => {
    for (const cursor of ['%%%', 'abc', btoa('{"p":1}'), encodeURIComponent(btoa('["f",-1,2]')), 'x'.repeat(500)]) {
      await expectFieldError(`/api/stories?cursor=${cursor}`, 'cursor');
    }
  });

  it('a search cursor on a plain listing and a feed cursor on a search', async () => {
    const search = encodeCursor({ kind: 'search', tier: 1, publishedAt: 1, id: 1 });
    const feed = encodeCursor({ kind: 'feed', publishedAt: 1, id: 1 });
    await expectFieldError(`/api/stories?cursor=${search}`, 'cursor');
    await expectFieldError(`/api/stories?q=hoa&cursor=${feed}`, 'cursor');
  });

  it('search text that is too long or has no letters or digits', async () => {
    await expectFieldError(`/api/stories?q=${'a'.repeat(2049)}`, 'q');
    await expectFieldError(`/api/stories?q=${encodeURIComponent('?! -- **')}`, 'q');
  });

  it('a tag with symbols and a repeated parameter', async () => {
    await expectFieldError(`/api/stories?tag=${encodeURIComponent('<script>')}`, 'tag');
    await expectFieldError('/api/stories?province=HNI&province=DNG', 'province');
  });

  it('names every bad field at once', async () => {
    const res = await fetchApp('/api/stories?province=XYZ&limit=0');
    const body = await readJson<ProblemJson>(res);
    expect(body.errors?.map((e) => e.path).sort()).toEqual(['limit', 'province']);
  });
});

describe('GET /api/stories/:slug', () => {
  it('answers 404 problem+json for an unknown slug', async () => {
    const res = await fetchApp('/api/stories/khong-co-bai-nay');
    const body = await readJson<ProblemJson>(res);
    expect(res.status).toBe(404);
    expect(body).toMatchObject({ code: 'NOT_FOUND', status: 404, type: '/problems/not-found' });
  });

  it('answers 404 for drafts, submitted, rejected, scheduled and archived stories alike', async () => {
    for (const slug of [
      'ban-nhap-da-nang-chuan-bi-le-hoi-phao-hoa',
      'cho-duyet-guong-sang-hien-mau-o-ha-noi',
      'bi-tu-choi-tin-chua-xac-minh-ve-da-nang',
      'len-lich-thanh-tuu-nong-thon-moi-quang-ninh',
      'da-go-cau-chuyen-nhan-van-o-hue',
    ]) {
      const res = await fetchApp(`/api/stories/${slug}`);
      expect(res.status, slug).toBe(404);
    }
  });

  it('answers 400 naming the slug when it cannot be a slug', async () => {
    const res = await fetchApp('/api/stories/Not_A_Slug');
    const body = await readJson<ProblemJson>(res);
    expect(res.status).toBe(400);
    expect(body.errors?.map((e) => e.path)).toEqual(['slug']);
  });
});
