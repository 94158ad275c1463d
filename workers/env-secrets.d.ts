// Secrets are not in wrangler.toml, so `wrangler types` cannot see them.
// Set them with `wrangler secret put NAME` (remote) or .dev.vars (local).
declare namespace Cloudflare {
  interface Env {
    /** Key for hashing IPs and other identifiers that must never be stored in clear. */
    HASH_SECRET?: string;
    /** Cloudflare Turnstile secret; when set, the report form must carry a valid token. */
    TURNSTILE_SECRET?: string;
    /** Seconds anonymous reads stay in the edge cache (default and maximum 60; `0` turns it off, as the benchmark does). */
    FEED_CACHE_TTL?: string;
    /** Public Turnstile site key for the report form's widget (pairs with TURNSTILE_SECRET). */
    TURNSTILE_SITE_KEY?: string;
  }
}
