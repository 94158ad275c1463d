// Canonical form of a reported link, so every report of the same content joins
// one case. Pure and offline: the server never fetches a reported URL, so short
// links that only a fetch could resolve (fb.watch, vm.tiktok.com, t.co) keep a
// canonical form of their own.
import type { ReportPlatform } from '../../schema';

/** Query parameters that only track who shared or clicked, on any site. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'igsh',
  'si', 'mibextid', 'ref', 'ref_src', 'ref_url', 'refsrc', 'referrer', 'fref', 'hc_ref', 'sfnsn', 'extid',
  'rdid', 'share_url', '_rdr', '_rdc', 'zarsrc', 'gidzl', 'mc_cid', 'mc_eid', '_ga', '_gl', 'gad_source',
  'spm', 'feature', 'pp', 'app', 'is_from_webapp', 'sender_device', 'web_id', '_r', '_t', 'u_code',
  'share_app_id', 'share_link_id', 'tt_from', 'source', 'from', 'eav', 'paipv', 'comment_tracking',
]);
/** Prefixes of tracking parameters (`utm_source`, `__cft__[0]`, `_nc_ht`…). */
const TRACKING_PREFIXES = ['utm_', '__cft__', '__tn__', '__xts__', '_nc_', 'oly_', 'vero_', 'hsa_', 'pk_', 'mtm_'];

/** Sub-domains that serve the same content as the bare domain. */
const ALTERNATE_PREFIXES = ['www.', 'm.', 'mobile.', 'mbasic.', 'web.', 'touch.'];

/** Different domains for one site, mapped to the one we key on. */
const HOST_ALIASES: Record<string, string> = {
  'twitter.com': 'x.com',
  'fb.com': 'facebook.com',
  'telegram.me': 't.me',
  'telegram.dog': 't.me',
  'youtube-nocookie.com': 'youtube.com',
  'music.youtube.com': 'youtube.com',
};

const PLATFORM_HOSTS: [ReportPlatform, RegExp][] = [
  ['facebook', /(^|\.)(facebook\.com|fb\.watch|fb\.me|messenger\.com)$/],
  ['zalo', /(^|\.)(zalo\.me|zalo\.vn|zaloapp\.com)$/],
  ['tiktok', /(^|\.)tiktok\.com$/],
  ['youtube', /(^|\.)(youtube\.com|youtu\.be)$/],
  ['x', /(^|\.)(x\.com|t\.co)$/],
  ['telegram', /(^|\.)(t\.me|telegram\.org)$/],
];

/** The platform a (canonical) host belongs to; any other host is a `website`. */
export function platformForHost(host: string): ReportPlatform {
  for (const [platform, pattern] of PLATFORM_HOSTS) if (pattern.test(host)) return platform;
  return 'website';
}

function isTracking(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

function canonicalHost(hostname: string): string {
  let host = hostname.toLowerCase().replace(/\.$/, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of ALTERNATE_PREFIXES) {
      // `m.me` (Messenger) is a whole domain, not a mobile sub-domain: keep at least two labels.
      if (host.startsWith(prefix) && host.slice(prefix.length).includes('.')) {
        host = host.slice(prefix.length);
        changed = true;
      }
    }
  }
  return HOST_ALIASES[host] ?? host;
}

/** Redirect wrappers whose target is in a query parameter: `l.facebook.com/l.php?u=…`. */
function unwrapRedirect(url: URL): URL | null {
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  let target: string | null = null;
  if (/(^|\.)(facebook\.com|messenger\.com)$/.test(host) && path === '/l.php') target = url.searchParams.get('u');
  else if (host === 'l.instagram.com') target = url.searchParams.get('u');
  else if (/(^|\.)google\.[a-z.]+$/.test(host) && path === '/url') target = url.searchParams.get('q') ?? url.searchParams.get('url');
  else if (/(^|\.)youtube\.com$/.test(host) && path === '/redirect') target = url.searchParams.get('q');
  else if (/(^|\.)google\.[a-z.]+$/.test(host) && path.startsWith('/amp/s/')) target = `https://${path.slice(7)}`;
  if (!target) return null;
  try {
    const inner = new URL(target);
    return inner.protocol === 'http:' || inner.protocol === 'https:' ? inner : null;
  } catch {
    return null;
  }
}

/** Path segments, without empty ones (so trailing and doubled slashes do not matter). */
function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

type Parts = { host: string; path: string; params: [string, string][] };

function only(params: URLSearchParams, names: string[]): [string, string][] {
  const kept: [string, string][] = [];
  for (const name of names) {
    const value = params.get(name);
    if (value) kept.push([name, value]);
  }
  return kept;
}

function youtube(host: string, url: URL): Parts {
  const segs = segments(url.pathname);
  const watch = (id: string): Parts => ({ host: 'youtube.com', path: '/watch', params: [['v', id]] });
  if (host === 'youtu.be' && segs[0]) return watch(segs[0]);
  const first = segs[0]?.toLowerCase();
  if (first === 'watch' && url.searchParams.get('v')) return watch(url.searchParams.get('v') ?? '');
  if ((first === 'shorts' || first === 'embed' || first === 'live' || first === 'v') && segs[1]) return watch(segs[1]);
  if (first === 'playlist') return { host: 'youtube.com', path: '/playlist', params: only(url.searchParams, ['list']) };
  // Channels and handles are case-insensitive.
  if (first?.startsWith('@')) return { host: 'youtube.com', path: `/${first}`, params: [] };
  return { host: 'youtube.com', path: url.pathname, params: [] };
}

function facebook(host: string, url: URL): Parts {
  const q = url.searchParams;
  if (host === 'fb.watch') return { host, path: `/${segments(url.pathname)[0] ?? ''}`, params: [] };
  const segs = segments(url.pathname);
  const first = segs[0]?.toLowerCase();
  const fb = (path: string, params: [string, string][] = []): Parts => ({ host: 'facebook.com', path, params });
  const storyId = q.get('story_fbid');
  const ownerId = q.get('id');
  if ((first === 'story.php' || first === 'permalink.php') && storyId && ownerId) return fb(`/${ownerId}/posts/${storyId}`);
  if (first === 'groups' && segs[1]) {
    const group = segs[1].toLowerCase();
    const post = segs[2] === 'permalink' || segs[2] === 'posts' ? segs[3] : q.get('multi_permalinks')?.split(',')[0];
    return post ? fb(`/groups/${group}/posts/${post}`) : fb(`/groups/${group}`);
  }
  if ((first === 'photo.php' || first === 'photo') && q.get('fbid')) return fb('/photo.php', [['fbid', q.get('fbid') ?? '']]);
  if (first === 'watch' && q.get('v')) return fb('/watch', [['v', q.get('v') ?? '']]);
  if (first === 'video.php' && q.get('v')) return fb('/watch', [['v', q.get('v') ?? '']]);
  if (first === 'reel' && segs[1]) return fb(`/reel/${segs[1]}`);
  if (first === 'share' && segs[1] && segs[2]) return fb(`/share/${segs[1].toLowerCase()}/${segs[2]}`);
  if (first === 'profile.php' && ownerId) return fb('/profile.php', [['id', ownerId]]);
  if (segs.length >= 3 && segs[1] === 'posts') return fb(`/${segs[0]?.toLowerCase()}/posts/${segs[2]}`);
  if (segs.length >= 3 && segs[1] === 'videos') return fb('/watch', [['v', segs[segs.length - 1] ?? '']]);
  if (segs.length >= 3 && segs[1] === 'photos') return fb('/photo.php', [['fbid', segs[segs.length - 1] ?? '']]);
  // A page or profile by name (case-insensitive), or any other path: keep only identifying parameters.
  const path = segs.length === 1 ? `/${first}` : url.pathname;
  return fb(path, only(q, ['story_fbid', 'fbid', 'id', 'v']));
}

function tiktok(host: string, url: URL): Parts {
  const segs = segments(url.pathname);
  // vm./vt. short links and /t/ codes need a fetch to resolve: they stay as they are.
  if ((host === 'vm.tiktok.com' || host === 'vt.tiktok.com') && segs[0]) return { host, path: `/${segs[0]}`, params: [] };
  if (segs[0] === 't' && segs[1]) return { host: 'tiktok.com', path: `/t/${segs[1]}`, params: [] };
  const videoAt = segs.findIndex((s) => s === 'video' || s === 'v');
  const video = videoAt >= 0 ? segs[videoAt + 1]?.replace(/\.html$/, '') : undefined;
  if (video && /^\d+$/.test(video)) return { host: 'tiktok.com', path: `/video/${video}`, params: [] };
  const photoAt = segs.indexOf('photo');
  if (photoAt >= 0 && segs[photoAt + 1]) return { host: 'tiktok.com', path: `/photo/${segs[photoAt + 1]}`, params: [] };
  if (segs[0] === 'embed' && segs.at(-1) && /^\d+$/.test(segs.at(-1) ?? '')) {
    return { host: 'tiktok.com', path: `/video/${segs.at(-1)}`, params: [] };
  }
  if (segs[0]?.startsWith('@')) return { host: 'tiktok.com', path: `/${segs[0].toLowerCase()}`, params: [] };
  return { host: 'tiktok.com', path: url.pathname, params: [] };
}

function x(host: string, url: URL): Parts {
  if (host === 't.co') return { host, path: `/${segments(url.pathname)[0] ?? ''}`, params: [] };
  // Old `#!/user/status/1` links carry the path in the fragment.
  const path = url.hash.startsWith('#!/') ? url.hash.slice(2) : url.pathname;
  const segs = segments(path);
  const statusAt = segs.findIndex((s) => s === 'status' || s === 'statuses');
  const id = statusAt >= 0 ? segs[statusAt + 1] : undefined;
  // A status id is unique on its own; the user name in front of it can change.
  if (id && /^\d+$/.test(id)) return { host: 'x.com', path: `/i/status/${id}`, params: [] };
  if (segs.length === 1) return { host: 'x.com', path: `/${segs[0]?.toLowerCase()}`, params: [] };
  return { host: 'x.com', path, params: [] };
}

function telegram(url: URL): Parts {
  let segs = segments(url.pathname);
  // t.me/s/channel/42 is the web preview of t.me/channel/42.
  if (segs[0] === 's' && segs[1]) segs = segs.slice(1);
  if (segs[0] && segs[0] !== 'c' && segs[0] !== '+' && !segs[0].startsWith('+')) segs[0] = segs[0].toLowerCase();
  return { host: 't.me', path: `/${segs.join('/')}`, params: [] };
}

function zalo(host: string, url: URL): Parts {
  return { host, path: url.pathname, params: only(url.searchParams, ['id']) };
}

function instagram(url: URL): Parts {
  const segs = segments(url.pathname);
  if ((segs[0] === 'reels' || segs[0] === 'reel' || segs[0] === 'tv') && segs[1]) return { host: 'instagram.com', path: `/reel/${segs[1]}`, params: [] };
  const postAt = segs.indexOf('p');
  if (postAt >= 0 && segs[postAt + 1]) return { host: 'instagram.com', path: `/p/${segs[postAt + 1]}`, params: [] };
  if (segs.length === 1) return { host: 'instagram.com', path: `/${segs[0]?.toLowerCase()}`, params: [] };
  return { host: 'instagram.com', path: url.pathname, params: [] };
}

function website(host: string, url: URL): Parts {
  const params: [string, string][] = [];
  for (const [name, value] of url.searchParams) if (!isTracking(name)) params.push([name, value]);
  return { host, path: url.pathname, params };
}

function partsFor(host: string, url: URL): Parts {
  if (host === 'youtube.com' || host === 'youtu.be') return youtube(host, url);
  if (host === 'facebook.com' || host === 'fb.watch') return facebook(host, url);
  if (host.endsWith('tiktok.com')) return tiktok(host, url);
  if (host === 'x.com' || host === 't.co') return x(host, url);
  if (host === 't.me') return telegram(url);
  if (host === 'zalo.me' || host.endsWith('.zalo.me') || host === 'zalo.vn') return zalo(host, url);
  if (host === 'instagram.com') return instagram(url);
  return website(host, url);
}

/** Upper-case percent escapes and decode the ones for unreserved characters (RFC 3986 §6.2.2). */
function normalisePath(path: string): string {
  const normal = path.replace(/%[0-9a-fA-F]{2}/g, (esc) => {
    const ch = String.fromCharCode(parseInt(esc.slice(1), 16));
    return /[A-Za-z0-9\-._~]/.test(ch) ? ch : esc.toUpperCase();
  });
  const trimmed = normal.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/**
 * The reported link as people can still open it, minus the fragment and the
 * tracking parameters (which may identify whoever shared or clicked it).
 */
export function withoutTracking(input: string): string {
  const url = new URL(input.trim());
  for (const name of [...url.searchParams.keys()]) if (isTracking(name)) url.searchParams.delete(name);
  url.hash = '';
  return url.toString();
}

export type CanonicalUrl = { url: string; host: string; platform: ReportPlatform };

/**
 * The key a reported link is grouped under, and the platform it belongs to.
 * Expects a URL that already passed `reportedUrlProblem` (http or https).
 *
 * @example
 * canonicalizeUrl('https://m.facebook.com/story.php?story_fbid=42&id=7&__tn__=R').url
 * // 'https://facebook.com/7/posts/42'
 */
export function canonicalizeUrl(input: string): CanonicalUrl {
  let url = new URL(input.trim());
  for (let i = 0; i < 3; i++) {
    const inner = unwrapRedirect(url);
    if (!inner) break;
    url = inner;
  }
  const host = canonicalHost(url.hostname);
  const parts = partsFor(host, url);
  const params = parts.params
    .filter(([name]) => !isTracking(name))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const port = url.port ? `:${url.port}` : '';
  return {
    url: `https://${parts.host}${port}${normalisePath(parts.path)}${query}`,
    host: parts.host,
    platform: platformForHost(parts.host),
  };
}

/**
 * The canonical form of a link pasted into a search box, or null when the text is
 * not an http(s) link (search boxes take any text, so nothing here throws).
 */
export function canonicalSearchUrl(text: string): string | null {
  if (!/^https?:\/\/\S+$/i.test(text.trim())) return null;
  try {
    return canonicalizeUrl(text).url;
  } catch {
    return null;
  }
}
