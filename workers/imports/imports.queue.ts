import * as v from 'valibot';
import { createDb } from '../core/db';
import { runImportJob } from './import-jobs';

export const IMPORTS_QUEUE_NAME = 'lan-toa-imports';

const importMessage = v.object({ importId: v.pipe(v.string(), v.uuid()) });

/**
 * Consumer of `lan-toa-imports`: goes on with an import the request could not finish (out of
 * time, or D1 failed mid-way). Each message writes the job's chunks not done yet and finishes
 * it; a chunk is one batch, so a failure here (thrown: retried with backoff, then dead-lettered)
 * leaves no half-written chunk, and a redelivered message finds nothing left to do.
 */
export async function consumeImports(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const parsed = v.safeParse(importMessage, message.body);
    if (!parsed.success) {
      console.error(`dropping malformed import message ${message.id}`);
      message.ack();
      continue;
    }
    await runImportJob(db, parsed.output.importId);
    message.ack();
  }
}
