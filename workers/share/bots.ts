// Who follows a tracked link without being a reader: link-preview fetchers, crawlers,
// scripts. They are redirected like anyone but never counted. The maintained list is
// `isbot` (its pattern is updated with each release); our own rules sit on either side.
import { isbot } from 'isbot';

/**
 * In-app browsers are people reading inside an app: Zalo (phone and PC), Facebook
 * (FBAN/FBAV/FB_IAB), Messenger (Orca, MessengerForiOS, MessengerLite), Pinterest,
 * Snapchat, Viber, TikTok (musical_ly, trill, BytedanceWebview). isbot 5 already
 * leaves their real agents alone; this keeps that true if a future pattern grows
 * to catch an app name (Pinterestbot and a Viber preview are not in-app browsers).
 */
const IN_APP_BROWSER =
  /\bZalo (?:android|iOS)\/|\bZaloPC-|\bZaloTheme\/|\[FBAN\/|\bFBAV\/|\[FB_IAB\/|\bMessengerFor|\bMessengerLite|\[Pinterest\/|\bPinterest\/(?:iOS|Android)|\bPinterest for (?:Android|iOS)|\bSnapchat\/\d|\bViber[/ ]\d|\bmusical_ly|\btrill_\d|\bBytedanceWebview\/|\bTikTok \d/i;

/** A real engine signature: in-app browsers have one, preview fetchers pretending to be apps usually do not. */
const BROWSER_ENGINE = /^Mozilla\/5\.0 \(.*\b(?:AppleWebKit|Gecko)\//;

/** Words no in-app browser carries. */
const AUTOMATION = /bot\b|crawl|spider|preview|externalhit|headless|scrap|fetch/i;

/**
 * Zalo's link-preview fetcher: says Zalo but has no browser engine (the Zalo apps
 * all run a WebView, see IN_APP_BROWSER).
 */
function isZaloPreview(ua: string): boolean {
  return /zalo/i.test(ua) && !BROWSER_ENGINE.test(ua);
}

/** True when a request's User-Agent belongs to a bot, crawler, preview fetcher or script (or is missing). */
export function isPreviewBot(userAgent: string | undefined | null): boolean {
  const ua = userAgent?.trim() ?? '';
  if (ua === '') return true;
  if (isZaloPreview(ua)) return true;
  if (IN_APP_BROWSER.test(ua) && BROWSER_ENGINE.test(ua) && !AUTOMATION.test(ua)) return false;
  return isbot(ua);
}
