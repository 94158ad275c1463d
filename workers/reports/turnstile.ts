// Cloudflare Turnstile: when TURNSTILE_SECRET is configured, every new report
// must carry a token the siteverify endpoint accepts.
import { AppError } from '../core/errors';

export const SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

type SiteverifyAnswer = { success?: boolean; 'error-codes'?: string[] };

/** Throws a 400/403 naming `turnstileToken` when the token is missing or refused, 503 when Cloudflare cannot be asked. */
export async function verifyTurnstile(secret: string, token: string | undefined, ip: string | null): Promise<void> {
  if (!token) throw AppError.field('turnstileToken', 'Complete the anti-spam check before sending');
  const body = new URLSearchParams({ secret, response: token });
  if (ip) body.set('remoteip', ip);
  let answer: SiteverifyAnswer;
  try {
    const res = await fetch(SITEVERIFY_URL, { method: 'POST', body, signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new Error(`siteverify answered ${res.status}`);
    answer = await res.json<SiteverifyAnswer>();
  } catch (cause) {
    throw new AppError('UNAVAILABLE', 'The anti-spam check could not be verified; try again shortly', { retryAfter: 5, cause });
  }
  if (answer.success !== true) {
    throw new AppError('FORBIDDEN', 'The anti-spam check failed', {
      errors: [{ path: 'turnstileToken', message: `Refused by Turnstile (${(answer['error-codes'] ?? []).join(', ') || 'no reason given'})` }],
    });
  }
}
