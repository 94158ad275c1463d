// Rows and request bodies of the launch simulation (scripts/bench-launch.ts): the campaign's
// tracked links over the demo's published stories, the reports sent beside the clicks, and
// the SQL that reads back what the hub counted.
import { shareChannels } from '../../schema';

/** Every launch link's unit starts with this, so its share_stats_daily rows are told apart from the demo's. */
export const LAUNCH_UNIT = 'Mô phỏng ra quân';

export const launchCode = (k: number) => `launch-${k}`;

const CHANNELS = shareChannels.filter((c) => c !== 'download');
const PROVINCES = ['HNI', 'HCM', 'DNG', 'HPG', 'CTO', 'NAN'];

/**
 * SQL for `links` tracked links as members of different provinces and units shared them,
 * half of them for the demo's campaign 1, over the published stories in `storyIds` (round robin).
 */
export function launchLinksSql(links: number, storyIds: number[], now: number): string[] {
  if (storyIds.length === 0) throw new Error('no published story to link to: seed the demo first');
  const rows = Array.from({ length: links }, (_, k) => {
    const story = storyIds[k % storyIds.length]!;
    const channel = CHANNELS[k % CHANNELS.length]!;
    const province = PROVINCES[k % PROVINCES.length]!;
    const campaign = k % 2 === 0 ? '1' : 'NULL';
    return `('${launchCode(k)}', ${story}, '${channel}', '${province}', '${LAUNCH_UNIT} ${k % 7}', ${campaign}, 0, ${now})`;
  });
  return [`INSERT INTO share_links (code, story_id, channel, province_code, unit, campaign_id, clicks, created_at) VALUES\n${rows.join(',\n')};`];
}

/** What the launch links hold after the run (one row), and what the reports and dead letters hold. */
export function launchCountsSql(): string {
  return `SELECT
  (SELECT count(*) FROM share_click_readers WHERE code IN (SELECT code FROM share_links WHERE code LIKE 'launch-%')) AS readers,
  (SELECT coalesce(sum(clicks), 0) FROM share_links WHERE code LIKE 'launch-%') AS linkClicks,
  (SELECT coalesce(sum(clicks), 0) FROM share_stats_daily WHERE instr(unit, '${LAUNCH_UNIT}') = 1) AS dailyClicks,
  (SELECT group_concat(code || '=' || clicks) FROM share_links WHERE code LIKE 'launch-%') AS perLink,
  (SELECT count(*) FROM reports) AS reports,
  (SELECT coalesce(sum(report_count), 0) FROM cases) AS countedInCases,
  (SELECT count(*) FROM queue_dead_letters) AS deadLetters`;
}

/** `launch-3=12,launch-0=40,…` → clicks per link index. */
export function parsePerLink(text: string | null, links: number): number[] {
  const perLink = Array.from({ length: links }, () => 0);
  for (const pair of (text ?? '').split(',')) {
    const match = /^launch-(\d+)=(\d+)$/.exec(pair);
    if (match && Number(match[1]) < links) perLink[Number(match[1])] = Number(match[2]);
  }
  return perLink;
}

/** A few links everyone reports at once (the rumour of the day): these reports join one case each. */
const VIRAL = Array.from({ length: 8 }, (_, i) => `https://www.facebook.com/permalink.php?story_fbid=77${i}0001&id=100088`);
const CATEGORIES = ['false_news', 'distortion', 'incitement', 'scam', 'other'] as const;
const PLACES = ['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Cần Thơ', 'Nghệ An', 'Hải Phòng'];

/**
 * Report `n` of run `run`: a quarter repeat a viral link, the rest carry their own; every
 * description differs. Each comes from its own address (198.18.0.0/15), as reports from many
 * phones would, so the per-address limit (20 a minute) is not what is measured.
 */
export function launchReport(run: string, n: number): { body: string; ip: string } {
  const url = n % 4 === 0 ? VIRAL[(n / 4) % VIRAL.length]! : `https://tin-nong.example.vn/${run}/bai-${n}.html?utm_source=zalo`;
  const place = PLACES[n % PLACES.length]!;
  const body = JSON.stringify({
    url,
    category: CATEGORIES[n % CATEGORIES.length],
    description: `Tin lan truyền số ${n} về ${place} trong ngày ra quân: chưa kiểm chứng, nhiều người chia sẻ lại.`,
  });
  return { body, ip: `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}` };
}
