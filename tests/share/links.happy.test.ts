import { describe, expect, it } from 'vitest';
import { isPreviewBot } from '../../workers/share/bots';
import { captionWithHashtags, clip, networkLinks, suggestedCaptions, ZALO_HOME } from '../../workers/share/share-links';

const url = 'https://lantoa.test/l/Ab3dE9xY';
const text = 'Những mái nhà mới trước mùa bão: cảm ơn các bạn trẻ Đà Nẵng!';

describe('network share links', () => {
  const links = networkLinks({ url, text, hashtags: ['LanTỏa', 'ĐàNẵng'] });

  it('point Facebook at the tracked URL', () => {
    const fb = new URL(links.facebook);
    expect(fb.origin + fb.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(fb.searchParams.get('u')).toBe(url);
  });

  it('give X the text, the tracked URL and the hashtags', () => {
    const x = new URL(links.x);
    expect(x.origin + x.pathname).toBe('https://twitter.com/intent/tweet');
    expect(x.searchParams.get('url')).toBe(url);
    expect(x.searchParams.get('text')).toBe(text);
    expect(x.searchParams.get('hashtags')).toBe('LanTỏa,ĐàNẵng');
  });

  it('give Telegram the tracked URL and the text', () => {
    const tg = new URL(links.telegram);
    expect(tg.origin + tg.pathname).toBe('https://t.me/share/url');
    expect(tg.searchParams.get('url')).toBe(url);
    expect(tg.searchParams.get('text')).toBe(text);
  });

  it('open Zalo itself when no Official Account is configured (the member pastes the copied link)', () => {
    expect(links.zalo).toBe(ZALO_HOME);
  });

  it("use Zalo's share link, carrying the tracked URL, when an Official Account is configured", () => {
    const zalo = new URL(networkLinks({ url, text, hashtags: [], zaloOaId: '1234567890' }).zalo);
    expect(zalo.origin + zalo.pathname).toBe('https://button-share.zalo.me/share_external');
    expect(zalo.searchParams.get('url')).toBe(url);
    expect(zalo.searchParams.get('oaid')).toBe('1234567890');
    expect(JSON.parse(atob(zalo.searchParams.get('d') ?? ''))).toEqual({ url });
  });

  it('do not repeat on X a hashtag the member already typed', () => {
    const x = new URL(networkLinks({ url, text: `${text} #LanTỏa`, hashtags: ['LanTỏa', 'ĐàNẵng'] }).x);
    expect(x.searchParams.get('hashtags')).toBe('ĐàNẵng');
  });

  it('keep a long caption within what X accepts', () => {
    const long = 'Câu chuyện dài '.repeat(40);
    const x = new URL(networkLinks({ url, text: long, hashtags: ['LanTỏa'] }).x);
    const sent = x.searchParams.get('text') ?? '';
    expect(sent.endsWith('…')).toBe(true);
    expect([...sent].length + 23 + 1 + '#LanTỏa '.length).toBeLessThanOrEqual(280);
  });
});

describe('captions', () => {
  it("are the story's own, with its hashtags on a last line", () => {
    expect(captionWithHashtags(text, ['LanTỏa', 'ĐàNẵng'])).toBe(`${text}\n\n#LanTỏa #ĐàNẵng`);
  });

  it('fall back to the summary, then the title, when the story has none', () => {
    expect(suggestedCaptions({ title: 'Tiêu đề', summary: 'Tóm tắt', captions: [] })).toEqual(['Tóm tắt']);
    expect(suggestedCaptions({ title: 'Tiêu đề', summary: '', captions: [' '] })).toEqual(['Tiêu đề']);
  });

  it('clip at a word boundary without splitting a Vietnamese letter', () => {
    expect(clip('Đồng bào Điện Biên ấm áp', 12)).toBe('Đồng bào…');
  });
});

describe('preview bots', () => {
  const bots = [
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Facebot',
    'Twitterbot/1.0',
    'TelegramBot (like TwitterBot)',
    'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
    'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
    'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
    'WhatsApp/2.23.20.0 A',
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'Zalo',
    'ZaloPC-link-preview',
    '',
  ];
  const people = [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36 Zalo android/12100 ZaloTheme/light ZaloLanguage/vi',
    'Mozilla/5.0 (Linux; Android 9; CUBOT X20) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
  ];

  it.each(bots)('recognises %j as a preview fetcher', (ua) => {
    expect(isPreviewBot(ua)).toBe(true);
  });

  it.each(people)('counts %j as a person', (ua) => {
    expect(isPreviewBot(ua)).toBe(false);
  });
});
