// Replay: parked dead letters go back to the queue they came from, each exactly once.
// A row is taken off the table and sent in one go; if the send fails the rows are
// put back, so nothing is lost and nothing is sent twice.
import type { Db } from '../core/db';
import { AppError } from '../core/errors';
import { replayableQueues } from '../jobs/queues';
import { putBack, takeDeadLetters, type DeadLetterRow } from './dead-letters.queries';

export type ReplayResult = { replayed: Record<string, number>; total: number };

/** Queues send at most 100 messages per sendBatch. */
const SEND_CHUNK = 100;

export async function replayDeadLetters(db: Db, env: Env, options: { queue?: string; limit: number }): Promise<ReplayResult> {
  const producers = replayableQueues(env);
  const queues = options.queue ? [options.queue] : Object.keys(producers);
  const taken = await takeDeadLetters(db, queues, options.limit);
  const replayed: Record<string, number> = {};
  const byQueue = new Map<string, DeadLetterRow[]>();
  for (const row of taken) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
  const unsent: DeadLetterRow[] = [];
  for (const [queue, rows] of byQueue) {
    const producer = producers[queue];
    for (let i = 0; i < rows.length; i += SEND_CHUNK) {
      const chunk = rows.slice(i, i + SEND_CHUNK);
      try {
        if (!producer) throw new Error(`no producer for queue ${queue}`);
        await producer.sendBatch(chunk.map((row) => ({ body: JSON.parse(row.body) as unknown })));
        replayed[queue] = (replayed[queue] ?? 0) + chunk.length;
      } catch (err) {
        console.error(`replay to ${queue} failed; putting ${chunk.length} message(s) back`, err);
        unsent.push(...chunk);
      }
    }
  }
  if (unsent.length > 0) {
    await putBack(db, unsent);
    throw new AppError('UNAVAILABLE', `${unsent.length} message(s) could not be sent and stay parked; try again shortly`, {
      retryAfter: 30,
      extra: { replayed },
    });
  }
  return { replayed, total: taken.length };
}
