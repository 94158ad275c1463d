import { describe, expect, it } from 'vitest';
import { signedInAs } from '../helpers/auth';
import { getPage } from './account-helpers';

/** The href of the language switch, unescaped. */
function switchHref(html: string): string {
  const href = /<a class="lang-switch" href="([^"]*)"/.exec(html)?.[1] ?? '';
  return href.replaceAll('&amp;', '&');
}

describe('a refusal and a missing page keep the signed-in navigation', () => {
  it('403: "Bạn không có quyền xem trang này", the desk link and sign-out, never the signed-out menu or "thử lại"', async () => {
    const contributor = await signedInAs('contributor');
    const res = await getPage('/editor/users', contributor.headers);
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('<h1>Bạn không có quyền xem trang này</h1>');
    expect(html).not.toContain('thử lại sau ít phút');
    expect(html).toContain('action="/logout"');
    expect(html).toContain('href="/account"');
    expect(html).toContain('href="/editor"');
    expect(html).not.toContain('href="/login"');
  });

  it('403 for a member on a desk page, in English too', async () => {
    const member = await signedInAs('member');
    const res = await getPage('/editor?lang=en', member.headers);
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('You do not have permission to view this page');
    expect(html).toContain('action="/logout"');
  });

  it('404 for a signed-in editor keeps their navigation', async () => {
    const editor = await signedInAs('editor');
    const res = await getPage('/khong-co-trang-nay', editor.headers);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('Không tìm thấy trang');
    expect(html).toContain('action="/logout"');
    expect(html).toContain('href="/editor"');
  });

  it('a signed-out 404 still offers sign-in', async () => {
    const html = await (await getPage('/khong-co-trang-nay')).text();
    expect(html).toContain('href="/login"');
    expect(html).not.toContain('action="/logout"');
  });
});

describe('the language switch', () => {
  it('replaces lang and keeps every other parameter (/editor/stats with several)', async () => {
    const admin = await signedInAs('admin');
    const html = await (await getPage('/editor/stats?from=2026-11-01&to=2026-11-29&lang=en&province=HNI', admin.headers)).text();
    const href = switchHref(html);
    const url = new URL(href, 'https://lantoa.test');
    expect(url.pathname).toBe('/editor/stats');
    expect(url.searchParams.getAll('lang')).toEqual(['vi']);
    expect(url.searchParams.get('from')).toBe('2026-11-01');
    expect(url.searchParams.get('to')).toBe('2026-11-29');
    expect(url.searchParams.get('province')).toBe('HNI');
  });

  it('does not grow when followed back and forth', async () => {
    const admin = await signedInAs('admin');
    let path = '/editor/stats?from=2026-11-01&to=2026-11-29';
    for (let i = 0; i < 4; i++) path = switchHref(await (await getPage(path, admin.headers)).text());
    expect(path.match(/lang=/g)).toHaveLength(1);
    expect(path).toContain('from=2026-11-01');
  });

  it('is built the same way on a public page and on the login page (next kept)', async () => {
    const feed = switchHref(await (await getPage('/?lang=en')).text());
    expect(new URL(feed, 'https://lantoa.test').searchParams.getAll('lang')).toEqual(['vi']);
    const loginHref = switchHref(await (await getPage('/login?next=%2Feditor%2Fcases')).text());
    const login = new URL(loginHref, 'https://lantoa.test');
    expect(login.searchParams.get('next')).toBe('/editor/cases');
    expect(login.searchParams.getAll('lang')).toEqual(['en']);
  });
});
