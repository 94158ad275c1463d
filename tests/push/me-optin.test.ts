// /me's "Phone notifications" section as the server sends it (before any script runs): the
// topics in words, what notifications need, and no control a browser without JavaScript
// could press in vain.
import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { fetchApp } from '../helpers/http';

async function mePage(lang = '') {
  const member = await signedInAs('member');
  const res = await fetchApp(`/me${lang}`, { headers: member.headers });
  expect(res.status).toBe(200);
  return res.text();
}

const section = (html: string) => html.slice(html.indexOf('data-push-optin'), html.indexOf('</section>', html.indexOf('data-push-optin')));

describe('/me phone notifications', () => {
  it('explains the three topics and what notifications need, in Vietnamese first', async () => {
    const html = await mePage();
    const part = section(html);
    expect(part).toContain('Thông báo trên điện thoại');
    expect(part).toContain('Chiến dịch mới ở tỉnh, thành phố của tôi');
    expect(part).toContain('Câu chuyện tôi đã chia sẻ được đính chính hoặc bị gỡ');
    expect(part).toContain('Tin tôi báo đã có kết luận');
    expect(part).toContain('Thông báo cần JavaScript');
    expect(html).toMatch(/<script src="\/v\/[0-9a-f]{10}\/js\/push-optin\.js" defer/);
  });

  it('keeps the checkboxes and both buttons hidden until the script shows them', async () => {
    const part = section(await mePage());
    expect(part).toMatch(/<form class="me-push-form" data-push-form="" hidden/);
    expect(part).toMatch(/<button[^>]*data-push-on=""[^>]*hidden/);
    expect(part).toMatch(/<button[^>]*data-push-off=""[^>]*hidden/);
    expect(part).toContain('Bật thông báo');
    expect(part).toContain('Tắt thông báo trên máy này');
  });

  it('speaks English with ?lang=en, state sentences included for the script', async () => {
    const part = section(await mePage('?lang=en'));
    expect(part).toContain('Phone notifications');
    expect(part).toContain('A report I made got its verdict');
    expect(part).toContain('Notifications are on on this device.');
    expect(part).not.toContain('Thông báo trên điện thoại');
  });
});
