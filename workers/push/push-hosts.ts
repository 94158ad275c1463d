// Which push services the Worker will POST to. A subscription's endpoint is a URL the member's
// browser gives us; without this list a member could make the Worker send (signed, encrypted)
// requests to any public https host. Browsers only ever hand out endpoints of their vendor's
// push service, so the list is short: Chrome/Android (FCM), Firefox (Mozilla autopush),
// Edge (WNS, `wns2-….notify.windows.com`), Safari/iOS (`web.push.apple.com`).
// `PUSH_SERVICE_HOSTS` (wrangler.toml [vars]) holds host suffixes, comma-separated; tests add
// their fake push service's host.

/** Used when the variable is missing or empty. */
export const DEFAULT_PUSH_SERVICE_HOSTS = [
  'fcm.googleapis.com',
  'android.googleapis.com',
  'updates.push.services.mozilla.com',
  'push.services.mozilla.com',
  'notify.windows.com',
  'push.apple.com',
];

export function pushServiceHosts(env: Pick<Env, 'PUSH_SERVICE_HOSTS'>): string[] {
  const listed = (env.PUSH_SERVICE_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase().replace(/^\.+/, ''))
    .filter((h) => h.length > 0);
  return listed.length > 0 ? listed : DEFAULT_PUSH_SERVICE_HOSTS;
}

/** The endpoint's host is a listed host or a subdomain of one (`x.notify.windows.com`), never a look-alike (`evilpush.apple.com`). */
export function isKnownPushService(endpoint: string, hosts: string[]): boolean {
  let host: string;
  try {
    host = new URL(endpoint).hostname.toLowerCase();
  } catch {
    return false;
  }
  return hosts.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}
