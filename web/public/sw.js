// Lan Tỏa's service worker: the hub keeps working on a train with no signal.
// - Pages (HTML) are network-first: online, a reader always gets the page the server sends
//   now. Offline: the last feed page seen (with a banner saying when), a story saved with
//   "Lưu để chia sẻ sau", the saved list, or else the offline page.
// - `/v/<hash>/…` assets never change under their URL: cache-first. Plain `/css/`, `/js/`,
//   `/fonts/`, `/icons/`: stale-while-revalidate (shown at once, refreshed for next time).
// - Nothing private is ever stored: requests of account and desk paths and of `/api/` go
//   straight to the network (their pages fall back to the offline page, nothing more), and
//   any answer marked `private` or `no-store` (all signed-in pages) is never put in a cache.
// - A new deploy that changes this file or a precached file (VERSION changes with them)
//   installs at once (skipWaiting), takes over open pages (clients.claim) and deletes the
//   old caches. The reader's saved stories live in SAVED_CACHE, which no update deletes.
'use strict';

// Written by scripts/sw-version.ts: a hash of this file (this line left out) and of the
// precached files. tests/assets/offline-files.test.ts fails when it is out of date.
const VERSION = '2b285d9a71';

const STATIC_CACHE = 'lantoa-static-' + VERSION;
const ASSET_CACHE = 'lantoa-assets-' + VERSION;
const PAGE_CACHE = 'lantoa-pages-' + VERSION;
/** Saved stories (cards, captions, pages): written by /js/saved.js, kept across updates. */
const SAVED_CACHE = 'lantoa-saved-v1';
/** Which VERSION is in charge: a worker that has been replaced stops writing and sweeping. */
const META_CACHE = 'lantoa-meta';
const META_KEY = '/__sw/version';

const OFFLINE_URL = '/offline.html';
/** The saved list's shell; `/saved` is its English alias. */
const SHELL_URL = '/da-luu';
const SHELL_PATHS = ['/da-luu', '/saved'];
/** Static files every offline answer may need. Keep in step with scripts/sw-version.ts. */
const PRECACHE_FILES = [
  '/offline.html',
  '/css/offline-page.css',
  '/favicon.svg',
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/maskable-512.png',
];
/** Where the last feed page seen is kept (one copy: the newest). */
const LAST_FEED_KEY = '/__offline/last-feed';
/** When a kept page was seen, epoch ms, on the stored copy. */
const SEEN_AT = 'x-lantoa-seen-at';

/** Paths that are someone's own (desk, account, sign-in, reset links) and the whole API: never stored. */
const PRIVATE_PATHS = /^\/(?:editor|login|logout|account|dat-mat-khau|set-password|api)(?:\/|$)/;
const VERSIONED_ASSET = /^\/v\/[0-9a-f]{10}\//;
const PLAIN_ASSET = /^\/(?:css|js|fonts|icons)\//;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(STATIC_CACHE);
      // `reload`: fresh from the server, never an HTTP-cached copy of a previous deploy.
      await cache.addAll(PRECACHE_FILES.map((path) => new Request(path, { cache: 'reload' })));
      await precacheShell(cache);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Say who is in charge first, so the old worker stops writing into the caches deleted next.
      await (await caches.open(META_CACHE)).put(META_KEY, new Response(VERSION));
      await deleteOldCaches();
      // The page request starts while the worker boots: no added wait on a slow phone.
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
    })(),
  );
});

// Push (Web Push, sent by the PUSH_QUEUE consumer): `{ title, body, url, tag }` in the member's
// language (workers/push/push.types.ts, PushPayload). Anything else is not ours and is ignored.
self.addEventListener('push', (event) => {
  const payload = pushPayload(event.data);
  if (!payload) return;
  event.waitUntil(
    self.registration.showNotification(payload.title, {
      body: payload.body,
      tag: payload.tag,
      data: { url: payload.url },
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      lang: payload.lang,
    }),
  );
});

// A tap opens the story or campaign: an open tab already on that page is focused, else a new one.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = sameOriginUrl(event.notification.data && event.notification.data.url);
  event.waitUntil(
    (async () => {
      const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = tabs.find((tab) => tab.url === url);
      if (open && 'focus' in open) return open.focus();
      return self.clients.openWindow(url);
    })(),
  );
});

// The push service replaced (or expired) this browser's subscription. Without this the member
// silently stops getting notifications. Subscribe again with the same server key (from the old
// subscription, else GET /api/push/key), give the server the new one with `replaces` = the old
// endpoint (so it keeps the old one's topics and language: the worker cannot read the page's
// stored row id, and the endpoint is what only this browser knows), then forget the old endpoint.
// Signed out (401) or offline: nothing more to do; /me re-posts the subscription on the next visit.
self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil(resubscribe(event.oldSubscription || null, event.newSubscription || null).catch(() => undefined));
});

async function resubscribe(oldSubscription, newSubscription) {
  let subscription = newSubscription;
  if (!subscription) {
    let key = oldSubscription && oldSubscription.options ? oldSubscription.options.applicationServerKey : null;
    if (!key) {
      const answer = await (await fetch('/api/push/key', { credentials: 'same-origin', headers: { accept: 'application/json' } })).json();
      if (!answer || typeof answer.publicKey !== 'string') return; // push is off on the server
      key = base64UrlBytes(answer.publicKey);
    }
    subscription = await self.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  }
  const json = subscription.toJSON();
  const oldEndpoint = oldSubscription && oldSubscription.endpoint;
  const body = { endpoint: json.endpoint, keys: { p256dh: json.keys && json.keys.p256dh, auth: json.keys && json.keys.auth } };
  if (oldEndpoint && oldEndpoint !== json.endpoint) body.replaces = oldEndpoint;
  const posted = await postJson('/api/push/subscriptions', body);
  if (posted.ok && body.replaces) await postJson('/api/push/unsubscribe', { endpoint: body.replaces });
}

function postJson(path, body) {
  return fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** base64url text → bytes (the VAPID public key for applicationServerKey). */
function base64UrlBytes(text) {
  let base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  while (base64.length % 4) base64 += '=';
  const raw = atob(base64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Our push message's fields, or null for a payload that is not our JSON. */
function pushPayload(data) {
  if (!data) return null;
  let value;
  try {
    value = data.json();
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const { title, body, url, tag } = value;
  if (typeof title !== 'string' || title === '' || typeof body !== 'string' || typeof url !== 'string' || typeof tag !== 'string') return null;
  // The payload is already in the member's language; it names it when the sender adds `lang`.
  const lang = value.lang === 'vi' || value.lang === 'en' ? value.lang : undefined;
  return { title, body, url, tag, lang };
}

/** `url` as an absolute URL on this site; anything pointing elsewhere (or nothing) opens the home page. */
function sameOriginUrl(url) {
  try {
    const target = new URL(typeof url === 'string' ? url : '/', self.location.origin);
    if (target.origin === self.location.origin) return target.href;
  } catch {
    // not a URL
  }
  return new URL('/', self.location.origin).href;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return; // writes always go to the server
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Every page request, private ones too: navigation preload has already started it, so the
  // worker must answer with that response (or offline, the offline page). Only `/` and the
  // saved list's shell are ever stored, and only when public (see navigate()).
  if (request.mode === 'navigate') {
    event.respondWith(navigate(event, url));
  } else if (PRIVATE_PATHS.test(url.pathname)) {
    return;
  } else if (VERSIONED_ASSET.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (PLAIN_ASSET.test(url.pathname) || url.pathname === '/favicon.svg') {
    event.respondWith(staleWhileRevalidate(event));
  } else {
    // Images and the rest: the network, or a saved copy (a saved story's card) when offline.
    event.respondWith(fetch(request).catch(() => cachedOrError(request)));
  }
});

async function deleteOldCaches() {
  const keep = new Set([STATIC_CACHE, ASSET_CACHE, PAGE_CACHE, SAVED_CACHE, META_CACHE]);
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith('lantoa-') && !keep.has(name)).map((name) => caches.delete(name)));
}

/** Is this worker the one in charge? (The old one may still answer a page's last requests.) */
async function inCharge() {
  const written = await caches.match(META_KEY, { cacheName: META_CACHE });
  return !written || (await written.text()) === VERSION;
}

/**
 * The old worker may still have been answering a page while the new one activated, and
 * re-created a cache just deleted: the worker in charge sweeps again at each page request
 * (never while a newer worker installs: its caches are not in our list).
 */
async function sweepIfInCharge() {
  const reg = self.registration;
  if (reg.installing || reg.waiting || !reg.active || reg.active.state !== 'activated') return;
  if (await inCharge()) await deleteOldCaches();
}

/** Runtime writes: only by the worker in charge, only answers that may be kept. */
async function keep(cacheName, request, response) {
  if (!storable(response) || !(await inCharge())) return;
  const cache = await caches.open(cacheName);
  await cache.put(request, response);
}

/** May this answer be kept? Only whole, public, same-origin answers. */
function storable(response) {
  // 'default': a copy this worker made itself (a kept page with its seen-at time).
  if (!response || response.status !== 200 || (response.type !== 'basic' && response.type !== 'default')) return false;
  return !/\b(?:private|no-store)\b/i.test(response.headers.get('cache-control') || '');
}

async function cachedOrError(request) {
  return (await caches.match(request)) || Response.error();
}

/**
 * The saved list's shell, as a signed-out reader gets it (a signed-in page is private and
 * must not be kept), with the styles and scripts it links to.
 */
async function precacheShell(cache) {
  const response = await fetch(new Request(SHELL_URL, { credentials: 'omit', cache: 'no-store' }));
  if (!storable(response)) throw new Error('saved-list shell not storable: ' + response.status);
  const html = await response.clone().text();
  await cache.put(SHELL_URL, response);
  const assets = await caches.open(ASSET_CACHE);
  await Promise.all(subresources(html).map((path) => keepAsset(assets, path)));
}

/** Same-origin stylesheets and scripts a page links to, and the sheets those @import. */
function subresources(html) {
  const found = new Set();
  for (const match of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(match[0]);
    if (href) found.add(href[1]);
  }
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.add(match[1]);
  return [...found].filter((path) => path.startsWith('/') && !path.startsWith('//'));
}

async function keepAsset(cache, path) {
  try {
    const response = await fetch(path);
    if (!storable(response)) return;
    if (/\.css$/.test(new URL(response.url).pathname)) {
      const css = await response.clone().text();
      const imports = [...css.matchAll(/@import\s+(?:url\()?['"]([^'"]+)['"]/g)].map((m) => new URL(m[1], response.url).pathname);
      await Promise.all(imports.map((p) => keepAsset(cache, p)));
    }
    await cache.put(path, response);
  } catch {
    // One missing sheet costs looks, not the offline list: the rest is still kept.
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  await keep(ASSET_CACHE, request, response.clone());
  return response;
}

async function staleWhileRevalidate(event) {
  const request = event.request;
  const cached = await caches.match(request);
  const fresh = fetch(request).then(
    async (response) => {
      await keep(ASSET_CACHE, request, response.clone());
      return response;
    },
    () => null,
  );
  if (cached) {
    event.waitUntil(fresh);
    return cached;
  }
  return (await fresh) || Response.error();
}

async function navigate(event, url) {
  let response;
  try {
    response = (await event.preloadResponse) || (await fetch(event.request));
  } catch {
    return offlineAnswer(url);
  }
  event.waitUntil(sweepIfInCharge());
  if (!PRIVATE_PATHS.test(url.pathname) && storable(response) && (response.headers.get('content-type') || '').includes('text/html')) {
    if (url.pathname === '/') event.waitUntil(keepPage(PAGE_CACHE, LAST_FEED_KEY, response.clone()));
    else if (SHELL_PATHS.includes(url.pathname)) event.waitUntil(keepPage(STATIC_CACHE, SHELL_URL, response.clone()));
  }
  return response;
}

async function keepPage(cacheName, key, response) {
  const headers = new Headers(response.headers);
  headers.set(SEEN_AT, String(Date.now()));
  await keep(cacheName, key, new Response(await response.arrayBuffer(), { status: 200, headers }));
}

/** What a page request gets with no network. */
async function offlineAnswer(url) {
  if (url.pathname === '/') {
    const feed = await caches.match(LAST_FEED_KEY, { cacheName: PAGE_CACHE });
    if (feed) return withBanner(feed, 'feed');
  }
  if (SHELL_PATHS.includes(url.pathname)) {
    const shell = await caches.match(SHELL_URL, { cacheName: STATIC_CACHE });
    if (shell) return fresh(shell, await shell.text());
  }
  const saved = await caches.match(url.origin + url.pathname, { cacheName: SAVED_CACHE });
  if (saved) return withBanner(saved, 'saved');
  const offline = await caches.match(OFFLINE_URL, { cacheName: STATIC_CACHE });
  return offline ? fresh(offline, await offline.text()) : Response.error();
}

/** A new answer (never a redirected one, which a page request may not get) with `html` as its body. */
function fresh(stored, html) {
  return new Response(html, {
    status: 200,
    headers: { 'content-type': stored.headers.get('content-type') || 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

const BANNER_TEXT = {
  vi: {
    feed: 'Bạn đang ngoại tuyến — đây là trang đã xem lúc {time}.',
    saved: 'Bạn đang ngoại tuyến — đây là bản đã lưu lúc {time}.',
    link: 'Xem các bài đã lưu để chia sẻ',
  },
  en: {
    feed: 'You are offline — this is the page as you saw it at {time}.',
    saved: 'You are offline — this is the copy you saved at {time}.',
    link: 'See the stories you saved to share',
  },
};

/** A kept page with a banner on top of its main content saying it is an old copy, and when it was seen. */
async function withBanner(stored, kind) {
  const html = await stored.text();
  const lang = /<html\b[^>]*\blang="en"/.test(html) ? 'en' : 'vi';
  const words = BANNER_TEXT[lang];
  const seenAt = Number(stored.headers.get(SEEN_AT)) || Date.now();
  const banner =
    '<div class="offline-banner" role="status" data-offline-banner="">' +
    '<p>' + escapeHtml(words[kind].replace('{time}', vietnamTime(seenAt, Date.now()))) + '</p>' +
    '<p><a href="/da-luu">' + escapeHtml(words.link) + '</a></p></div>';
  const withIt = /<main\b[^>]*>/.test(html) ? html.replace(/<main\b[^>]*>/, (open) => open + banner) : banner + html;
  return fresh(stored, withIt);
}

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `22:55` on the same Vietnam day, `28/11/2026 22:55` before it. */
function vietnamTime(ms, now) {
  const p = (at) => Object.fromEntries(PARTS.formatToParts(at).map((part) => [part.type, part.value]));
  const then = p(ms);
  const today = p(now);
  const time = then.hour + ':' + then.minute;
  const sameDay = then.day === today.day && then.month === today.month && then.year === today.year;
  return sameDay ? time : then.day + '/' + then.month + '/' + then.year + ' ' + time;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
}
