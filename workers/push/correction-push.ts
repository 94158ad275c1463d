// "A story I shared is corrected or withdrawn": after the corrections consumer has recorded
// the correction, the members who shared the story are told on their phones, once per
// correction (event id `correction:<correction event id>`, claimed in push_triggers).
import { eq } from 'drizzle-orm';
import { stories } from '../../schema';
import type { Db } from '../core/db';
import type { CorrectionMessage } from '../notices/notices.queue';
import { clip } from '../share/share-links';
import { queueOnce } from './push-send';
import type { PushFanout } from './push.types';

type Story = { id: number; slug: string; title: string; status: string };

/** The fan-out message for a recorded correction of `story`. */
export function correctionFanout(m: Pick<CorrectionMessage, 'eventId' | 'kind'>, story: Story): PushFanout {
  const title = clip(story.title, 200);
  const corrected = m.kind === 'corrected';
  return {
    eventId: `correction:${m.eventId}`,
    topic: 'corrections',
    audience: { kind: 'sharers', storyId: story.id },
    vi: corrected
      ? { title: 'Câu chuyện bạn đã chia sẻ vừa được đính chính', body: `${title}. Mở để xem phần đã sửa và chia sẻ lại bản đúng.` }
      : { title: 'Câu chuyện bạn đã chia sẻ đã bị gỡ', body: `${title}. Hãy gỡ bài bạn đã đăng; mở để xem lý do.` },
    en: corrected
      ? { title: 'A story you shared was corrected', body: `${title}. Open it to see what changed and share the right version.` }
      : { title: 'A story you shared was withdrawn', body: `${title}. Please take down your post; open to see why.` },
    // A withdrawn story has no page any more: its notice (with the reason) is on /me.
    path: corrected && story.status === 'published' ? `/stories/${story.slug}` : '/me',
    tag: `story-${story.id}`,
  };
}

/** Queues the correction's push (once); logs and swallows every failure, so the correction stays recorded. */
export async function pushCorrection(env: Pick<Env, 'PUSH_QUEUE'>, db: Db, m: Pick<CorrectionMessage, 'eventId' | 'kind' | 'storyId'>, now: number): Promise<boolean> {
  return queueOnce(env, db, `correction:${m.eventId}`, now, async () => {
    const [story] = await db
      .select({ id: stories.id, slug: stories.slug, title: stories.title, status: stories.status })
      .from(stories)
      .where(eq(stories.id, m.storyId));
    return story ? [correctionFanout(m, story)] : [];
  });
}
