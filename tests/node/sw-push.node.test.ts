// The service worker's push side (web/public/sw.js), run in a bare context with a fake
// registration and clients: a push message of ours becomes a notification, anything else is
// ignored; a tap focuses a tab already on the page or opens it, and never leaves the site.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const SW = readFileSync('web/public/sw.js', 'utf8');
const ORIGIN = 'https://lantoa.test';

type Tab = { url: string; focused: boolean; focus: () => Promise<Tab> };

type Call = { method: string; path: string; body: unknown };
type FakeSubscription = { endpoint: string; options?: { applicationServerKey: Uint8Array }; toJSON: () => { endpoint: string; keys: { p256dh: string; auth: string } } };

const fakeSubscription = (endpoint: string, key?: Uint8Array): FakeSubscription => ({
  endpoint,
  options: key ? { applicationServerKey: key } : undefined,
  toJSON: () => ({ endpoint, keys: { p256dh: 'BPnew-p256dh', auth: 'new-auth' } }),
});

function worker(tabUrls: string[] = [], server: { publicKey?: string | null; status?: number } = {}) {
  const calls: Call[] = [];
  const subscribed: { userVisibleOnly: boolean; applicationServerKey: Uint8Array }[] = [];
  const fetch = async (path: string, init: { method?: string; body?: string } = {}) => {
    calls.push({ method: init.method ?? 'GET', path, body: init.body ? JSON.parse(init.body) : undefined });
    if (path === '/api/push/key') return new Response(JSON.stringify({ publicKey: server.publicKey ?? null }), { status: 200 });
    return new Response(null, { status: server.status ?? 201 });
  };
  const pushManager = {
    subscribe: async (options: { userVisibleOnly: boolean; applicationServerKey: Uint8Array }) => {
      subscribed.push(options);
      return fakeSubscription('https://push.example.test/new');
    },
  };
  const handlers: Record<string, (event: unknown) => void> = {};
  const shown: { title: string; options: Record<string, unknown> }[] = [];
  const opened: string[] = [];
  const tabs: Tab[] = tabUrls.map((url) => {
    const tab: Tab = { url, focused: false, focus: async () => ((tab.focused = true), tab) };
    return tab;
  });
  const self = {
    addEventListener: (type: string, fn: (event: unknown) => void) => void (handlers[type] = fn),
    location: { origin: ORIGIN },
    registration: { pushManager, showNotification: async (title: string, options: Record<string, unknown>) => void shown.push({ title, options }) },
    clients: { matchAll: async () => tabs, openWindow: async (url: string) => void opened.push(url) },
  };
  runInNewContext(SW, { self, URL, Request, Response, console, fetch, atob });
  async function dispatch(type: string, event: Record<string, unknown>) {
    const waits: Promise<unknown>[] = [];
    handlers[type]?.({ ...event, waitUntil: (p: Promise<unknown>) => void waits.push(p) });
    await Promise.all(waits);
  }
  const push = (data: unknown) =>
    dispatch('push', { data: data === null ? null : { json: () => (typeof data === 'string' ? JSON.parse(data) : data) } });
  const click = (url: unknown) => {
    const notification = { data: { url }, closed: false, close: () => void (notification.closed = true) };
    return dispatch('notificationclick', { notification }).then(() => notification);
  };
  const change = (event: { oldSubscription?: FakeSubscription | null; newSubscription?: FakeSubscription | null }) => dispatch('pushsubscriptionchange', event);
  return { push, click, change, shown, opened, tabs, calls, subscribed };
}

describe('sw.js push', () => {
  it('shows our payload as a notification with the icon, badge, tag and the link to open', async () => {
    const sw = worker();
    await sw.push({ title: 'Chiến dịch mới ở TP. Hồ Chí Minh: Tháng Thanh niên', body: 'Mở để xem.', url: `${ORIGIN}/campaigns/thang-thanh-nien`, tag: 'campaign-3', lang: 'vi' });
    expect(sw.shown).toEqual([
      {
        title: 'Chiến dịch mới ở TP. Hồ Chí Minh: Tháng Thanh niên',
        options: { body: 'Mở để xem.', tag: 'campaign-3', data: { url: `${ORIGIN}/campaigns/thang-thanh-nien` }, icon: '/icons/icon-192.png', badge: '/icons/icon-192.png', lang: 'vi' },
      },
    ]);
  });

  it('ignores pushes that are not our JSON', async () => {
    const sw = worker();
    await sw.push(null);
    await sw.push('not json {');
    await sw.push({ hello: 'world' });
    await sw.push({ title: '', body: 'x', url: '/', tag: 't' });
    await sw.push(['array']);
    expect(sw.shown).toEqual([]);
  });
});

describe('sw.js notificationclick', () => {
  it('closes the notification and focuses a tab already on that page', async () => {
    const sw = worker([`${ORIGIN}/`, `${ORIGIN}/stories/co-giao`]);
    const n = await sw.click(`${ORIGIN}/stories/co-giao`);
    expect(n.closed).toBe(true);
    expect(sw.tabs.map((t) => t.focused)).toEqual([false, true]);
    expect(sw.opened).toEqual([]);
  });

  it('opens the page when no tab shows it; a relative path is on this site', async () => {
    const sw = worker([`${ORIGIN}/`]);
    await sw.click('/me');
    expect(sw.opened).toEqual([`${ORIGIN}/me`]);
  });

  it('never opens another site (the home page instead)', async () => {
    const sw = worker();
    await sw.click('https://evil.example/phish');
    await sw.click('javascript:alert(1)');
    await sw.click(undefined);
    expect(sw.opened).toEqual([`${ORIGIN}/`, `${ORIGIN}/`, `${ORIGIN}/`]);
  });
});

describe('sw.js pushsubscriptionchange', () => {
  const newKeys = { p256dh: 'BPnew-p256dh', auth: 'new-auth' };

  it('subscribes again with the old subscription’s server key, posts the new one as replacing the old, then unsubscribes the old', async () => {
    const sw = worker();
    const key = new Uint8Array([4, 1, 2, 3]);
    await sw.change({ oldSubscription: fakeSubscription('https://push.example.test/old', key) });
    expect(sw.subscribed).toEqual([{ userVisibleOnly: true, applicationServerKey: key }]);
    expect(sw.calls).toEqual([
      { method: 'POST', path: '/api/push/subscriptions', body: { endpoint: 'https://push.example.test/new', keys: newKeys, replaces: 'https://push.example.test/old' } },
      { method: 'POST', path: '/api/push/unsubscribe', body: { endpoint: 'https://push.example.test/old' } },
    ]);
  });

  it('asks the server for its key when the old subscription does not say', async () => {
    const sw = worker([], { publicKey: 'BAEC' });
    await sw.change({ oldSubscription: fakeSubscription('https://push.example.test/old') });
    expect(sw.calls[0]).toEqual({ method: 'GET', path: '/api/push/key', body: undefined });
    expect([...(sw.subscribed[0]?.applicationServerKey ?? [])]).toEqual([4, 1, 2]);
    expect(sw.calls.map((c) => c.path)).toEqual(['/api/push/key', '/api/push/subscriptions', '/api/push/unsubscribe']);
  });

  it('uses the new subscription the browser already made, and keeps the old endpoint when the server refused the new one', async () => {
    const sw = worker([], { status: 401 });
    await sw.change({ oldSubscription: fakeSubscription('https://push.example.test/old'), newSubscription: fakeSubscription('https://push.example.test/new') });
    expect(sw.subscribed).toEqual([]);
    expect(sw.calls.map((c) => c.path)).toEqual(['/api/push/subscriptions']);
  });

  it('does nothing when push is off on the server', async () => {
    const sw = worker([], { publicKey: null });
    await sw.change({ oldSubscription: null });
    expect(sw.subscribed).toEqual([]);
    expect(sw.calls.map((c) => c.path)).toEqual(['/api/push/key']);
  });
});
