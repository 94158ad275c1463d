import * as v from 'valibot';
import { reportedUrlProblem } from '../reports/url-safety';

export const MAX_ENDPOINT_LENGTH = 1024;

/** Bytes of a base64url string (padding allowed, as some browsers' toJSON() emit it), or null when it is not base64url. */
export function base64UrlBytes(text: string): Uint8Array | null {
  const bare = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(bare) || bare.length % 4 === 1) return null;
  const b64 = bare.replaceAll('-', '+').replaceAll('_', '/');
  try {
    return Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Why a push endpoint is refused, or null: https only, no credentials, never a private or loopback host. */
export function pushEndpointProblem(endpoint: string): string | null {
  if (!endpoint.startsWith('https://')) return 'A push endpoint must be an https URL';
  const problem = reportedUrlProblem(endpoint);
  // url-safety speaks of reported links; say the same about endpoints.
  if (problem) return problem.replace('cannot be reported', 'cannot be push endpoints').replace('can be reported', 'are allowed');
  return null;
}

const endpoint = v.pipe(
  v.string('Give the subscription’s endpoint URL'),
  v.maxLength(MAX_ENDPOINT_LENGTH, `An endpoint has at most ${MAX_ENDPOINT_LENGTH} characters`),
  v.check((url) => pushEndpointProblem(url) === null, (issue) => pushEndpointProblem(String(issue.input)) ?? 'Not a push endpoint'),
);

const base64UrlOf = (length: number, what: string, check: (bytes: Uint8Array) => boolean = () => true) =>
  v.pipe(
    v.string(`Give ${what} as base64url`),
    v.maxLength(200, `Not ${what}`),
    v.check((text) => {
      const bytes = base64UrlBytes(text);
      return bytes !== null && bytes.length === length && check(bytes);
    }, `Not ${what}`),
  );

const topicFlags = v.object({
  campaigns: v.optional(v.boolean('Use true or false')),
  corrections: v.optional(v.boolean('Use true or false')),
  verdicts: v.optional(v.boolean('Use true or false')),
});
export type TopicFlags = v.InferOutput<typeof topicFlags>;

/** `POST /api/push/subscriptions`: what `PushSubscription.toJSON()` gives, plus opt-ins and language. */
export const subscribeBody = v.object({
  endpoint,
  keys: v.object({
    // The browser's ECDH public key: an uncompressed P-256 point (0x04, x, y).
    p256dh: base64UrlOf(65, 'a 65-byte uncompressed P-256 public key', (b) => b[0] === 0x04),
    auth: base64UrlOf(16, 'a 16-byte auth secret'),
  }),
  topics: v.optional(topicFlags),
  lang: v.optional(v.picklist(['vi', 'en'], 'Use vi or en')),
  /**
   * The endpoint this subscription replaces (the service worker's `pushsubscriptionchange`): the
   * new row takes the old one's topics and language when none are given. The old endpoint, not a
   * row id: the worker has no access to the page's storage, and only the browser knows its endpoint.
   */
  replaces: v.optional(v.pipe(v.string('Give the replaced subscription’s endpoint URL'), v.minLength(1), v.maxLength(MAX_ENDPOINT_LENGTH))),
});
export type SubscribeBody = v.InferOutput<typeof subscribeBody>;

/** `PATCH /api/push/subscriptions/:id`: change one device's opt-ins. */
export const updateTopicsBody = v.object({
  topics: v.pipe(
    topicFlags,
    v.check((t) => t.campaigns !== undefined || t.corrections !== undefined || t.verdicts !== undefined, 'Name at least one topic: campaigns, corrections or verdicts'),
  ),
});

/** `POST /api/push/unsubscribe`: what the browser knows about its subscription. */
export const unsubscribeBody = v.object({ endpoint: v.pipe(v.string('Give the subscription’s endpoint URL'), v.minLength(1), v.maxLength(MAX_ENDPOINT_LENGTH)) });

export const subscriptionIdParam = v.object({ id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/, 'Not a subscription id')) });
