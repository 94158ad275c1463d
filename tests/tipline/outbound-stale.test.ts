// A verdict or rebuttal retried after a 429/500 can come round after a newer one was decided:
// the consumer re-reads the case and drops the stale message, so the chat's last word is the desk's.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cases, stories } from '../../schema';
import type { OutboundMessage } from '../../workers/tipline/tipline.types';
import { tellChats } from '../../workers/tipline/verdict-fanout';
import { insertStory } from '../share/fixtures';
import { db, deliver, envCapturing, fakePlatforms, OUT_QUEUE, SERVER_ERROR, seedCase, seedChat, seedTiplineReport } from './outbound-harness';

vi.spyOn(console, 'log').mockImplementation(() => {});
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

let fake: ReturnType<typeof fakePlatforms> | undefined;
afterEach(() => {
  fake?.restore();
  fake = undefined;
});

async function owed() {
  const run = envCapturing();
  await tellChats(run.env);
  return run.sent as OutboundMessage[];
}

describe('a verdict retried after the case was decided again', () => {
  it('is dropped (acked, no call to the platform); the newer verdict is what the chat gets', async () => {
    const c = await seedCase({ status: 'false', verdictSummary: 'Sai: ảnh cắt ghép.' });
    const chat = await seedChat();
    await seedTiplineReport(c.id, chat.id, '42');
    const [first] = await owed();
    expect(first).toMatchObject({ purpose: 'verdict', caseId: c.id, status: 'false' });

    // The platform fails the first try: the message waits for its retry.
    fake = fakePlatforms([SERVER_ERROR]);
    expect((await deliver(OUT_QUEUE, [{ id: 'v-old', body: first, attempts: 1 }])).retried).toEqual(['v-old']);

    // Meanwhile the desk changes its mind; the new verdict goes out first.
    await db().update(cases).set({ status: 'misleading', verdictSummary: 'Gây hiểu lầm.' }).where(eq(cases.id, c.id));
    const [second] = await owed();
    expect(second).toMatchObject({ purpose: 'verdict', status: 'misleading' });
    expect((await deliver(OUT_QUEUE, [{ id: 'v-new', body: second }])).acked).toEqual(['v-new']);

    // The old one comes round again: dropped without a send.
    const late = await deliver(OUT_QUEUE, [{ id: 'v-old', body: first, attempts: 2 }]);
    expect(late.acked).toEqual(['v-old']);
    expect(late.retried).toEqual([]);
    expect(fake.calls.map((call) => call.body.text)).toHaveLength(2);
    expect(String(fake.calls[1]?.body.text)).toContain('Gây hiểu lầm');
    // Logged by purpose only: no chat id, no text.
    const lines = warn.mock.calls.map((args) => args.map(String).join(' ')).join('\n');
    expect(lines).toContain('telegram verdict stale, dropped');
    expect(lines).not.toContain(chat.chatId);
  });

  it('a case merged since is followed: the verdict still true of the case it joined is sent', async () => {
    const target = await seedCase({ status: 'false' });
    const source = await seedCase({ status: 'false' });
    await seedTiplineReport(source.id, (await seedChat()).id);
    const [message] = await owed();
    expect(message?.caseId).toBe(source.id);
    await db().update(cases).set({ mergedIntoId: target.id, status: 'reviewing' }).where(eq(cases.id, source.id));
    fake = fakePlatforms();
    expect((await deliver(OUT_QUEUE, [{ id: 'v-merged', body: message }])).acked).toEqual(['v-merged']);
    expect(fake.calls).toHaveLength(1);
  });
});

describe('a rebuttal card retried after its story was unpublished or replaced', () => {
  it('is dropped; while it stays linked and published it is sent', async () => {
    const story = await insertStory({ categoryCode: 'rebuttal' });
    const c = await seedCase({ status: 'false' });
    await db().update(cases).set({ rebuttalStoryId: story.id }).where(eq(cases.id, c.id));
    await seedTiplineReport(c.id, (await seedChat()).id);
    const sent = await owed();
    const card = sent.find((m) => m.purpose === 'rebuttal');
    expect(card).toMatchObject({ caseId: c.id, rebuttalStoryId: story.id });

    fake = fakePlatforms();
    expect((await deliver(OUT_QUEUE, [{ id: 'r-live', body: card }])).acked).toEqual(['r-live']);
    expect(fake.calls).toHaveLength(1);

    await db().update(stories).set({ status: 'draft' }).where(eq(stories.id, story.id));
    expect((await deliver(OUT_QUEUE, [{ id: 'r-unpublished', body: card }])).acked).toEqual(['r-unpublished']);

    const other = await insertStory({ categoryCode: 'rebuttal' });
    await db().update(stories).set({ status: 'published' }).where(eq(stories.id, story.id));
    await db().update(cases).set({ rebuttalStoryId: other.id }).where(eq(cases.id, c.id));
    expect((await deliver(OUT_QUEUE, [{ id: 'r-replaced', body: card }])).acked).toEqual(['r-replaced']);
    expect(fake.calls).toHaveLength(1);
  });
});
