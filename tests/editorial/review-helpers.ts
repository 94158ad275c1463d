import { signedInAs, type TestUser } from '../helpers/auth';
import { fetchApp } from '../helpers/http';

/** The national desk (no province). Test editors otherwise work on Hà Nội (HNI) only. */
export const nationalEditor = () => signedInAs('editor', { provinceCode: null });

export function page(path: string, user?: TestUser, accept = 'text/html') {
  return fetchApp(path, { redirect: 'manual', headers: { accept, ...(user?.headers ?? {}) } });
}

export function postForm(path: string, user: TestUser, fields: Record<string, string>) {
  return fetchApp(path, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...user.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The HTML of one form (by id) in a page, or '' when the page has none. */
export function formById(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const open = html.lastIndexOf('<form', start);
  return html.slice(open, html.indexOf('</form>', start) + 7);
}
