// Link-preview fetchers and crawlers follow tracked links too; their visits are
// redirected like anyone's but never counted as clicks.

const KNOWN_FETCHERS = new RegExp(
  [
    'facebookexternalhit',
    'facebot',
    'facebookcatalog',
    'meta-externalagent',
    'twitterbot',
    'telegrambot',
    'slackbot',
    'slack-imgproxy',
    'discordbot',
    'linkedinbot',
    'whatsapp',
    'googlebot',
    'google-inspectiontool',
    'googleother',
    'adsbot-google',
    'apis-google',
    'mediapartners-google',
    'bingbot',
    'bingpreview',
    'applebot',
    'skypeuripreview',
    'redditbot',
    'pinterest',
    'embedly',
    'iframely',
    'yandex',
    'baiduspider',
    'duckduckbot',
    'coccocbot',
    'petalbot',
    'vkshare',
    'viber',
    'kakaotalk-scrap',
    'line-poker',
    'mastodon',
    'bluesky',
    'cardyb',
    'snapchat',
  ].join('|'),
  'i',
);

/** Words that mark automated clients generally (`\b` keeps phone models such as "CUBOT" out). */
const GENERIC_AUTOMATION = /\b(bot|crawler|spider|scraper|preview|fetcher)\b|bot\//i;

/** A real browser engine signature; Zalo's in-app browser has it, Zalo's link-preview fetcher does not. */
const BROWSER_ENGINE = /mozilla\/5\.0 .*(applewebkit|gecko)/i;

/**
 * True for link-preview fetchers and crawlers (Facebook, Zalo, X, Telegram, Slack,
 * Discord, LinkedIn, WhatsApp, search engines …) and for requests with no User-Agent.
 */
export function isPreviewBot(userAgent: string | undefined | null): boolean {
  const ua = userAgent?.trim() ?? '';
  if (ua === '') return true;
  if (KNOWN_FETCHERS.test(ua) || GENERIC_AUTOMATION.test(ua)) return true;
  return /zalo/i.test(ua) && !BROWSER_ENGINE.test(ua);
}
