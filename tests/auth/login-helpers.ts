import { fetchApp, sendJson } from '../helpers/http';

let ipCounter = 0;

/** A fresh client IP per call site, so the per-IP limit of one test never leaks into another. */
export function freshIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter}`;
}

export function login(email: string, password: string, ip: string) {
  return sendJson('POST', '/api/auth/login', { email, password }, { 'cf-connecting-ip': ip });
}

export function loginForm(fields: Record<string, string>, ip: string) {
  return fetchApp('/api/auth/login', {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://lantoa.test', accept: 'text/html', 'cf-connecting-ip': ip },
    body: new URLSearchParams(fields).toString(),
  });
}

/** `name=value` of the session cookie in a Set-Cookie header. */
export function sessionCookie(res: Response): string {
  const header = res.headers.get('set-cookie') ?? '';
  const pair = header.split(';')[0] ?? '';
  if (!pair.startsWith('__Host-lantoa_session=')) throw new Error(`no session cookie in: ${header}`);
  return pair;
}
