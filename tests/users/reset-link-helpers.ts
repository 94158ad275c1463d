import { env } from 'cloudflare:workers';
import type { TestUser } from '../helpers/auth';
import { fetchApp, ORIGIN } from '../helpers/http';

/** Issue a reset link through the admin's page; returns the response and the link shown on it (if any). */
export async function issueLink(admin: TestUser, userId: string): Promise<{ res: Response; html: string; url: string | null; token: string | null }> {
  const res = await fetchApp(`/editor/users/${userId}/reset-link`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...admin.headers, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  });
  const html = await res.text();
  const url = /<textarea id="reset-link"[^>]*>\s*([^<\s]+)\s*<\/textarea>/.exec(html)?.[1] ?? null;
  const token = url ? (url.split('/dat-mat-khau/')[1] ?? null) : null;
  return { res, html, url, token };
}

/** Post the reset link's form as a browser without scripts would. */
export function setPasswordWithLink(path: string, password: string, headers: Record<string, string> = {}) {
  return fetchApp(path, {
    method: 'POST',
    redirect: 'manual',
    headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers },
    body: new URLSearchParams({ password }).toString(),
  });
}

/** Move every link of an account back in time, as if `ms` had passed. */
export async function ageLinks(userId: string, ms: number): Promise<void> {
  await env.DB.prepare('UPDATE account_links SET created_at = created_at - ?1, expires_at = expires_at - ?1 WHERE user_id = ?2').bind(ms, userId).run();
}
