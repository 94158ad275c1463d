import { describe, expect, it } from 'vitest';
import { fetchApp, readJson, sendJson } from '../helpers/http';
import { insertStory } from './fixtures';

type Problem = { status: number; code: string; errors?: { path: string; message: string }[] };

describe('POST /api/shares with bad input', () => {
  it('names the channel when it is not one we track', async () => {
    const story = await insertStory();
    const res = await sendJson('POST', '/api/shares', { story: story.id, channel: 'myspace' });
    const body = await readJson<Problem>(res);
    expect(res.status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors?.map((e) => e.path)).toContain('channel');
  });

  it('names the story when it is missing or malformed', async () => {
    for (const story of [undefined, '', 'Không phải slug', -1, 1.5]) {
      const res = await sendJson('POST', '/api/shares', { story, channel: 'copy' });
      const body = await readJson<Problem>(res);
      expect(res.status, JSON.stringify(story)).toBe(400);
      expect(body.errors?.map((e) => e.path)).toContain('story');
    }
  });

  it('answers 404 for a story that does not exist or is not published', async () => {
    const draft = await insertStory({ status: 'draft' });
    for (const story of [999999, 'khong-co-cau-chuyen-nay', draft.id]) {
      const res = await sendJson('POST', '/api/shares', { story, channel: 'copy' });
      expect(res.status, String(story)).toBe(404);
      expect((await readJson<Problem>(res)).code).toBe('NOT_FOUND');
    }
  });

  it('answers 400, not 500, to a body that is not JSON', async () => {
    const res = await fetchApp('/api/shares', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://lantoa.test' }, body: '{"story":' });
    expect(res.status).toBe(400);
  });
});
