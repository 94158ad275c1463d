// The pure parts of `npm run bench:launch` (scripts/bench-launch.ts): the knobs, who
// clicks which link (readers, repeats inside the de-duplication window), the open-loop
// pacer, and the arithmetic of what the hub must have counted. No I/O here, so
// tests/node/launch-plan.node.test.ts can check it without a server.
import { vnDay } from '../../workers/core/time';

export type LaunchConfig = {
  /** Tracked-link clicks offered per second (LAUNCH_RATE). */
  rate: number;
  /** How long clicks and reports are offered (LAUNCH_SECONDS). */
  seconds: number;
  /** Reports offered per second alongside (LAUNCH_REPORTS). */
  reportsRate: number;
  /** Tracked links in the campaign (LAUNCH_LINKS); clicks spread over them unevenly, a few are hot. */
  links: number;
  /** Share of clicks that repeat an earlier reader's click on the same link (LAUNCH_REPEAT): never counted again. */
  repeatShare: number;
  /** Share of clicks by an earlier reader on a link picked afresh (usually another link: counted). */
  otherLinkShare: number;
  /** Connections (and so requests in flight) the click stream may use (LAUNCH_CONNECTIONS). */
  connections: number;
  /** A click more than this late against its schedule is not sent (counted as "shed"): the client is behind. */
  maxLagSeconds: number;
  /** After the last answer, how long to wait for the queues to drain (LAUNCH_DRAIN_SECONDS). */
  drainSeconds: number;
  /** Seed of the click plan, so a run can be repeated (LAUNCH_SEED). */
  seed: number;
};

function knob(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  const value = raw === undefined || raw.trim() === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be a number from ${min} to ${max} (got "${raw}")`);
  return value;
}

/** The knobs from the environment, checked; defaults are the issue's launch (2,000 clicks/s and 50 reports/s for 60 s). */
export function launchConfig(env: NodeJS.ProcessEnv = process.env): LaunchConfig {
  const config: LaunchConfig = {
    rate: knob(env, 'LAUNCH_RATE', 2000, 1, 20_000),
    seconds: knob(env, 'LAUNCH_SECONDS', 60, 1, 120),
    reportsRate: knob(env, 'LAUNCH_REPORTS', 50, 0, 500),
    links: Math.round(knob(env, 'LAUNCH_LINKS', 40, 1, 1000)),
    repeatShare: knob(env, 'LAUNCH_REPEAT', 0.15, 0, 0.9),
    otherLinkShare: 0.05,
    connections: Math.round(knob(env, 'LAUNCH_CONNECTIONS', 32, 1, 4096)),
    maxLagSeconds: knob(env, 'LAUNCH_MAX_LAG', 5, 0.1, 60),
    drainSeconds: knob(env, 'LAUNCH_DRAIN_SECONDS', 120, 5, 900),
    seed: Math.round(knob(env, 'LAUNCH_SEED', 14, 0, 2 ** 31)),
  };
  if (config.rate * config.seconds > MAX_READERS) throw new Error(`LAUNCH_RATE × LAUNCH_SECONDS must stay under ${MAX_READERS} clicks`);
  return config;
}

/** Phone browsers as they reach a tracked link: Chrome and Safari, and the Zalo and Facebook in-app browsers. */
export const PHONE_AGENTS = [
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.104 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.58 Mobile Safari/537.36 Zalo android/12100631 ZaloTheme/light ZaloLanguage/vi',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/24.10.1 ZaloTheme/dark ZaloLanguage/vi',
  'Mozilla/5.0 (Linux; Android 14; OPPO A79) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/129.0.6668.100 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/487.0.0.55.109;]',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/486.0.0.41.107;FBBV/662244588;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.5;FBSS/3;FBCR/;FBID/phone;FBLC/vi_VN;FBOP/5]',
  'Mozilla/5.0 (Linux; Android 12; vivo Y35) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 Mobile Safari/537.36',
] as const;

/** Readers get addresses in 100.64.0.0/10, the carrier-grade NAT range phones on Vietnamese mobile networks sit behind. */
const MAX_READERS = 2 ** 22;

export type Reader = { id: number; ip: string; userAgent: string };

/**
 * Reader `id`'s address and agent. One reader in ten shares its address with the one before it
 * (two phones behind one NAT) but not its agent: the hub tells readers apart by address + agent,
 * so those are two readers.
 */
export function readerOf(id: number): Reader {
  const x = Math.floor((id * 9) / 10);
  if (x >= MAX_READERS) throw new Error(`reader ${id} is beyond the address range`);
  return { id, ip: `100.${64 + (x >> 16)}.${(x >> 8) & 255}.${x & 255}`, userAgent: PHONE_AGENTS[id % PHONE_AGENTS.length]! };
}

/** A small seeded generator (mulberry32): the same seed gives the same plan. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type PlannedClick = { index: number; reader: Reader; link: number; kind: 'new-reader' | 'repeat' | 'other-link' };

/** How far back a repeat reaches: readers click again within minutes, well inside the de-duplication day. */
const REPEAT_REACH = 5000;

/**
 * Who clicks what, one click at a time. Links are picked by a Zipf-like law (link 0 the hottest),
 * as a campaign's links are: a few travel far. Kinds: a new reader; a repeat of an earlier click
 * (same reader, same link: must not count); an earlier reader on a link picked afresh.
 */
export class ClickPlan {
  private readonly random: () => number;
  private readonly cumulative: number[];
  private readonly recent: PlannedClick[] = [];
  private readers = 0;
  private next = 0;

  constructor(private readonly config: Pick<LaunchConfig, 'links' | 'repeatShare' | 'otherLinkShare' | 'seed'>) {
    this.random = seededRandom(config.seed);
    const weights = Array.from({ length: config.links }, (_, k) => 1 / (k + 1));
    const total = weights.reduce((a, b) => a + b, 0);
    let sum = 0;
    this.cumulative = weights.map((w) => (sum += w / total));
  }

  private pickLink(): number {
    const r = this.random();
    const k = this.cumulative.findIndex((c) => r < c);
    return k === -1 ? this.config.links - 1 : k;
  }

  take(): PlannedClick {
    const index = this.next++;
    const r = this.random();
    const earlier = this.recent.length > 0 ? this.recent[Math.floor(this.random() * this.recent.length)]! : null;
    let click: PlannedClick;
    if (earlier && r < this.config.repeatShare) click = { index, reader: earlier.reader, link: earlier.link, kind: 'repeat' };
    else if (earlier && r < this.config.repeatShare + this.config.otherLinkShare) click = { index, reader: earlier.reader, link: this.pickLink(), kind: 'other-link' };
    else click = { index, reader: readerOf(this.readers++), link: this.pickLink(), kind: 'new-reader' };
    if (this.recent.length < REPEAT_REACH) this.recent.push(click);
    else this.recent[index % REPEAT_REACH] = click;
    return click;
  }
}

/**
 * What the hub must count: one click per (reader, link, Vietnam day), for the clicks that were
 * actually answered. A repeat is still sent and redirected; it just adds nothing.
 */
export class ClickLedger {
  private readonly seen = new Set<string>();
  readonly perLink: number[];
  answered = 0;

  constructor(links: number) {
    this.perLink = Array.from({ length: links }, () => 0);
  }

  /** An answered click, sent at `sentAt` (ms). Returns whether it is a new (counted) click. */
  record(click: Pick<PlannedClick, 'reader' | 'link'>, sentAt: number): boolean {
    this.answered++;
    const key = `${click.reader.id}|${click.link}|${vnDay(sentAt)}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.perLink[click.link] = (this.perLink[click.link] ?? 0) + 1;
    return true;
  }

  get expected(): number {
    return this.seen.size;
  }

  get repeats(): number {
    return this.answered - this.seen.size;
  }
}

/** True when a run from `start` lasting `ms` would cross midnight in Vietnam, which splits the de-duplication window. */
export function crossesVnMidnight(start: number, ms: number): boolean {
  return vnDay(start) !== vnDay(start + ms);
}

/**
 * An open-loop pacer: request i is due at i / rate seconds, whatever the server does (so a slow
 * server shows as latency and lag, not as a politely lower rate). `step` says how many to send
 * now, within the in-flight limit, and how many to give up on because they are already more
 * than `maxLagMs` late (the client is behind; reported as shed, never hidden).
 */
export class Pacer {
  issued = 0;
  shed = 0;
  readonly total: number;

  constructor(
    private readonly rate: number,
    seconds: number,
    private readonly maxLagMs: number,
  ) {
    this.total = Math.round(rate * seconds);
  }

  /** When request `i` is due, in ms from the start. */
  dueAt(i: number): number {
    return (i * 1000) / this.rate;
  }

  step(elapsedMs: number, inFlight: number, maxInFlight: number): { send: number; shed: number } {
    const due = Math.min(this.total, Math.floor((this.rate * elapsedMs) / 1000) + 1);
    const tooLate = Math.min(due, Math.ceil((this.rate * (elapsedMs - this.maxLagMs)) / 1000));
    const shed = Math.max(0, tooLate - this.issued);
    this.issued += shed;
    this.shed += shed;
    const send = Math.max(0, Math.min(due - this.issued, maxInFlight - inFlight));
    this.issued += send;
    return { send, shed };
  }

  get done(): boolean {
    return this.issued >= this.total;
  }
}

/** p50, p99 and max of latencies in ms (nearest rank). */
export function latencySummary(values: ArrayLike<number>): { p50: number; p99: number; max: number } {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
  return { p50: round1(at(50)), p99: round1(at(99)), max: round1(sorted.length ? sorted[sorted.length - 1]! : 0) };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** One load stream's outcome: offered (scheduled), sent, answered as expected, failed by reason, shed by the client. */
export type StreamOutcome = {
  offered: number;
  sent: number;
  shed: number;
  ok: number;
  failed: Record<string, number>;
  /** From the first send to the last answer, seconds. */
  seconds: number;
  latency: { p50: number; p99: number; max: number };
  /** How late sends were against their schedule (client side), p99 in ms. */
  lagP99: number;
};

export type CountsRead = {
  /** Rows of share_click_readers for the launch links: one per counted (reader, link, day). */
  readers: number;
  /** Sum of share_links.clicks over the launch links. */
  linkClicks: number;
  /** Sum of share_stats_daily.clicks for the launch links' dimensions. */
  dailyClicks: number;
  /** share_links.clicks per launch link, in link order. */
  perLink: number[];
  /** New rows in reports, and the rise of the cases' report counts. */
  reportsStored: number;
  reportsCounted: number;
  /** Rows in queue_dead_letters. */
  deadLetters: number;
};

export type LaunchResult = {
  config: LaunchConfig;
  clicks: StreamOutcome;
  reports: StreamOutcome;
  expected: { clicks: number; repeats: number; perLink: number[]; reports: number };
  counted: CountsRead;
  /** Seconds from the last answer until the counts settled (or the drain timeout). */
  drainSeconds: number;
  /** Lines in the Worker's log that mean work was lost or retried (failed batches, dropped clicks). */
  workerProblems: string[];
  loadAverage: number[];
};

const failedTotal = (s: StreamOutcome) => Object.values(s.failed).reduce((a, b) => a + b, 0);

/** Every loss the run shows, in words; empty means nothing was lost. Being slower than offered is not a loss (see `shortfall`). */
export function losses(r: LaunchResult): string[] {
  const out: string[] = [];
  const clickFails = failedTotal(r.clicks);
  if (clickFails > 0) out.push(`${clickFails} tracked-link request(s) not redirected: ${JSON.stringify(r.clicks.failed)}`);
  const reportFails = failedTotal(r.reports);
  if (reportFails > 0) out.push(`${reportFails} report(s) not accepted: ${JSON.stringify(r.reports.failed)}`);
  for (const [name, got] of [
    ['share_click_readers rows', r.counted.readers],
    ['share_links.clicks', r.counted.linkClicks],
    ['share_stats_daily.clicks', r.counted.dailyClicks],
  ] as const) {
    if (got !== r.expected.clicks) out.push(`${name}: ${got}, expected exactly ${r.expected.clicks}`);
  }
  const wrongLinks = r.expected.perLink.filter((n, k) => r.counted.perLink[k] !== n).length;
  if (wrongLinks > 0) out.push(`${wrongLinks} link(s) with a click count other than expected`);
  if (r.counted.reportsStored !== r.expected.reports) out.push(`reports stored: ${r.counted.reportsStored}, accepted ${r.expected.reports}`);
  if (r.counted.reportsCounted !== r.expected.reports) out.push(`reports counted in cases: ${r.counted.reportsCounted}, accepted ${r.expected.reports}`);
  if (r.counted.deadLetters > 0) out.push(`${r.counted.deadLetters} message(s) in queue_dead_letters`);
  if (r.workerProblems.length > 0) out.push(`${r.workerProblems.length} failure line(s) in the Worker's log, first: ${r.workerProblems[0]}`);
  return out;
}

/** How far the run fell short of the offered load (client behind, server slower): facts to report, not losses. */
export function shortfall(r: LaunchResult): string[] {
  const out: string[] = [];
  for (const [name, s, rate] of [
    ['clicks', r.clicks, r.config.rate],
    ['reports', r.reports, r.config.reportsRate],
  ] as const) {
    if (s.shed > 0) out.push(`${s.shed} of ${s.offered} ${name} not sent: the client ran more than ${r.config.maxLagSeconds} s behind schedule`);
    const achieved = s.seconds > 0 ? s.ok / s.seconds : 0;
    if (rate > 0 && achieved < rate * 0.95) out.push(`${name}: ${fmt(achieved)}/s answered of ${fmt(rate)}/s offered (${Math.round((achieved / rate) * 100)} %)`);
  }
  return out;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
}

/** The printed summary: offered against answered, latencies, counts expected against counted, the verdict. */
export function summaryTable(r: LaunchResult): string {
  const w = [22, 9, 9, 9, 9, 7, 6, 11, 8, 8, 8];
  const stream = (name: string, s: StreamOutcome, rate: number) =>
    row(
      [name, fmt(s.offered), fmt(s.sent), fmt(s.ok), fmt(failedTotal(s)), fmt(s.shed), fmt(rate), s.seconds > 0 ? fmt(s.ok / s.seconds) : '0', s.latency.p50, s.latency.p99, s.latency.max],
      w,
    );
  const check = (name: string, expected: number, got: number) => `  ${name.padEnd(40)} ${fmt(got).padStart(9)}  ${got === expected ? 'ok' : `EXPECTED ${fmt(expected)}`}`;
  const lost = losses(r);
  const short = shortfall(r);
  return [
    `Launch simulation: ${fmt(r.config.rate)} clicks/s + ${fmt(r.config.reportsRate)} reports/s offered for ${r.config.seconds} s, ${r.config.links} links (local wrangler dev, load average ${r.loadAverage.map((l) => l.toFixed(1)).join(' ')})`,
    '',
    row(['', 'offered', 'sent', 'answered', 'failed', 'shed', 'rate/s', 'answered/s', 'p50 ms', 'p99 ms', 'max ms'], w),
    stream('GET /l/:code (302)', r.clicks, r.config.rate),
    stream('POST /api/reports (201)', r.reports, r.config.reportsRate),
    `  client lag p99: clicks ${r.clicks.lagP99} ms, reports ${r.reports.lagP99} ms`,
    '',
    `Clicks: ${fmt(r.clicks.ok)} redirected, of which ${fmt(r.expected.repeats)} repeats inside the window; distinct (reader, link, day) = ${fmt(r.expected.clicks)}`,
    check('share_click_readers rows', r.expected.clicks, r.counted.readers),
    check('sum of share_links.clicks', r.expected.clicks, r.counted.linkClicks),
    check('sum of share_stats_daily.clicks', r.expected.clicks, r.counted.dailyClicks),
    `Reports: ${fmt(r.expected.reports)} accepted`,
    check('reports rows added', r.expected.reports, r.counted.reportsStored),
    check('cases.report_count risen by', r.expected.reports, r.counted.reportsCounted),
    check('queue_dead_letters rows', 0, r.counted.deadLetters),
    check('failure lines in the Worker log', 0, r.workerProblems.length),
    `Queues drained ${r.drainSeconds.toFixed(1)} s after the last answer.`,
    '',
    ...short.map((s) => `NOTE: ${s}`),
    lost.length === 0 ? 'PASS: every request answered, every click and report counted exactly, nothing dead-lettered.' : `FAIL:\n${lost.map((l) => `  - ${l}`).join('\n')}`,
  ].join('\n');
}
