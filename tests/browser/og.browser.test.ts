import ogs from 'open-graph-scraper';
import { describe, expect, inject, it } from 'vitest';
import { OG_STORY as story } from './share-fixtures';

const baseURL = inject('baseURL');

function pngSize(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b);
  return { signature, width: view.getUint32(16), height: view.getUint32(20) };
}

describe('Open Graph, as a link-preview fetcher reads it', () => {
  it("reads the story's title, description and a fetchable 1200×630 PNG card", async () => {
    const { result, error } = await ogs({ url: `${baseURL}/stories/${story.slug}`, fetchOptions: { headers: { 'user-agent': 'facebookexternalhit/1.1' } } });
    expect(error).toBe(false);
    expect(result.ogTitle).toBe(story.title);
    expect(result.ogDescription).toBe(story.summary);
    expect(result.twitterCard).toBe('summary_large_image');
    const image = result.ogImage?.[0];
    expect(image?.url).toMatch(new RegExp(`^${baseURL}/cards/${story.id}-[0-9a-f]{16}\\.png$`));
    expect(image?.width).toBe('1200');
    expect(image?.height).toBe('630');
    expect(result.twitterImage?.[0]?.url).toBe(image?.url);

    const res = await fetch(image?.url ?? '', { headers: { 'user-agent': 'facebookexternalhit/1.1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ signature: true, width: 1200, height: 630 });
  });
});
