// The pure parts of `npm run bench:launch`: if the plan or the arithmetic were wrong, the
// simulation would pass or fail for the wrong reason, so they are checked without a server.
import { describe, expect, it } from 'vitest';
import { launchReport, parsePerLink } from '../../scripts/bench/launch-data';
import {
  ClickLedger,
  ClickPlan,
  crossesVnMidnight,
  latencySummary,
  launchConfig,
  losses,
  Pacer,
  PHONE_AGENTS,
  readerOf,
  shortfall,
  summaryTable,
  type LaunchResult,
} from '../../scripts/bench/launch-plan';
import { isPreviewBot } from '../../workers/share/bots';

describe('launch knobs', () => {
  it("defaults to the issue's launch and takes the small-run knobs", () => {
    expect(launchConfig({})).toMatchObject({ rate: 2000, seconds: 60, reportsRate: 50 });
    expect(launchConfig({ LAUNCH_RATE: '200', LAUNCH_SECONDS: '10', LAUNCH_REPORTS: '5' })).toMatchObject({ rate: 200, seconds: 10, reportsRate: 5 });
  });

  it('refuses a knob that is not a number in range, naming it', () => {
    expect(() => launchConfig({ LAUNCH_RATE: 'nhanh' })).toThrow(/LAUNCH_RATE/);
    expect(() => launchConfig({ LAUNCH_SECONDS: '0' })).toThrow(/LAUNCH_SECONDS/);
    expect(() => launchConfig({ LAUNCH_SECONDS: '600' })).toThrow(/LAUNCH_SECONDS/);
  });
});

describe('simulated readers', () => {
  it('are distinct by address + agent, some sharing an address (NAT) but never an agent with it', () => {
    const pairs = new Set<string>();
    const ips = new Set<string>();
    for (let id = 0; id < 50_000; id++) {
      const r = readerOf(id);
      pairs.add(`${r.ip}|${r.userAgent}`);
      ips.add(r.ip);
    }
    expect(pairs.size).toBe(50_000);
    expect(ips.size).toBe(45_000);
    expect([...ips].filter((ip) => !/^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.\d{1,3}\.\d{1,3}$/.test(ip))).toEqual([]);
    expect(readerOf(4_000_000).ip).toBe('100.118.238.128');
  });

  it('use phone agents the hub counts as people (none is taken for a preview bot)', () => {
    for (const agent of PHONE_AGENTS) expect(isPreviewBot(agent), agent).toBe(false);
  });
});

describe('the click plan', () => {
  const config = { links: 40, repeatShare: 0.15, otherLinkShare: 0.05, seed: 7 };

  it('is the same for the same seed', () => {
    const a = new ClickPlan(config);
    const b = new ClickPlan(config);
    for (let i = 0; i < 1000; i++) expect(b.take()).toEqual(a.take());
  });

  it('repeats about the configured share of clicks, as the same reader on the same link, and favours hot links', () => {
    const plan = new ClickPlan(config);
    const clicks = Array.from({ length: 20_000 }, () => plan.take());
    const repeats = clicks.filter((c) => c.kind === 'repeat');
    expect(repeats.length / clicks.length).toBeGreaterThan(0.13);
    expect(repeats.length / clicks.length).toBeLessThan(0.17);
    const firstClicks = new Set(clicks.filter((c) => c.kind !== 'repeat').map((c) => `${c.reader.id}|${c.link}`));
    for (const r of repeats) expect(firstClicks.has(`${r.reader.id}|${r.link}`)).toBe(true);
    const onLink = (k: number) => clicks.filter((c) => c.link === k).length;
    expect(onLink(0)).toBeGreaterThan(5 * onLink(39));
  });
});

describe('what the hub must count', () => {
  const at = Date.UTC(2026, 10, 30, 9, 0, 0);

  it('is one click per reader, link and Vietnam day: a repeat adds nothing, another link or the next day does', () => {
    const ledger = new ClickLedger(3);
    const a = readerOf(1);
    const b = readerOf(2);
    expect(ledger.record({ reader: a, link: 0 }, at)).toBe(true);
    expect(ledger.record({ reader: a, link: 0 }, at + 60_000)).toBe(false);
    expect(ledger.record({ reader: a, link: 1 }, at)).toBe(true);
    expect(ledger.record({ reader: b, link: 0 }, at)).toBe(true);
    // 17:00 UTC is midnight in Vietnam: a new de-duplication day.
    expect(ledger.record({ reader: a, link: 0 }, Date.UTC(2026, 10, 30, 17, 0, 1))).toBe(true);
    expect(ledger.expected).toBe(4);
    expect(ledger.repeats).toBe(1);
    expect(ledger.perLink).toEqual([3, 1, 0]);
  });

  it('refuses a run across midnight in Vietnam', () => {
    expect(crossesVnMidnight(Date.UTC(2026, 10, 30, 16, 59, 0), 120_000)).toBe(true);
    expect(crossesVnMidnight(Date.UTC(2026, 10, 30, 9, 0, 0), 3_600_000)).toBe(false);
  });
});

describe('the open-loop pacer', () => {
  it('makes requests due on schedule, whatever came back', () => {
    const pacer = new Pacer(100, 2, 5000);
    expect(pacer.total).toBe(200);
    expect(pacer.step(0, 0, 1000)).toEqual({ send: 1, shed: 0 });
    expect(pacer.step(1000, 0, 1000)).toEqual({ send: 100, shed: 0 });
    expect(pacer.step(5000, 0, 1000)).toEqual({ send: 99, shed: 0 });
    expect(pacer.done).toBe(true);
    expect(pacer.dueAt(150)).toBe(1500);
  });

  it('holds back at the in-flight limit and sheds, as reported, what is more than the allowed lag late', () => {
    const pacer = new Pacer(100, 10, 2000);
    expect(pacer.step(1000, 0, 50)).toEqual({ send: 50, shed: 0 });
    expect(pacer.step(1500, 50, 50)).toEqual({ send: 0, shed: 0 });
    // At 4 s everything due before 2 s not yet sent (50..199) is 2 s late: shed; 200..400 go out.
    expect(pacer.step(4000, 0, 1000)).toEqual({ send: 201, shed: 150 });
    expect(pacer.shed).toBe(150);
    expect(pacer.issued).toBe(401);
  });
});

describe('the summary', () => {
  it('takes latencies by nearest rank', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(latencySummary(values)).toEqual({ p50: 500, p99: 990, max: 1000 });
    expect(latencySummary([])).toEqual({ p50: 0, p99: 0, max: 0 });
  });

  const stream = { offered: 600, sent: 600, shed: 0, ok: 600, failed: {}, seconds: 3, latency: { p50: 4, p99: 20, max: 31 }, lagP99: 2 };
  const perfect: LaunchResult = {
    config: { ...launchConfig({ LAUNCH_RATE: '200', LAUNCH_SECONDS: '3', LAUNCH_REPORTS: '10', LAUNCH_LINKS: '2' }) },
    clicks: stream,
    reports: { ...stream, offered: 30, sent: 30, ok: 30 },
    expected: { clicks: 500, repeats: 100, perLink: [300, 200], reports: 30 },
    counted: { readers: 500, linkClicks: 500, dailyClicks: 500, perLink: [300, 200], reportsStored: 30, reportsCounted: 30, deadLetters: 0 },
    drainSeconds: 4.2,
    workerProblems: [],
    loadAverage: [1, 1, 1],
  };

  it('passes a run where everything was answered and counted exactly', () => {
    expect(losses(perfect)).toEqual([]);
    const text = summaryTable(perfect);
    expect(text).toContain('PASS');
    expect(text).toMatch(/GET \/l\/:code \(302\)\s+600\s+600\s+600\s+0\s+0\s+200\s+200\s+4\s+20\s+31/);
  });

  it('fails on a click counted once too few or too many, a lost report, a dead letter, a failed request', () => {
    expect(losses({ ...perfect, counted: { ...perfect.counted, linkClicks: 499, perLink: [299, 200] } }).join('\n')).toMatch(/share_links\.clicks: 499, expected exactly 500[\s\S]*1 link/);
    expect(losses({ ...perfect, counted: { ...perfect.counted, readers: 501 } })).toHaveLength(1);
    expect(losses({ ...perfect, counted: { ...perfect.counted, reportsStored: 29 } })[0]).toMatch(/reports stored: 29/);
    expect(losses({ ...perfect, counted: { ...perfect.counted, deadLetters: 2 } })[0]).toMatch(/2 message/);
    expect(losses({ ...perfect, clicks: { ...stream, ok: 599, failed: { UND_ERR_HEADERS_TIMEOUT: 1 } } })[0]).toMatch(/1 tracked-link request/);
    expect(summaryTable({ ...perfect, workerProblems: ['✘ [ERROR] queue lan-toa-clicks: 1 message(s) failed; retrying'] })).toContain('FAIL');
  });

  it('reports a rate not sustained as offered against answered, not as a loss', () => {
    const slow = { ...perfect, clicks: { ...stream, sent: 400, shed: 200, ok: 400, seconds: 4 } };
    expect(losses(slow)).toEqual([]);
    expect(shortfall(slow).join('\n')).toMatch(/200 of 600 clicks not sent[\s\S]*100\/s answered of 200\/s offered \(50 %\)/);
  });
});

describe('launch data', () => {
  it('sends reports that all differ, a quarter on the same viral links, each from its own address', () => {
    const reports = Array.from({ length: 400 }, (_, n) => launchReport('run1', n));
    expect(new Set(reports.map((r) => r.body)).size).toBe(400);
    expect(new Set(reports.map((r) => r.ip)).size).toBe(400);
    const urls = reports.map((r) => (JSON.parse(r.body) as { url: string }).url);
    expect(new Set(urls.filter((_, n) => n % 4 === 0)).size).toBe(8);
    expect(new Set(urls).size).toBe(300 + 8);
  });

  it('reads per-link counts back from group_concat', () => {
    expect(parsePerLink('launch-1=5,launch-0=7,launch-9=1', 3)).toEqual([7, 5, 0]);
    expect(parsePerLink(null, 2)).toEqual([0, 0]);
  });
});
