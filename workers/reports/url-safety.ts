// Which reported links we accept. We never fetch them, but editors click them
// and pages render them, so only public http(s) links get in: no script or data
// schemes, no credentials, nothing that points into a private network.

export const MAX_URL_LENGTH = 2048;

/** Host names that never name a public site. */
const PRIVATE_SUFFIXES = ['.localhost', '.local', '.internal', '.intranet', '.lan', '.home', '.corp', '.home.arpa', '.localdomain'];

type Range4 = [number, number, number, number, number];

/** IPv4 ranges that are not publicly routable (RFC 6890 and friends). */
const PRIVATE_V4: Range4[] = [
  [0, 0, 0, 0, 8],
  [10, 0, 0, 0, 8],
  [100, 64, 0, 0, 10],
  [127, 0, 0, 0, 8],
  [169, 254, 0, 0, 16],
  [172, 16, 0, 0, 12],
  [192, 0, 0, 0, 24],
  [192, 0, 2, 0, 24],
  [192, 168, 0, 0, 16],
  [198, 18, 0, 0, 15],
  [198, 51, 100, 0, 24],
  [203, 0, 113, 0, 24],
  [224, 0, 0, 0, 4],
  [240, 0, 0, 0, 4],
];

function ipv4ToInt(parts: number[]): number {
  return (((parts[0] ?? 0) << 24) >>> 0) + ((parts[1] ?? 0) << 16) + ((parts[2] ?? 0) << 8) + (parts[3] ?? 0);
}

function isPrivateIpv4(host: string): boolean {
  const parts = host.split('.').map(Number);
  const ip = ipv4ToInt(parts);
  return PRIVATE_V4.some(([a, b, c, d, bits]) => {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    return (ip & mask) >>> 0 === (ipv4ToInt([a, b, c, d]) & mask) >>> 0;
  });
}

/** Expand an IPv6 literal (as the URL parser prints it, without brackets) to eight 16-bit groups. */
function ipv6Groups(host: string): number[] | null {
  let text = host;
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two groups.
  const v4 = text.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...new Array<number>(Math.max(0, fill)).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function isPrivateIpv6(host: string): boolean {
  const g = ipv6Groups(host);
  if (!g) return true;
  const [g0 = 0, g1 = 0, , , , g5 = 0, g6 = 0, g7 = 0] = g;
  const allZeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (allZeroTo(7) && (g7 === 0 || g7 === 1)) return true; // :: and ::1
  if (allZeroTo(5) && g5 === 0xffff) return isPrivateIpv4(`${g6 >> 8}.${g6 & 255}.${g7 >> 8}.${g7 & 255}`); // IPv4-mapped
  if (allZeroTo(6)) return true; // IPv4-compatible (deprecated)
  if ((g0 & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g0 & 0xff00) === 0xff00) return true; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return true; // documentation
  if (g0 === 0x64 && g1 === 0xff9b) return true; // NAT64 (wraps IPv4)
  return false;
}

/**
 * Why a reported link is refused, or null when it is acceptable.
 *
 * @example
 * reportedUrlProblem('javascript:alert(1)') // 'Only http and https links can be reported'
 * reportedUrlProblem('http://192.168.1.1/admin') // 'Links to private or local addresses cannot be reported'
 */
export function reportedUrlProblem(input: string): string | null {
  const text = input.trim();
  if (text.length > MAX_URL_LENGTH) return `A link can have at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Not a valid link (it must start with http:// or https://)';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Only http and https links can be reported';
  if (url.username || url.password) return 'Links with a user name or password cannot be reported';
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return 'The link has no host';
  const privateProblem = 'Links to private or local addresses cannot be reported';
  if (host.startsWith('[')) return isPrivateIpv6(host.slice(1, -1)) ? privateProblem : null;
  // The URL parser already turned 0x7f.1, 2130706433 and friends into dotted quads.
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return isPrivateIpv4(host) ? privateProblem : null;
  if (host === 'localhost' || PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix))) return privateProblem;
  if (!host.includes('.')) return privateProblem;
  return null;
}
