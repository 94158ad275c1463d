// `npm run queues:replay`: send queue messages parked after a long outage (dead letters)
// back to their queues, through the Worker's admin endpoint. Each parked message is taken
// off the table as it is sent, so running this twice never sends one twice.
//
//   LANTOA_ADMIN_TOKEN=… npm run queues:replay -- [--url https://…] [--queue lan-toa-clicks] [--list]
//
// The token is an admin's API token (issued at /editor/users); --url defaults to `npm start`'s.
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT ?? 8787}` },
    queue: { type: 'string' },
    limit: { type: 'string', default: '500' },
    list: { type: 'boolean', default: false },
  },
});

const token = process.env.LANTOA_ADMIN_TOKEN;
if (!token) {
  console.error('Set LANTOA_ADMIN_TOKEN to an admin API token (issue one at /editor/users).');
  process.exit(2);
}
const base = values.url.replace(/\/+$/, '');
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' };

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) {
    const retry = res.headers.get('retry-after');
    throw new Error(`${method} ${path} answered ${res.status}${retry ? ` (retry after ${retry} s)` : ''}: ${text.slice(0, 500)}`);
  }
  return JSON.parse(text) as T;
}

type Listing = { parked: Record<string, number>; items: { id: number; queue: string; attempts: number; error: string | null; firstSeenAt: string }[] };

const listing = await call<Listing>('GET', '/api/admin/dead-letters?limit=20');
const parked = Object.entries(listing.parked);
console.log(parked.length === 0 ? 'No parked messages.' : `Parked: ${parked.map(([q, n]) => `${q} ${n}`).join(', ')}`);
for (const item of listing.items) console.log(`  #${item.id} ${item.queue} since ${item.firstSeenAt}${item.error ? ` — ${item.error}` : ''}`);
if (values.list || parked.length === 0) process.exit(0);

let total = 0;
for (let round = 0; round < 100; round++) {
  const result = await call<{ total: number; replayed: Record<string, number> }>('POST', '/api/admin/dead-letters/replay', {
    ...(values.queue ? { queue: values.queue } : {}),
    limit: Number(values.limit),
  });
  total += result.total;
  if (result.total === 0) break;
  console.log(`Sent back: ${Object.entries(result.replayed).map(([q, n]) => `${q} ${n}`).join(', ')}`);
}
console.log(`Done: ${total} message(s) replayed.`);
