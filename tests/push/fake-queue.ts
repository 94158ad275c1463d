// A PUSH_QUEUE binding for tests: keeps what triggers send (checked against the contract),
// or refuses every send like a queue that is down.
import * as v from 'valibot';
import { pushFanout, type PushFanout } from '../../workers/push/push.types';

export function recordingPushQueue() {
  const sent: PushFanout[] = [];
  const keep = (body: unknown) => void sent.push(v.parse(pushFanout, body));
  const queue = {
    send: async (body: unknown) => keep(body),
    sendBatch: async (messages: Iterable<{ body: unknown }>) => {
      for (const m of messages) keep(m.body);
    },
  } as unknown as Queue;
  return { sent, queue };
}

export function brokenPushQueue(): Queue {
  const down = () => Promise.reject(new Error('Queue send failed: internal error'));
  return { send: down, sendBatch: down } as unknown as Queue;
}
