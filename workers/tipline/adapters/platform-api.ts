// What Telegram's Bot API and Zalo's Bot Platform share: `POST {base}/bot{token}/{method}` with a
// JSON body, answered `{ ok, result }` or `{ ok: false, error_code, description, parameters: { retry_after } }`.
import { sha256Hex, timingSafeEqual } from '../../core/crypto';
import type { SendResult } from '../tipline.types';

/** Wait at least this long after a 5xx or a network failure (the queue's own backoff grows from there). */
const SERVER_ERROR_WAIT = 10;

/** The configured secret equals the header's, compared in constant time (hashes first, so lengths leak nothing). */
export async function secretHeaderMatches(request: Request, header: string, secret: string | undefined): Promise<boolean> {
  const sent = request.headers.get(header);
  if (!secret || sent === null) return false;
  const [a, b] = await Promise.all([sha256Hex(sent), sha256Hex(secret)]);
  const enc = new TextEncoder();
  return timingSafeEqual(enc.encode(a), enc.encode(b));
}

type ApiAnswer = { ok?: boolean; error_code?: number; description?: string; parameters?: { retry_after?: number } };

/** Call one Bot API method; the answer classified for the outbound queue. Never throws. */
export async function callBotApi(base: string, token: string, method: string, body: Record<string, unknown>): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch(`${base.replace(/\/+$/, '')}/bot${token}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (err) {
    return { kind: 'retry', afterSeconds: SERVER_ERROR_WAIT, reason: `network: ${err instanceof Error ? err.message : String(err)}` };
  }
  const answer = (await response.json().catch(() => ({}))) as ApiAnswer;
  if (response.ok && answer.ok !== false) return { kind: 'sent' };
  const code = answer.error_code ?? response.status;
  const reason = `${method} ${code}${answer.description ? `: ${answer.description}` : ''}`;
  if (code === 429) {
    const asked = answer.parameters?.retry_after ?? Number(response.headers.get('retry-after'));
    return { kind: 'retry', afterSeconds: Number.isFinite(asked) && asked > 0 ? Math.ceil(asked) : SERVER_ERROR_WAIT, reason, rateLimited: true };
  }
  // 5xx: the platform's trouble. 401/404 on the bot itself: a wrong or revoked token is the operator's to fix;
  // keep retrying so the message ends in the dead-letter queue and can be replayed once the token is right.
  if (code >= 500 || code === 401 || code === 404) return { kind: 'retry', afterSeconds: SERVER_ERROR_WAIT, reason };
  // 400 (chat not found, message too long), 403 (the user blocked the bot): sending again cannot help.
  return { kind: 'gone', reason };
}

/** A response body of at most `maxBytes` (by Content-Length and by what actually arrives), or null when larger. */
export async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
