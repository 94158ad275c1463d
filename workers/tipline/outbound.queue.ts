// Consumer of `lan-toa-tipline-out`: every message the bots send after intake (receipts, refusals,
// command answers, verdicts, rebuttal cards) goes through here, one at a time, through the
// platform's adapter. A 429 is waited out for as long as the platform asks; a 5xx or a network
// failure backs off like every other queue; a chat that is gone (bot blocked, chat not found) is
// dropped; so is a verdict or rebuttal its case no longer says (a newer one was decided while it
// waited). After `max_retries` the platform moves the message to `-dlq`, parked in D1 for a replay.
//
// NOTE: message text and chat ids are personal data: logs carry the platform, purpose and outcome only.
import * as v from 'valibot';
import { rememberFailure } from '../jobs/queue-failures';
import { retryDelaySeconds, retryLater } from '../jobs/queue-policy';
import { tiplineAdapters } from './adapters';
import { stillCurrent } from './still-current';
import { outboundMessage, type OutboundMessage, type SendResult, type TiplinePlatform } from './tipline.types';

export const TIPLINE_QUEUE_NAME = 'lan-toa-tipline-out';

/** Long digit runs (chat and message ids) and long opaque tokens never reach a log line, even inside a platform's error text. */
export function redactIds(text: string): string {
  return text.replace(/\d{5,}/g, '…').replace(/[A-Za-z0-9_-]{24,}/g, '…').slice(0, 200);
}

function logOutcome(m: OutboundMessage, outcome: string, attempts: number, reason?: string): void {
  const line = `tipline out: ${m.platform} ${m.purpose} ${outcome} (attempt ${attempts})${reason ? `: ${redactIds(reason)}` : ''}`;
  if (outcome === 'sent') console.log(line);
  else console.warn(line);
}

/** How long to wait before the next try: what the platform asked for, and never less than the queue's own backoff. */
export function retryDelayFor(result: Extract<SendResult, { kind: 'retry' }>, attempts: number): number {
  return Math.max(Math.ceil(result.afterSeconds), retryDelaySeconds(attempts));
}

/**
 * Send the batch in order, one message at a time (Telegram allows about 30 messages a second
 * overall and one a second per chat; a batch of 20 sent in sequence stays well under the first).
 * The first 429 from a platform stops sending to that platform for the rest of the batch: its
 * remaining messages are retried after the same wait, instead of each earning its own 429.
 */
export async function consumeTiplineOut(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const heldBack = new Map<TiplinePlatform, number>();
  for (const message of batch.messages) {
    const parsed = v.safeParse(outboundMessage, message.body);
    if (!parsed.success) {
      // It can never be sent: acked, so it does not loop through retries into the dead-letter queue.
      const fields = parsed.issues.map((issue) => v.getDotPath(issue) ?? '(body)').join(', ');
      console.error(`tipline out: malformed message dropped (fields: ${fields})`);
      message.ack();
      continue;
    }
    const m = parsed.output;
    const wait = heldBack.get(m.platform);
    if (wait !== undefined) {
      rememberFailure(message.id, new Error(`${m.platform} rate limited earlier in the batch`));
      logOutcome(m, `held back ${wait}s`, message.attempts);
      message.retry({ delaySeconds: wait });
      continue;
    }
    let result: SendResult;
    try {
      if (!(await stillCurrent(env, m))) {
        // A newer verdict or rebuttal was decided while this one waited: the chat hears only the newer one.
        logOutcome(m, 'stale, dropped', message.attempts);
        message.ack();
        continue;
      }
      result = await tiplineAdapters[m.platform].send(env, m);
    } catch (err) {
      // Adapters classify the platform's answers; a throw is our own fault or the runtime's: back off.
      logOutcome(m, 'failed', message.attempts, err instanceof Error ? err.message : String(err));
      retryLater(message, err);
      continue;
    }
    if (result.kind === 'sent') {
      logOutcome(m, 'sent', message.attempts);
      message.ack();
    } else if (result.kind === 'gone') {
      // The user blocked the bot or the chat no longer exists: sending again cannot help.
      logOutcome(m, 'dropped', message.attempts, result.reason);
      message.ack();
    } else {
      const delaySeconds = retryDelayFor(result, message.attempts);
      if (result.rateLimited) heldBack.set(m.platform, delaySeconds);
      logOutcome(m, `retry in ${delaySeconds}s`, message.attempts, result.reason);
      rememberFailure(message.id, new Error(redactIds(result.reason)));
      message.retry({ delaySeconds });
    }
  }
}
