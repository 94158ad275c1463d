// The contract between the tipline's parts: platform adapters turn a webhook body into an
// `InboundUpdate` and send an `OutboundMessage`; intake (tipline.routes.ts, intake.ts) turns
// updates into reports and answers; the outbound queue (outbound.queue.ts) sends answers and
// verdicts through the adapter, waiting out rate limits.
import * as v from 'valibot';
import { caseStatuses, tiplinePlatforms, type TiplinePlatform } from '../../schema';

export type { TiplinePlatform };

export type TiplineLang = 'vi' | 'en';

/** One incoming message, whatever the platform. */
export type InboundUpdate = {
  platform: TiplinePlatform;
  /** The platform's id for this delivery (Telegram `update_id`; Zalo: its message id), the idempotency key. */
  updateId: string;
  chatId: string;
  /** The message to answer as a reply, when the platform has one. */
  messageId: string | null;
  /** From the sender's language code: `en` only when it says English. */
  lang: TiplineLang;
  /** Text or caption, NFC, trimmed ('' when none). */
  text: string;
  /**
   * The link the message carries when the platform marks it (Telegram's `url` / `text_link`
   * entities, a forwarded public channel post's own address); absent or null: intake looks for
   * one in `text`.
   */
  link?: string | null;
  /** The platform's reference to the largest photo (Telegram file_id; Zalo: the photo URL), or null. */
  photo: string | null;
  /** Forwarded from another chat or channel (the usual way a rumour arrives). */
  forwarded: boolean;
  /** An edit of a message sent earlier. */
  edited: boolean;
};

/** What the outbound queue carries (validated when consumed). Text only, or a photo by URL with a caption. */
export const outboundMessage = v.object({
  platform: v.picklist(tiplinePlatforms),
  chatId: v.pipe(v.string(), v.minLength(1), v.maxLength(128)),
  /** Plain text (no markup): at most 4,096 characters, Telegram's limit; a photo caption at most 1,024. */
  text: v.pipe(v.string(), v.maxLength(4096)),
  /** An absolute https/http URL the platform fetches (a share card PNG). */
  photoUrl: v.optional(v.pipe(v.string(), v.url(), v.maxLength(2048))),
  replyTo: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(128)))),
  /** Why it is sent (receipt, refusal, command, verdict), for logs and tests. */
  purpose: v.picklist(['receipt', 'refusal', 'command', 'verdict', 'rebuttal']),
  /**
   * For a verdict or rebuttal: the case it is about. A retried message (429, 5xx) can arrive after
   * a newer one, so the consumer re-reads the case (merges followed) and drops it when stale.
   */
  caseId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** For a verdict: the case status it announces; dropped when the case's status is no longer this. */
  status: v.optional(v.picklist(caseStatuses)),
  /** For a rebuttal: the story whose card it carries; dropped when the case no longer links it, published. */
  rebuttalStoryId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
export type OutboundMessage = v.InferOutput<typeof outboundMessage>;

/** How one send went: done, wait and retry (429 with the platform's `retry_after`, 5xx, network), or never (chat gone, blocked). */
export type SendResult =
  | { kind: 'sent' }
  /** `rateLimited`: the platform said 429 (too many requests), so the outbound queue holds back the rest of its batch. */
  | { kind: 'retry'; afterSeconds: number; reason: string; rateLimited?: boolean }
  | { kind: 'gone'; reason: string };

/** One messenger. Secrets come from `env`; API bases from `TELEGRAM_API_BASE` / `ZALO_API_BASE`. */
export interface TiplineAdapter {
  platform: TiplinePlatform;
  /** Token and webhook secret both set; otherwise the hook answers 404. */
  configured(env: Env): boolean;
  /** The webhook's secret header, compared in constant time. */
  verify(request: Request, env: Env): Promise<boolean>;
  /**
   * A parsed JSON body as an update, or null for anything the bot does not handle (answered 200,
   * ignored). `env` for settings that decide it (Telegram: TELEGRAM_BOT_USERNAME).
   */
  parse(body: unknown, env?: Env): InboundUpdate | null;
  /** Send one message through the platform's API. */
  send(env: Env, message: OutboundMessage): Promise<SendResult>;
  /** The photo's bytes from the platform's file API (at most `maxBytes`), or null when it cannot be fetched or is too large. */
  fetchPhoto(env: Env, ref: string, maxBytes: number): Promise<Uint8Array | null>;
}
