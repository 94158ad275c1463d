// Storage outages on demand: the Worker is called with an env whose D1 or R2
// binding fails the way the real ones do when they are unreachable. Nothing in
// the app knows about this; it is the same `fetch` with a different env.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import worker from '../../workers/index';
import { ORIGIN } from './http';

/** What D1 throws when its storage node is unreachable (the D1 docs' retryable errors). */
export const D1_DOWN_MESSAGE = 'D1_ERROR: Network connection lost.';
/** What an R2 binding throws on an internal error (code 10001: "retry the request"). */
export const R2_DOWN_MESSAGE = 'We encountered an internal error. Please try again. (10001)';

const d1Down = () => new Error(D1_DOWN_MESSAGE, { cause: new Error('Network connection lost.') });

/**
 * `all`: every statement fails. `writes`: reads work and every write (and every batch
 * holding one) fails, as when D1 blinks between a handler's read and its write.
 */
export type D1OutageMode = 'all' | 'writes';

const isWrite = (sql: string) => /^\s*(?:insert|update|delete|replace)\b/i.test(sql);

/** A D1 binding in front of `real` that fails as `mode` says; `attempts` counts what was tried. */
export function failingD1(mode: D1OutageMode = 'all', real: D1Database = env.DB): D1Database & { attempts: { writes: number; reads: number } } {
  const attempts = { writes: 0, reads: 0 };
  const realOf = new WeakMap<object, D1PreparedStatement>();
  const sqlOf = new WeakMap<object, string>();
  const fails = (sql: string) => mode === 'all' || isWrite(sql);

  function wrap(stmt: D1PreparedStatement, sql: string): D1PreparedStatement {
    const wrapper = new Proxy(stmt, {
      get(target, prop) {
        if (prop === 'bind') return (...values: unknown[]) => wrap(target.bind(...values), sql);
        if (prop === 'run' || prop === 'all' || prop === 'first' || prop === 'raw') {
          return (...args: unknown[]) => {
            if (isWrite(sql)) attempts.writes++;
            else attempts.reads++;
            if (fails(sql)) return Promise.reject(d1Down());
            return (target[prop] as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          };
        }
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    realOf.set(wrapper, stmt);
    sqlOf.set(wrapper, sql);
    return wrapper;
  }

  const db = {
    attempts,
    prepare: (sql: string) => wrap(real.prepare(sql), sql),
    async batch(statements: D1PreparedStatement[]) {
      // A batch is one transaction: one write in it and the whole batch fails.
      if (mode === 'all' || statements.some((s) => isWrite(sqlOf.get(s) ?? ''))) {
        attempts.writes++;
        throw d1Down();
      }
      attempts.reads++;
      return real.batch(statements.map((s) => realOf.get(s) ?? s));
    },
    exec: () => Promise.reject(d1Down()),
    dump: () => Promise.reject(d1Down()),
    // The app reads through a D1 session (workers/core/d1-session.ts): the session fails the same way and, like
    // a real one that never reached D1, has no bookmark to hand back.
    withSession: () => db,
    getBookmark: () => null,
  };
  return db as unknown as D1Database & { attempts: typeof attempts };
}

const r2Down = (op: string) => Object.assign(new Error(`${op}: ${R2_DOWN_MESSAGE}`), { name: 'Error' });

export type R2Op = 'get' | 'head' | 'put' | 'list' | 'delete';

/** An R2 binding in front of `real` whose `ops` (all by default) fail as on an R2 internal error. */
export function failingR2(ops: readonly R2Op[] = ['get', 'head', 'put', 'list', 'delete'], real: R2Bucket = env.MEDIA): R2Bucket {
  return new Proxy(real, {
    get(target, prop) {
      if (typeof prop === 'string' && (ops as readonly string[]).includes(prop)) return () => Promise.reject(r2Down(prop));
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The Worker's own fetch with `overrides` in place of the real bindings; waits for its background work. */
export async function fetchDuringOutage(overrides: Partial<Env>, path: string, init: RequestInit = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const request = new Request(new URL(path, ORIGIN), init);
  const res = await worker.fetch(request as Request<unknown, IncomingRequestCfProperties>, { ...env, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** A producer binding that keeps what is sent instead of queueing it (a lost message, or one to inspect). */
export function capturingQueue() {
  const sent: unknown[] = [];
  const queue = {
    send: async (body: unknown) => void sent.push(body),
    sendBatch: async (messages: Iterable<{ body: unknown }>) => {
      for (const m of messages) sent.push(m.body);
    },
  } as unknown as Queue;
  return { sent, queue };
}
