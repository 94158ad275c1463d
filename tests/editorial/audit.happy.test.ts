import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { act, published } from './story-helpers';

type Entry = { action: string; actorId: string | null; actorName: string | null; target: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; createdAt: string };

describe('the audit log', () => {
  it('records every state change of a story: who, what, before and after, when', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await published(author, editor);
    await act(editor, story.id, 'archive', { reason: 'Đã hết thời sự' });
    const res = await fetchApp(`/api/audit?target=story:${story.id}`, { headers: editor.headers });
    const { entries } = await readJson<{ entries: Entry[] }>(res);
    expect(res.status).toBe(200);
    expect(entries.map((e) => e.action)).toEqual(['story.archive', 'story.approve', 'story.submit', 'story.create']);
    expect(entries[0]).toMatchObject({ actorId: editor.id, before: { status: 'published' }, after: { status: 'archived', reason: 'Đã hết thời sự' } });
    expect(entries[1]).toMatchObject({ actorId: editor.id, after: { status: 'published' } });
    expect(entries[3]).toMatchObject({ actorId: author.id, target: `story:${story.id}` });
    expect(Date.parse(entries[0]?.createdAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(entries.every((e) => e.target === `story:${story.id}`)).toBe(true);
  });

  it('filters by kind of target and validates the filter', async () => {
    const editor = await signedInAs('editor');
    const res = await fetchApp('/api/audit?target=story:', { headers: editor.headers });
    const { entries } = await readJson<{ entries: Entry[] }>(res);
    expect(entries.every((e) => e.target.startsWith('story:'))).toBe(true);
    expect((await fetchApp('/api/audit?target=%3Cscript%3E', { headers: editor.headers })).status).toBe(400);
  });

  it('is closed to contributors', async () => {
    const contributor = await signedInAs('contributor');
    expect((await fetchApp('/api/audit', { headers: contributor.headers })).status).toBe(403);
  });
});
