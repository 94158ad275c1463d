// One webhook update → at most one report (through submitReport, like the web form) and the
// answers it earns, queued on TIPLINE_QUEUE (never sent inline: the platform waits for our 200).
// Order: handled already? → per-chat limit → command, or report (photo, validate, store) → answer.
import * as v from 'valibot';
import type { ReportPlatform } from '../../schema';
import { hmacHex } from '../core/crypto';
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { countInWindow, type WindowLimit } from '../core/rate-limit';
import { publicOrigin } from '../core/public-origin';
import { parseOrThrow } from '../core/validate';
import { reportFields, MAX_DESCRIPTION } from '../reports/reports.schemas';
import { MAX_SCREENSHOT_BYTES, sniffImage, type CheckedScreenshot } from '../reports/screenshot';
import { RETRY_AFTER_STORAGE, submitReport } from '../reports/submit-report';
import { addressed, latestAnswers, receiptAnswer, refusalAnswer, startAnswer, statusAnswer, type Refusal } from './answers';
import { parseCommand } from './commands';
import { cutText, withoutGarbled } from './cut-text';
import { findLink } from './links';
import { claimUpdate, isUpdateHandled, messageAlreadyReported, tiplineRowsFor } from './tipline.queries';
import { outboundMessage, type InboundUpdate, type OutboundMessage, type TiplineAdapter } from './tipline.types';

/** Keep in step with `[[ratelimits]] TIPLINE_LIMITER` in wrangler.toml. */
export const TIPLINE_LIMIT: WindowLimit = { limit: 10, periodMs: 60_000 };

type IntakeEnv = Env & { HASH_SECRET?: string };

/** A refusal that stops intake: answered in the chat, nothing stored. */
class Refused extends Error {
  constructor(readonly why: Refusal) {
    super(why);
  }
}

/** Queue the answers; a queue failure after the report was stored is logged, not retried (the report stands). */
async function queueAnswers(env: IntakeEnv, messages: OutboundMessage[]): Promise<void> {
  try {
    const checked = messages.map((m) => v.parse(outboundMessage, m));
    if (checked.length === 1 && checked[0]) await env.TIPLINE_QUEUE.send(checked[0]);
    else await env.TIPLINE_QUEUE.sendBatch(checked.map((body) => ({ body })));
  } catch (err) {
    console.error('tipline: answer not queued', { platform: messages[0]?.platform, error: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * Over the per-chat limit: refuse once per window (a second counter, in D1, of refusals),
 * then stay silent, so a flood is not answered message by message.
 */
async function overLimit(env: IntakeEnv, db: Db, chatKey: string): Promise<boolean> {
  try {
    await countInWindow(env.TIPLINE_LIMITER, db, `tipline:chat:${chatKey}`, TIPLINE_LIMIT, 'Too many messages from this chat');
    return false;
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'RATE_LIMITED') throw err;
  }
  return true;
}

async function firstRefusalInWindow(db: Db, chatKey: string): Promise<boolean> {
  try {
    await countInWindow(undefined, db, `tipline:refused:${chatKey}`, { limit: 1, periodMs: TIPLINE_LIMIT.periodMs }, 'Refused already');
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === 'RATE_LIMITED') return false;
    throw err;
  }
}

/** The refusal a validation failure earns, from the field it names. */
function refusalFor(err: AppError, hasLink: boolean, hasPhoto: boolean): Refusal {
  const first = err.errors?.[0];
  if (first?.message.includes('UTF-8')) return 'description';
  if (!hasLink && !hasPhoto) return 'needMore';
  if (first?.path === 'screenshot') return 'photo';
  if (first?.path === 'url' && hasLink) return first.message.includes('private') ? 'privateLink' : 'badLink';
  if (first?.path === 'description') return 'description';
  return hasLink ? 'generic' : 'needMore';
}

/** The photo's bytes, checked like an uploaded screenshot (size, then magic bytes); refused otherwise. */
async function photoOf(env: IntakeEnv, adapter: TiplineAdapter, ref: string): Promise<CheckedScreenshot> {
  const bytes = await adapter.fetchPhoto(env, ref, MAX_SCREENSHOT_BYTES);
  if (!bytes || bytes.byteLength === 0 || bytes.byteLength > MAX_SCREENSHOT_BYTES) throw new Refused('photo');
  const type = sniffImage(bytes);
  if (!type) throw new Refused('photo');
  return { bytes, type };
}

/** The report as the web form would send it: the link, the rest of the text as the description. */
function reportInputOf(update: InboundUpdate) {
  // A marked link shown in the text is taken out of the words; one behind words (text_link) leaves them whole.
  const found = update.link ? { link: update.link, rest: update.text.replace(update.link, ' ').replace(/[ \t]{2,}/g, ' ').trim() } : findLink(update.text);
  const platform: ReportPlatform | undefined = found.link ? undefined : update.forwarded ? update.platform : 'other';
  // Telegram marks `example.com/bai-viet` as a link too: without a scheme it is an https address.
  const link = found.link && !/^[a-z][a-z0-9+.-]*:/i.test(found.link) ? `https://${found.link}` : found.link;
  return {
    link,
    fields: {
      url: link ?? '',
      description: cutText(found.rest, MAX_DESCRIPTION),
      category: 'false_news',
      ...(platform ? { platform } : {}),
    },
  };
}

async function fileReport(db: Db, env: IntakeEnv, adapter: TiplineAdapter, update: InboundUpdate, secret: string, chatKey: string, origin: string): Promise<OutboundMessage[]> {
  if (update.edited && (await messageAlreadyReported(db, update))) return [];
  const { link, fields } = reportInputOf(update);
  const screenshot = update.photo ? await photoOf(env, adapter, update.photo) : null;
  const now = Date.now();
  let outcome;
  try {
    outcome = await submitReport(db, env, secret, {
      input: parseOrThrow(reportFields, fields, 'body'),
      ipHash: chatKey,
      screenshot,
      idempotencyKey: `tipline:${update.platform}:${update.updateId}`,
      alsoWrite: tiplineRowsFor(db, update, now),
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED') throw new Refused(refusalFor(err, link !== null, screenshot !== null));
    throw err;
  }
  const { answer, replayed } = outcome;
  // A concurrent delivery of the same update stored it and answers it.
  if (replayed) return [];
  return [addressed(update, receiptAnswer(update.lang, origin, answer))];
}

/** Answers to a command; null when the message is not one. Commands store nothing but the update's id. */
async function commandAnswers(db: Db, update: InboundUpdate, origin: string): Promise<OutboundMessage[] | null> {
  const command = parseCommand(update.text);
  if (!command || update.photo) return null;
  switch (command.command) {
    case 'status':
      return [addressed(update, await statusAnswer(db, update.lang, origin, command.argument))];
    case 'latest':
      return (await latestAnswers(db, update.lang, origin)).map((d) => addressed(update, d));
    default:
      // /start, /help and commands the bot does not know: what the bot does.
      return [addressed(update, startAnswer(update.lang))];
  }
}

/**
 * Handle one parsed update. Throws AppError UNAVAILABLE (503 + Retry-After: the platform
 * retries) when storage fails; nothing is half-written then (submitReport's one batch).
 */
export async function handleUpdate(db: Db, env: IntakeEnv, adapter: TiplineAdapter, received: InboundUpdate, requestUrl: string): Promise<void> {
  // Garbled characters are dropped, not refused (the sender cannot repair a forwarded post).
  const update = { ...received, text: withoutGarbled(received.text), link: received.link ? withoutGarbled(received.link) : received.link };
  const secret = env.HASH_SECRET;
  if (!secret) {
    console.error('HASH_SECRET is not configured; tipline updates are refused');
    throw new AppError('UNAVAILABLE', 'The tipline is not configured on this server', { retryAfter: 60 });
  }
  const origin = publicOrigin(env, requestUrl);
  try {
    if (await isUpdateHandled(db, update)) return;
    const chatKey = await hmacHex(secret, `tipline:${update.platform}:${update.chatId}`);
    if (await overLimit(env, db, chatKey)) {
      if (await firstRefusalInWindow(db, chatKey)) await queueAnswers(env, [addressed(update, refusalAnswer(update.lang, 'rateLimited'))]);
      return;
    }
    const commands = await commandAnswers(db, update, origin);
    if (commands) {
      if (await claimUpdate(db, update, Date.now())) await queueAnswers(env, commands);
      return;
    }
    let answers: OutboundMessage[];
    try {
      answers = await fileReport(db, env, adapter, update, secret, chatKey, origin);
    } catch (err) {
      if (!(err instanceof Refused)) throw err;
      if (!(await claimUpdate(db, update, Date.now()))) return;
      answers = [addressed(update, refusalAnswer(update.lang, err.why))];
    }
    if (answers.length > 0) await queueAnswers(env, answers);
  } catch (err) {
    if (err instanceof AppError) throw err;
    // D1 or R2 unreachable: the platform retries the webhook later.
    throw new AppError('UNAVAILABLE', 'The update could not be handled; nothing was stored. Try again shortly.', { retryAfter: RETRY_AFTER_STORAGE, cause: err });
  }
}
