// A campaign's cover is uploaded like a story's: a checked image file with required alt text.
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaigns } from '../../schema';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { db, insertCampaign } from './fixtures';

// A real 1×1 PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);

let editor: TestUser;
beforeAll(async () => {
  editor = await signedInAs('editor');
});

type Cover = { coverKey: string | null; coverAlt: string | null };

function multipart(file: Blob | null, fields: Record<string, string>) {
  const form = new FormData();
  if (file) form.set('file', file, 'anh-bia.png');
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

const apiUpload = (id: number, file: Blob | null, fields: Record<string, string>, user = editor) =>
  fetchApp(`/api/campaigns/${id}/cover`, { method: 'POST', headers: user.headers, body: multipart(file, fields) });

const formUpload = (id: number, file: Blob | null, fields: Record<string, string>, user = editor) =>
  fetchApp(`/editor/campaigns/${id}/cover`, { method: 'POST', headers: { ...user.headers, accept: 'text/html' }, body: multipart(file, fields), redirect: 'manual' });

const stored = async (id: number) => (await db().select({ coverKey: campaigns.coverKey, coverAlt: campaigns.coverAlt }).from(campaigns).where(eq(campaigns.id, id)))[0];

describe('campaign covers through the JSON API', () => {
  it('stores the image in R2 with its alt text; the public page and card show it', async () => {
    const id = await insertCampaign();
    const res = await apiUpload(id, new Blob([PNG], { type: 'image/png' }), { alt: 'Thanh niên trồng cây ven sông' });
    const body = await readJson<Cover & { slug: string }>(res);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.coverKey).toMatch(new RegExp(`^covers/${id}-[\\w-]+\\.png$`));
    expect(body.coverAlt).toBe('Thanh niên trồng cây ven sông');
    const served = await fetchApp(`/media/${body.coverKey}`);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);

    const page = await (await fetchApp(`/campaigns/${body.slug}`)).text();
    expect(page).toContain(`src="/media/${body.coverKey}" alt="Thanh niên trồng cây ven sông"`);
    const list = await (await fetchApp('/campaigns')).text();
    expect(list).toContain(`class="campaign-card-cover" src="/media/${body.coverKey}"`);
  });

  it('replaces the image, changes only the alt text without a file, and removes the cover', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const first = await readJson<Cover>(await apiUpload(id, new Blob([PNG]), { alt: 'Ảnh đầu' }));
    const second = await readJson<Cover>(await apiUpload(id, new Blob([JPEG]), { alt: 'Ảnh thay' }));
    expect(second.coverKey).toMatch(/\.jpg$/);
    expect(second.coverKey).not.toBe(first.coverKey);
    const altOnly = await readJson<Cover>(await apiUpload(id, null, { alt: 'Chỉ sửa mô tả' }));
    expect(altOnly).toMatchObject({ coverKey: second.coverKey, coverAlt: 'Chỉ sửa mô tả' });

    const removed = await fetchApp(`/api/campaigns/${id}/cover`, { method: 'DELETE', headers: editor.headers });
    expect(await readJson<Cover>(removed)).toMatchObject({ coverKey: null, coverAlt: null });
  });

  it('requires alt text, a real image and a file the first time, naming the field', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const noAlt = await apiUpload(id, new Blob([PNG]), { alt: '   ' });
    expect(noAlt.status).toBe(400);
    expect((await readJson<{ errors: { path: string }[] }>(noAlt)).errors[0]?.path).toBe('alt');
    const noFile = await apiUpload(id, null, { alt: 'Có mô tả' });
    expect((await readJson<{ errors: { path: string }[] }>(noFile)).errors[0]?.path).toBe('file');
    const fake = await apiUpload(id, new Blob(['<svg onload=alert(1)>'], { type: 'image/png' }), { alt: 'Giả ảnh' });
    expect(fake.status).toBe(415);
    expect(await stored(id)).toEqual({ coverKey: null, coverAlt: null });
  });

  it('refuses a cover key without alt text through PATCH', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const res = await sendJson('PATCH', `/api/campaigns/${id}`, { coverKey: 'covers/12-AbCdEfGh12.jpg' }, editor.headers);
    expect(res.status).toBe(400);
    expect((await readJson<{ errors: { path: string }[] }>(res)).errors[0]?.path).toBe('coverAlt');
  });

  it('leaves an ended campaign’s cover alone and stores nothing', async () => {
    const id = await insertCampaign({ status: 'ended' });
    const before = (await env.MEDIA.list({ prefix: `covers/${id}-` })).objects.length;
    expect((await apiUpload(id, new Blob([PNG]), { alt: 'Muộn rồi' })).status).toBe(409);
    expect((await env.MEDIA.list({ prefix: `covers/${id}-` })).objects.length).toBe(before);
  });
});

describe('campaign covers through the page forms', () => {
  it('uploads with a preview slot and required alt text, then offers replace and remove', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const empty = await (await fetchApp(`/editor/campaigns/${id}`, { headers: editor.headers })).text();
    expect(empty).toContain('enctype="multipart/form-data"');
    expect(empty).toMatch(/<input id="cf-file" type="file" name="file" accept="image\/jpeg,image\/png,image\/webp" required=""/);
    expect(empty).toMatch(/<input id="cf-alt" type="text" name="alt" maxlength="300" required=""/);
    expect(empty).toContain('id="cm-cover-preview" hidden=""');
    expect(empty).not.toContain('name="coverKey"');

    const res = await formUpload(id, new Blob([PNG]), { alt: 'Lễ ra quân' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/editor/campaigns/${id}?done=cover#cm-cover-section`);
    const { coverKey } = (await stored(id)) ?? { coverKey: null };
    const page = await (await fetchApp(`/editor/campaigns/${id}?done=cover`, { headers: editor.headers })).text();
    expect(page).toContain('Đã lưu ảnh bìa.');
    expect(page).toContain(`src="/media/${coverKey}" alt="Lễ ra quân"`);
    expect(page).toContain('Gỡ ảnh bìa');

    const remove = await fetchApp(`/editor/campaigns/${id}/cover/remove`, { method: 'POST', headers: { ...editor.headers, accept: 'text/html' }, redirect: 'manual' });
    expect(remove.headers.get('location')).toBe(`/editor/campaigns/${id}?done=coverRemoved#cm-cover-section`);
    expect(await stored(id)).toEqual({ coverKey: null, coverAlt: null });
  });

  it('re-renders with the reason and the typed alt text when the file is missing or not an image', async () => {
    const id = await insertCampaign({ status: 'draft' });
    const noFile = await formUpload(id, null, { alt: 'Mô tả đã gõ' });
    expect(noFile.status).toBe(400);
    const html = await noFile.text();
    expect(html).toContain('href="#cf-file"');
    expect(html).toContain('<span class="field-error" id="cf-file-error">Choose an image file (JPEG, PNG or WebP)</span>');
    expect(html).toMatch(/id="cf-file"[^>]*aria-describedby="cf-file-error" aria-invalid="true"/);
    expect(html).toContain('value="Mô tả đã gõ"');
    const fake = await formUpload(id, new Blob(['GIF89a']), { alt: 'Ảnh GIF' });
    expect(fake.status).toBe(415);
    expect(await fake.text()).toContain('value="Ảnh GIF"');
  });
});

describe('who may set a campaign cover', () => {
  it('refuses members and contributors (403) and anonymous callers (401)', async () => {
    const id = await insertCampaign({ status: 'draft' });
    for (const role of ['member', 'contributor'] as const) {
      const user = await signedInAs(role);
      expect((await apiUpload(id, new Blob([PNG]), { alt: 'Không được' }, user)).status, role).toBe(403);
      expect((await fetchApp(`/api/campaigns/${id}/cover`, { method: 'DELETE', headers: user.headers })).status, role).toBe(403);
      expect((await formUpload(id, new Blob([PNG]), { alt: 'Không được' }, user)).status, role).toBe(403);
      expect((await fetchApp(`/editor/campaigns/${id}/cover/remove`, { method: 'POST', headers: user.headers })).status, role).toBe(403);
    }
    expect((await fetchApp(`/api/campaigns/${id}/cover`, { method: 'POST', body: multipart(new Blob([PNG]), { alt: 'x' }) })).status).toBe(401);
    expect(await stored(id)).toEqual({ coverKey: null, coverAlt: null });
  });
});
