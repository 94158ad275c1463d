import { Hono, type Context } from 'hono';
import { LoginPage } from '../../web/pages/auth/login-page';
import { AppError } from '../core/errors';
import { isStorageOutage, STORAGE_RETRY_AFTER } from '../core/storage-errors';
import type { AppEnv } from '../core/types';
import { parseOrThrow, validate } from '../core/validate';
import { loginInput, loginPageQuery, safeLocalPath, type LoginInput } from './auth.schemas';
import { endSession, setSessionCookie } from './cookies';
import { login } from './login';
import { requireRole } from './middleware';
import { sessionUserJson } from './session-json';
import { signInIdentifier } from './sign-in-identifier';
import { hasRole } from './roles';

function isForm(contentType: string | undefined): boolean {
  return /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(contentType ?? '');
}

/**
 * The /login form's sign-in. Errors re-render the form (with the right status)
 * at the URL it was posted to, the email kept and never the password.
 */
async function signInWithForm(c: Context<AppEnv>, fields: Record<string, unknown>) {
  const email = typeof fields.email === 'string' ? fields.email : '';
  const next = typeof fields.next === 'string' && fields.next ? fields.next : undefined;
  try {
    const input = parseOrThrow(loginInput, { email, password: fields.password, next });
    const result = await login(c.var.db, c.env.HASH_SECRET, loginAttempt(c, input));
    setSessionCookie(c, result.token, result.expiresAt);
    const home = hasRole(result.user.role, 'contributor') ? '/editor' : '/';
    return c.redirect(input.next ?? home, 303);
  } catch (err) {
    const page = (error: string, retryAfter?: number) =>
      LoginPage({ lang: c.var.lang, user: null, next: safeLocalPath(next), email, error, retryAfter });
    // D1 down: the form again with the email kept and a plain sentence, not the API's JSON.
    if (isStorageOutage(err)) {
      return c.html(page('UNAVAILABLE'), 503, { 'Retry-After': String(STORAGE_RETRY_AFTER), 'Cache-Control': 'no-store' });
    }
    if (!(err instanceof AppError) || !['UNAUTHENTICATED', 'RATE_LIMITED', 'VALIDATION_FAILED'].includes(err.code)) throw err;
    const headers: Record<string, string> = err.retryAfter ? { 'Retry-After': String(Math.ceil(err.retryAfter)) } : {};
    return c.html(page(err.code, err.retryAfter), err.status, headers);
  }
}

const clientIp = (c: Context<AppEnv>) => c.req.header('cf-connecting-ip') ?? 'unknown';

/** One sign-in attempt: the typed email or phone (JSON `phone` when `email` is absent) read as an account identifier. */
function loginAttempt(c: Context<AppEnv>, input: LoginInput) {
  const identifier = input.email !== undefined ? signInIdentifier(input.email, 'email') : signInIdentifier(input.phone ?? '', 'phone');
  return { identifier, password: input.password, ip: clientIp(c), userAgent: c.req.header('user-agent') ?? null };
}

/** Sign-in, sign-out and "who am I". The same endpoint serves JSON clients and the /login form. */
export const authRoutes = new Hono<AppEnv>()
  .get('/login', validate('query', loginPageQuery), (c) => {
    const query = c.req.valid('query');
    return c.html(LoginPage({ lang: c.var.lang, user: c.var.user, next: safeLocalPath(query.next), done: query.done }));
  })
  // The form posts here, so a refused sign-in stays on /login (with or without the page's scripts).
  .post('/login', async (c) => signInWithForm(c, await c.req.parseBody()))
  .post('/api/auth/login', async (c) => {
    // Forms posted here by older pages are still answered as forms.
    if (isForm(c.req.header('content-type'))) return signInWithForm(c, await c.req.parseBody());
    const raw: unknown = await c.req.json().catch(() => {
      throw AppError.field('body', 'The request body must be JSON or a form');
    });
    const input = parseOrThrow(loginInput, raw);
    const result = await login(c.var.db, c.env.HASH_SECRET, loginAttempt(c, input));
    setSessionCookie(c, result.token, result.expiresAt);
    return c.json({ user: sessionUserJson(result.user), expiresAt: new Date(result.expiresAt).toISOString() });
  })
  .post('/api/auth/logout', async (c) => {
    await endSession(c);
    return c.body(null, 204);
  })
  .post('/logout', async (c) => {
    await endSession(c);
    return c.redirect('/', 303);
  })
  .get('/api/me', requireRole('member'), (c) => c.json({ user: c.var.user && sessionUserJson(c.var.user), authVia: c.var.authVia }));
