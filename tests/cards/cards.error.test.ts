import { describe, expect, it } from 'vitest';
import { fetchApp } from '../helpers/http';
import { insertStory } from '../share/fixtures';

describe('GET /cards/… that is not a current card', () => {
  it('answers 404 for a file name that is not a card', async () => {
    for (const path of ['/cards/abc.png', '/cards/1-zzzz.png', '/cards/0-0123456789abcdef.png', '/cards/1-0123456789abcdef.jpg']) {
      expect((await fetchApp(path)).status, path).toBe(404);
    }
  });

  it('answers 404 for a story that does not exist', async () => {
    expect((await fetchApp('/cards/999999-0123456789abcdef.png')).status).toBe(404);
  });

  it('answers 404 for a draft, whatever the hash', async () => {
    const story = await insertStory({ status: 'draft' });
    const res = await fetchApp(`/cards/${story.id}-0123456789abcdef.png`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
