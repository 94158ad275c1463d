// The demo rebuttals carry a reply kit a member can use at once: 2–3 courteous replies that
// pass the same schema the desk uses, seeded once (running the seed twice changes nothing).
import { env } from 'cloudflare:workers';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { publishedStories } from '../../scripts/seed/stories-data';
import { REPLY_MAX, repliesSchema } from '../../workers/editorial/replies';
import { seedDemo } from '../helpers/seed';

const rebuttals = publishedStories.filter((s) => s.category === 'rebuttal');

describe('the demo rebuttals’ reply kits', () => {
  it('every demo rebuttal has 2–3 replies of at most 300 characters, unchanged by the desk’s own schema', () => {
    expect(rebuttals.length).toBeGreaterThanOrEqual(3);
    for (const story of rebuttals) {
      const replies = story.replies ?? [];
      expect(replies.length, story.title).toBeGreaterThanOrEqual(2);
      expect(replies.length, story.title).toBeLessThanOrEqual(3);
      for (const reply of replies) expect(reply.normalize('NFC').length, reply).toBeLessThanOrEqual(REPLY_MAX);
      expect(v.parse(repliesSchema, replies), story.title).toEqual(replies.map((r) => r.normalize('NFC')));
    }
  });

  it('load into the stories, and seeding again (or over an older D1 without them) keeps one copy', async () => {
    await seedDemo();
    const first = rebuttals[0];
    if (!first) throw new Error('no demo rebuttal');
    // An older local D1: the row was seeded before reply kits existed.
    await env.DB.prepare("UPDATE stories SET replies = '[]' WHERE id = ?").bind(first.id).run();
    await seedDemo();
    await seedDemo();
    for (const story of rebuttals) {
      const row = await env.DB.prepare('SELECT replies FROM stories WHERE id = ?').bind(story.id).first<{ replies: string }>();
      expect(JSON.parse(row?.replies ?? '[]'), story.title).toEqual(story.replies?.map((r) => r.normalize('NFC')));
    }
  });
});
