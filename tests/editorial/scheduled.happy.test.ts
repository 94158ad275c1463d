import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../workers/index';
import { signedInAs } from '../helpers/auth';
import { fetchApp, readJson } from '../helpers/http';
import { act, captureEvents, storyStatus, submitted } from './story-helpers';

describe('scheduled publishing through the Cron Trigger', () => {
  it('publishes a scheduled story once its time has come, and not before', async () => {
    const author = await signedInAs('contributor');
    const editor = await signedInAs('editor');
    const story = await submitted(author);
    const at = Date.now() + 10 * 60_000;
    expect((await act(editor, story.id, 'approve', { revision: story.revision, publishAt: new Date(at).toISOString() })).status).toBe(200);

    // A minute before: nothing happens.
    let ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: at - 60_000, cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await storyStatus(story.id)).toBe('scheduled');

    // At the time: the handler publishes it and announces it.
    const events = await captureEvents(async () => {
      ctx = createExecutionContext();
      await worker.scheduled(createScheduledController({ scheduledTime: at, cron: '* * * * *' }), env, ctx);
      await waitOnExecutionContext(ctx);
    });
    expect(await storyStatus(story.id)).toBe('published');
    expect(events).toContainEqual({ kind: 'published', storyId: story.id, actorId: null });
    const row = await env.DB.prepare('SELECT published_at FROM stories WHERE id = ?').bind(story.id).first<{ published_at: number }>();
    expect(row?.published_at).toBe(at);

    // The audit log says the system did it.
    const audit = await readJson<{ entries: { action: string; actorId: string | null }[] }>(
      await fetchApp(`/api/audit?target=story:${story.id}`, { headers: editor.headers }),
    );
    expect(audit.entries[0]).toMatchObject({ action: 'story.publish', actorId: null });
  });

  it('sweeps expired sessions on the same run', async () => {
    const user = await signedInAs('member');
    await env.DB.prepare('UPDATE sessions SET expires_at = 1 WHERE user_id = ?').bind(user.id).run();
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    const left = await env.DB.prepare('SELECT COUNT(*) AS n FROM sessions WHERE user_id = ?').bind(user.id).first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});
