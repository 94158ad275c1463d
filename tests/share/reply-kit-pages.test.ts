// The story page and /share/:slug of a story with replies show the reply kit first; the JSON too.
import { describe, expect, it } from 'vitest';
import { fetchApp, readJson } from '../helpers/http';
import { insertStory } from './fixtures';

const replies = ['Thông tin này chưa đúng, mời bạn đọc bài kiểm chứng của Lan Tỏa.', 'Bạn nên kiểm tra nguồn chính thức trước khi chia sẻ nhé.'];

describe('pages that render the share kit', () => {
  it('the story page and the share page show the replies with the story link; the story JSON returns them', async () => {
    const story = await insertStory({ categoryCode: 'rebuttal', replies });
    for (const path of [`/stories/${story.slug}`, `/share/${story.slug}`]) {
      const html = await (await fetchApp(path, { headers: { accept: 'text/html' } })).text();
      expect(html, path).toContain('Trả lời bài sai sự thật');
      expect(html, path).toContain(`${replies[0]}\nhttps://lantoa.test/stories/${story.slug}`);
      expect(html.indexOf('data-reply-kit'), path).toBeLessThan(html.indexOf('share-caption-0'));
    }
    const json = await readJson<{ replies: string[] }>(await fetchApp(`/api/stories/${story.slug}`));
    expect(json.replies).toEqual(replies);
  });

  it('a story without replies shows no reply kit', async () => {
    const story = await insertStory();
    const html = await (await fetchApp(`/stories/${story.slug}`, { headers: { accept: 'text/html' } })).text();
    expect(html).not.toContain('data-reply-kit');
  });
});
