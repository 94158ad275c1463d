import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../../workers/reports/canonical-url';

// [reported link, expected canonical key, expected platform]
const table: [string, string, string][] = [
  // Facebook posts: story.php, permalink.php and /<id>/posts/ are one form.
  ['https://www.facebook.com/story.php?story_fbid=1234567890&id=100064&mibextid=Nif5oz', 'https://facebook.com/100064/posts/1234567890', 'facebook'],
  ['https://m.facebook.com/story.php?id=100064&story_fbid=1234567890&__tn__=%2CO%2AF', 'https://facebook.com/100064/posts/1234567890', 'facebook'],
  ['https://facebook.com/permalink.php?story_fbid=1234567890&id=100064&__cft__[0]=AZW', 'https://facebook.com/100064/posts/1234567890', 'facebook'],
  ['https://www.facebook.com/100064/posts/1234567890/?app=fbl', 'https://facebook.com/100064/posts/1234567890', 'facebook'],
  ['https://mbasic.facebook.com/story.php?story_fbid=1234567890&id=100064&refid=8', 'https://facebook.com/100064/posts/1234567890', 'facebook'],
  ['https://web.facebook.com/BaoTuoiTre/posts/pfbid02abcXYZ?_rdc=1&_rdr', 'https://facebook.com/baotuoitre/posts/pfbid02abcXYZ', 'facebook'],
  ['https://www.fb.com/100064/posts/1234567890', 'https://facebook.com/100064/posts/1234567890', 'facebook'],
  // Facebook groups: /permalink/ and /posts/ and ?multi_permalinks= are one form.
  ['https://www.facebook.com/groups/hoidanhanoi/permalink/987654321/', 'https://facebook.com/groups/hoidanhanoi/posts/987654321', 'facebook'],
  ['https://m.facebook.com/groups/HoiDanHaNoi/posts/987654321/?mibextid=rS40aB7S9Ucbxw6v', 'https://facebook.com/groups/hoidanhanoi/posts/987654321', 'facebook'],
  ['https://www.facebook.com/groups/hoidanhanoi/?multi_permalinks=987654321&notif_id=1', 'https://facebook.com/groups/hoidanhanoi/posts/987654321', 'facebook'],
  // Facebook photos, videos, reels, share links.
  ['https://www.facebook.com/photo.php?fbid=555&set=a.444&type=3', 'https://facebook.com/photo.php?fbid=555', 'facebook'],
  ['https://www.facebook.com/photo/?fbid=555&set=a.444', 'https://facebook.com/photo.php?fbid=555', 'facebook'],
  ['https://www.facebook.com/VTV24/photos/a.444/555/', 'https://facebook.com/photo.php?fbid=555', 'facebook'],
  ['https://www.facebook.com/watch/?v=777888&extid=CL-UNK', 'https://facebook.com/watch?v=777888', 'facebook'],
  ['https://www.facebook.com/VTV24/videos/777888/', 'https://facebook.com/watch?v=777888', 'facebook'],
  ['https://m.facebook.com/video.php?v=777888', 'https://facebook.com/watch?v=777888', 'facebook'],
  ['https://www.facebook.com/reel/1122334455?s=yWDuG2&fs=e', 'https://facebook.com/reel/1122334455', 'facebook'],
  ['https://www.facebook.com/share/p/1AbCdEfGh/?mibextid=WC7FNe', 'https://facebook.com/share/p/1AbCdEfGh', 'facebook'],
  ['https://fb.watch/oQ1x2Y3z4_/?mibextid=Nif5oz', 'https://fb.watch/oQ1x2Y3z4_', 'facebook'],
  ['https://www.facebook.com/profile.php?id=100012345&sk=about', 'https://facebook.com/profile.php?id=100012345', 'facebook'],
  ['https://www.facebook.com/TinTucVN/?ref=page_internal', 'https://facebook.com/tintucvn', 'facebook'],
  // Redirect wrappers are unwrapped.
  ['https://l.facebook.com/l.php?u=https%3A%2F%2Fvnexpress.net%2Fbai-viet-123.html%3Futm_source%3Dfacebook&h=AT0', 'https://vnexpress.net/bai-viet-123.html', 'website'],
  ['https://lm.facebook.com/l.php?u=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DdQw4w9WgXcQ', 'https://youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
  ['https://www.google.com/url?sa=t&url=https%3A%2F%2Ftuoitre.vn%2Ftin-gia.htm&ved=2ah', 'https://tuoitre.vn/tin-gia.htm', 'website'],
  ['https://www.google.com/amp/s/thanhnien.vn/bai-viet.amp', 'https://thanhnien.vn/bai-viet.amp', 'website'],
  // YouTube: youtu.be, shorts, embed, live and m. all become watch?v=.
  ['https://youtu.be/dQw4w9WgXcQ?si=AbCdEfGh123&t=42', 'https://youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
  ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL123&index=4&pp=ygUE', 'https://youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
  ['https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ', 'https://youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
  ['https://youtube.com/shorts/aBcD1234xyz?si=ZZZ', 'https://youtube.com/watch?v=aBcD1234xyz', 'youtube'],
  ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0', 'https://youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
  ['https://www.youtube.com/live/Xyz987LiveQ?feature=shared', 'https://youtube.com/watch?v=Xyz987LiveQ', 'youtube'],
  ['https://music.youtube.com/watch?v=dQw4w9WgXcQ&feature=share', 'https://youtube.com/watch?v=dQw4w9WgXcQ', 'youtube'],
  ['https://www.youtube.com/@KenhTinGia/videos', 'https://youtube.com/@kenhtingia', 'youtube'],
  ['https://www.youtube.com/@KenhTinGia', 'https://youtube.com/@kenhtingia', 'youtube'],
  ['https://www.youtube.com/playlist?list=PLabc123&si=x', 'https://youtube.com/playlist?list=PLabc123', 'youtube'],
  // TikTok: the numeric video id is the key; short links stay as they are.
  ['https://www.tiktok.com/@tintuc24h/video/7301234567890123456?is_from_webapp=1&sender_device=pc&web_id=72', 'https://tiktok.com/video/7301234567890123456', 'tiktok'],
  ['https://m.tiktok.com/v/7301234567890123456.html?u_code=abc', 'https://tiktok.com/video/7301234567890123456', 'tiktok'],
  ['https://www.tiktok.com/embed/v2/7301234567890123456', 'https://tiktok.com/video/7301234567890123456', 'tiktok'],
  ['https://vm.tiktok.com/ZSL1a2B3c/', 'https://vm.tiktok.com/ZSL1a2B3c', 'tiktok'],
  ['https://vt.tiktok.com/ZS8xYz/?k=1', 'https://vt.tiktok.com/ZS8xYz', 'tiktok'],
  ['https://www.tiktok.com/t/ZT8abcDEF/', 'https://tiktok.com/t/ZT8abcDEF', 'tiktok'],
  ['https://www.tiktok.com/@TinTuc24h?lang=vi-VN', 'https://tiktok.com/@tintuc24h', 'tiktok'],
  // X / Twitter: the status id alone.
  ['https://twitter.com/SomeUser/status/1790000000000000000?s=20&t=abc', 'https://x.com/i/status/1790000000000000000', 'x'],
  ['https://x.com/someuser/status/1790000000000000000/photo/1', 'https://x.com/i/status/1790000000000000000', 'x'],
  ['https://mobile.twitter.com/i/web/status/1790000000000000000', 'https://x.com/i/status/1790000000000000000', 'x'],
  ['https://twitter.com/#!/someuser/status/1790000000000000000', 'https://x.com/i/status/1790000000000000000', 'x'],
  ['https://x.com/SomeUser', 'https://x.com/someuser', 'x'],
  ['https://t.co/AbCdEf123', 'https://t.co/AbCdEf123', 'x'],
  // Telegram.
  ['https://t.me/TinNhanhVN/12345?single', 'https://t.me/tinnhanhvn/12345', 'telegram'],
  ['https://t.me/s/tinnhanhvn/12345', 'https://t.me/tinnhanhvn/12345', 'telegram'],
  ['https://telegram.me/TinNhanhVN/12345', 'https://t.me/tinnhanhvn/12345', 'telegram'],
  ['https://t.me/+AbCdEfInvite', 'https://t.me/+AbCdEfInvite', 'telegram'],
  // Zalo.
  ['https://zalo.me/g/abcdef123?zarsrc=30&utm_source=zalo', 'https://zalo.me/g/abcdef123', 'zalo'],
  ['https://zalo.me/s/1234567890/?gidzl=abc', 'https://zalo.me/s/1234567890', 'zalo'],
  // Other networks and ordinary news sites.
  ['https://www.instagram.com/reel/C1a2B3c4D5e/?igsh=MWQ1ZGUxMzBkMA==', 'https://instagram.com/reel/C1a2B3c4D5e', 'website'],
  ['https://vnexpress.net/tin-gia-ve-vac-xin-4700000.html?utm_source=zalo&utm_medium=share#box_comment', 'https://vnexpress.net/tin-gia-ve-vac-xin-4700000.html', 'website'],
  ['HTTP://WWW.Example.COM:80/Path/To/Page/?b=2&a=1&fbclid=IwAR0', 'https://example.com/Path/To/Page?a=1&b=2', 'website'],
  ['https://example.com/search?q=tin%20gi%E1%BA%A3&page=2&gclid=xyz', 'https://example.com/search?page=2&q=tin+gi%E1%BA%A3', 'website'],
  ['https://www.baomoi.com/tin-tuc/c/123.epi?ref=home&si=abc', 'https://baomoi.com/tin-tuc/c/123.epi', 'website'],
  ['https://example.vn/tin-tức/bài-viết', 'https://example.vn/tin-t%E1%BB%A9c/b%C3%A0i-vi%E1%BA%BFt', 'website'],
  ['https://example.vn/%7euser/a%2fb', 'https://example.vn/~user/a%2Fb', 'website'],
  ['https://m.me/somepage', 'https://m.me/somepage', 'website'],
  ['https://blog.example.org:8443/post?id=7', 'https://blog.example.org:8443/post?id=7', 'website'],
];

describe('canonicalizeUrl', () => {
  it('covers a broad table of real-looking links', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it.each(table)('maps %s to %s', (input, canonical, platform) => {
    const result = canonicalizeUrl(input);
    expect(result.url).toBe(canonical);
    expect(result.platform).toBe(platform);
  });

  it('gives the same key to every spelling of one Facebook post', () => {
    const keys = new Set(table.slice(0, 5).map(([input]) => canonicalizeUrl(input).url));
    expect(keys.size).toBe(1);
  });

  it('is idempotent: a canonical key canonicalises to itself', () => {
    for (const [, canonical] of table) expect(canonicalizeUrl(canonical).url).toBe(canonical);
  });

  it('does not unwrap a redirect whose target is not an http link', () => {
    const wrapped = 'https://l.facebook.com/l.php?u=javascript%3Aalert(1)';
    expect(canonicalizeUrl(wrapped).url).toMatch(/^https:\/\/l\.facebook\.com\/l\.php\?u=javascript/);
  });
});
