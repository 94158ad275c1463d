/** Where the hub's links point when there is no request to take the address from (queue consumers, cron). */
const LOCAL_ORIGIN = 'http://127.0.0.1:8787';

/** `PUBLIC_ORIGIN` when set, else the request's origin, else the local dev address. No trailing slash. */
export function publicOrigin(env: { PUBLIC_ORIGIN?: string }, requestUrl?: string): string {
  const configured = env.PUBLIC_ORIGIN?.trim().replace(/\/+$/, '');
  if (configured) return configured;
  return requestUrl ? new URL(requestUrl).origin : LOCAL_ORIGIN;
}
