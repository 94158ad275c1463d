// The contract between push's parts: topic triggers (campaign start, a correction, a verdict)
// queue one `PushFanout`; the consumer (push.queue.ts) finds the opted-in subscriptions and
// sends each the notification in its language, encrypted (RFC 8291) and signed (VAPID).
import * as v from 'valibot';
import { pushTopics, type PushTopic } from '../../schema';

export type { PushTopic };

const words = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const text = v.object({ title: words(120), body: words(300) });

export const pushFanout = v.object({
  /** Chosen when queued; a redelivered message sends nothing twice to the same subscription. */
  eventId: v.pipe(v.string(), v.minLength(8), v.maxLength(80)),
  topic: v.picklist(pushTopics),
  /** Who may get it (always filtered by their opt-in for `topic`). */
  audience: v.variant('kind', [
    /** Members of a province (campaign start); null: national, everyone. */
    v.object({ kind: v.literal('province'), provinceCode: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))) }),
    /** Members who shared this story (correction, withdrawal). */
    v.object({ kind: v.literal('sharers'), storyId: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
    /** These accounts (a verdict on their reports). */
    v.object({ kind: v.literal('users'), userIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.minLength(1), v.maxLength(500)) }),
    /**
     * These subscriptions (queued by the consumer itself: the ones a push service asked to try
     * again later). Still filtered by their opt-in: someone who opted out meanwhile gets nothing.
     */
    v.object({ kind: v.literal('subscriptions'), ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.minLength(1), v.maxLength(500)) }),
  ]),
  /**
   * Paging, set by the consumer: only subscriptions with an id after this one. A large audience is
   * sent one page per message (push.queue.ts), the rest queued as the same event with this cursor.
   */
  after: v.optional(v.pipe(v.string(), v.maxLength(64))),
  vi: text,
  en: text,
  /** Same-origin path the notification opens (`/s/…`, `/campaigns/…`, `/report/…`). */
  path: v.pipe(v.string(), v.startsWith('/'), v.maxLength(512)),
  /** Notifications with the same tag replace each other on the device. */
  tag: v.pipe(v.string(), v.maxLength(64)),
});
export type PushFanout = v.InferOutput<typeof pushFanout>;

/** What the service worker receives (decrypted), in the subscriber's language, named by `lang` (the notification's `lang`, for the screen reader's voice). */
export type PushPayload = { title: string; body: string; url: string; tag: string; lang: 'vi' | 'en' };
