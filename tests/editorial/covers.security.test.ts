import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sniffImage } from '../../workers/editorial/covers';
import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { createStory, type EditorStory, type Problem } from './story-helpers';

// A real 1×1 PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const JPEG_HEAD = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const WEBP_HEAD = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20]);

function upload(user: TestUser, id: number, file: Blob | null, fields: Record<string, string>) {
  const form = new FormData();
  if (file) form.set('file', file, 'anh-bia.png');
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return fetchApp(`/api/stories/${id}/cover`, { method: 'POST', headers: user.headers, body: form });
}

describe('cover images', () => {
  it('recognises JPEG, PNG and WebP by their first bytes only', () => {
    expect(sniffImage(PNG)).toBe('png');
    expect(sniffImage(JPEG_HEAD)).toBe('jpg');
    expect(sniffImage(WEBP_HEAD)).toBe('webp');
    expect(sniffImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImage(new TextEncoder().encode('GIF89a'))).toBeNull();
  });

  it('are stored in R2 with alt text, as a new revision, and served with long immutable caching', async () => {
    const author = await signedInAs('contributor');
    const story = await createStory(author);
    const res = await upload(author, story.id, new Blob([PNG], { type: 'image/png' }), { alt: 'Cô giáo đứng trước lớp học', revision: '1' });
    const body = await readJson<{ story: EditorStory }>(res);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.story.coverAlt).toBe('Cô giáo đứng trước lớp học');
    expect(body.story.revision).toBe(2);
    expect(body.story.coverUrl).toMatch(/^\/media\/covers\/\d+-[\w-]+\.png$/);
    expect(await env.MEDIA.head(body.story.coverKey ?? '')).not.toBeNull();

    const served = await fetchApp(body.story.coverUrl ?? '');
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);
  });

  it('refuses a file that only claims to be an image, with 415', async () => {
    const author = await signedInAs('contributor');
    const story = await createStory(author);
    const fake = new Blob(['<script>alert(1)</script>'], { type: 'image/png' });
    const res = await upload(author, story.id, fake, { alt: 'Ảnh giả' });
    expect(res.status).toBe(415);
    expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('file');
  });

  it('refuses a file over 5 MB with 413', async () => {
    const author = await signedInAs('contributor');
    const story = await createStory(author);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG.slice(0, 8));
    const res = await upload(author, story.id, new Blob([big], { type: 'image/png' }), { alt: 'Ảnh quá lớn' });
    expect(res.status).toBe(413);
  });

  it('requires alt text and a file', async () => {
    const author = await signedInAs('contributor');
    const story = await createStory(author);
    let res = await upload(author, story.id, new Blob([PNG], { type: 'image/png' }), { alt: '  ' });
    expect(res.status).toBe(400);
    expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('alt');
    res = await upload(author, story.id, null, { alt: 'Không có tệp' });
    expect((await readJson<Problem>(res)).errors?.[0]?.path).toBe('file');
  });

  it("refuses an upload to someone else's story before storing anything", async () => {
    const owner = await signedInAs('contributor');
    const other = await signedInAs('contributor');
    const story = await createStory(owner);
    const before = (await env.MEDIA.list({ prefix: `covers/${story.id}-` })).objects.length;
    const res = await upload(other, story.id, new Blob([PNG], { type: 'image/png' }), { alt: 'Ảnh của người khác' });
    expect(res.status).toBe(403);
    expect((await env.MEDIA.list({ prefix: `covers/${story.id}-` })).objects.length).toBe(before);
  });

  it('answers 404 for a cover that does not exist and 400 for a malformed name', async () => {
    expect((await fetchApp('/media/covers/1-aaaaaaaaaaaa.png')).status).toBe(404);
    expect((await fetchApp('/media/covers/..%2Fsecret')).status).toBe(400);
  });
});
