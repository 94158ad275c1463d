// The desk's review queue (GET /editor): filters by province, category and state in a
// plain GET form, longest waiting first, with how long each story has waited.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs, type TestUser } from '../helpers/auth';
import { nationalEditor, page } from './review-helpers';
import { edit, published, submitted } from './story-helpers';

const HOUR = 3_600_000;
let editor: TestUser;
const ids: Record<string, number> = {};

/** The titles in the queue section, in order. */
async function queue(query = ''): Promise<string[]> {
  const res = await page(`/editor${query}`, editor);
  expect(res.status).toBe(200);
  const html = await res.text();
  return [...html.matchAll(/<a class="queue-title" href="\/editor\/stories\/\d+\/review">([^<]+)<\/a>/g)].map((m) => m[1] ?? '');
}

beforeAll(async () => {
  editor = await nationalEditor();
  const author = await signedInAs('contributor', { name: 'Vũ Thị Hàng' });
  ids.hue = (await submitted(author, { title: 'Hàng chờ: Huế, mới gửi', provinceCode: 'HUE', categoryCode: 'humane_story' })).id;
  ids.lci = (await submitted(author, { title: 'Hàng chờ: Lào Cai, chờ lâu nhất' })).id;
  const live = await published(author, editor, { title: 'Hàng chờ: bài đã đăng' });
  ids.edit = (await edit(await nationalEditor(), live, { title: 'Hàng chờ: bản sửa bài đã đăng' })).id;
  ids.scheduled = (await submitted(author, { title: 'Hàng chờ: đã hẹn giờ' })).id;
  await env.DB.prepare("UPDATE stories SET status = 'scheduled', scheduled_at = ? WHERE id = ?").bind(Date.now() + 48 * HOUR, ids.scheduled).run();
  const now = Date.now();
  const at = { lci: now - 2 * 24 * HOUR - HOUR, edit: now - 26 * HOUR, hue: now - 3 * HOUR - 60_000 };
  for (const [key, time] of Object.entries(at)) await env.DB.prepare('UPDATE stories SET submitted_at = ? WHERE id = ?').bind(time, ids[key]).run();
});

describe('the review queue on the desk', () => {
  it('lists submissions and pending edits, longest waiting first, saying how long each has waited', async () => {
    expect(await queue()).toEqual(['Hàng chờ: Lào Cai, chờ lâu nhất', 'Hàng chờ: bài đã đăng', 'Hàng chờ: Huế, mới gửi']);
    const html = await (await page('/editor', editor)).text();
    expect(html).toContain('chờ 2 ngày');
    expect(html).toContain('chờ 1 ngày');
    expect(html).toContain('chờ 3 giờ');
    // Names, not codes.
    expect(html).toContain('Huế · Câu chuyện nhân văn · của Vũ Thị Hàng');
    expect(await (await page('/editor?lang=en', editor)).text()).toContain('waiting 3 h');
  });

  it('filters by state: new submissions, pending edits, scheduled', async () => {
    expect(await queue('?state=submitted')).toEqual(['Hàng chờ: Lào Cai, chờ lâu nhất', 'Hàng chờ: Huế, mới gửi']);
    expect(await queue('?state=pending')).toEqual(['Hàng chờ: bài đã đăng']);
    expect(await queue('?state=scheduled')).toEqual(['Hàng chờ: đã hẹn giờ']);
  });

  it('filters by province and category, keeping the choices in the form', async () => {
    expect(await queue('?province=HUE&category=&state=')).toEqual(['Hàng chờ: Huế, mới gửi']);
    expect(await queue('?category=role_model&state=submitted')).toEqual(['Hàng chờ: Lào Cai, chờ lâu nhất']);
    const html = await (await page('/editor?province=HUE&state=submitted', editor)).text();
    expect(html).toMatch(/<option value="HUE" selected="">Huế<\/option>/);
    expect(html).toMatch(/<option value="submitted" selected="">Bài mới gửi<\/option>/);
    expect(html).toMatch(/<form method="get" action="\/editor" class="filter-form queue-filters">/);
  });

  it('names a filter it cannot use (400), never a 500', async () => {
    const res = await page('/editor?state=everything', editor, 'application/json');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('state');
  });
});
