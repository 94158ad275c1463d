import { describe, expect, it } from 'vitest';
import { fetchApp, ORIGIN } from '../helpers/http';
import { insertStory } from './fixtures';
import { assetUrl } from '../../web/components/page-assets';

function form(fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) body.append(k, value);
  return fetchApp('/share', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, accept: 'text/html' },
    body,
  });
}

function trackedLinkIn(html: string): string {
  const m = /id="share-handoff-link" readonly="" value="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error(`no tracked link in ${html.slice(0, 300)}`);
  return m[1];
}

describe('GET /share/:slug', () => {
  it('shows the story with its share kit, the script and Open Graph tags', async () => {
    const story = await insertStory({ title: 'Cô giáo vùng cao', summary: 'Mười năm bám bản.' });
    const res = await fetchApp(`/share/${story.slug}`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<h1>Cô giáo vùng cao</h1>');
    expect(html).toContain('data-share-kit=""');
    expect(html).toContain(`<script src="${assetUrl('/js/share-kit.js')}" defer="">`);
    expect(html).toContain('<meta property="og:title" content="Cô giáo vùng cao"/>');
    expect(html).toContain('<meta property="og:description" content="Mười năm bám bản."/>');
    expect(html).toMatch(new RegExp(`<meta property="og:image" content="${ORIGIN}/cards/${story.id}-[0-9a-f]{16}\\.png"/>`));
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  });

  it('is 404 for a draft', async () => {
    const draft = await insertStory({ status: 'draft' });
    expect((await fetchApp(`/share/${draft.slug}`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });
});

describe('POST /share (the share kit without JS)', () => {
  it('forwards to Facebook with a fresh tracked link', async () => {
    const story = await insertStory();
    const res = await form({ story: String(story.id), channel: 'facebook', use: '0', caption: ['a', 'b'] });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const tracked = trackedLinkIn(html);
    expect(tracked).toMatch(new RegExp(`^${ORIGIN}/l/[A-Za-z0-9_-]{8}$`));
    const refresh = /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    expect(new URL(refresh ?? '').searchParams.get('u')).toBe(tracked);
  });

  it("uses the caption the member picked and edited for X", async () => {
    const story = await insertStory();
    const res = await form({ story: String(story.id), channel: 'x', use: '1', caption: ['Lời dẫn một', 'Lời dẫn hai, đã sửa'] });
    const html = await res.text();
    const refresh = /content="0;url=([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
    expect(new URL(refresh).searchParams.get('text')).toBe('Lời dẫn hai, đã sửa');
  });

  it('shows the link to copy and an "Open Zalo" button when Zalo has no Official Account', async () => {
    const story = await insertStory();
    const html = await (await form({ story: String(story.id), channel: 'zalo' })).text();
    expect(html).not.toContain('http-equiv="refresh"');
    expect(trackedLinkIn(html)).toContain('/l/');
    expect(html).toContain('href="https://zalo.me/"');
    expect(html).toContain('Mở Zalo');
  });

  it('shows the link to copy for "copy link"', async () => {
    const story = await insertStory();
    const html = await (await form({ story: String(story.id), channel: 'copy' })).text();
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).toContain('Sao chép liên kết dưới đây');
  });

  it('names the field when the form is wrong', async () => {
    const res = await fetchApp('/share', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams({ story: 'abc', channel: 'fax' }),
    });
    expect(res.status).toBe(400);
    const body = await res.json<{ errors: { path: string }[] }>();
    expect(body.errors.map((e) => e.path).sort()).toEqual(['channel', 'story']);
  });
});
