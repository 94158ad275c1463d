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
    /**
     * Purge cached reads in every data centre on a story event (workers/stories/cache-purge.ts):
     * the zone's id and an API token with Zone → Cache Purge. Both unset (the default, and
     * locally): no purge, cached reads expire within FEED_CACHE_TTL as before.
     */
    CACHE_PURGE_ZONE_ID?: string;
    CACHE_PURGE_TOKEN?: string;
    /** Public Turnstile site key for the report form's widget (pairs with TURNSTILE_SECRET). */
    TURNSTILE_SITE_KEY?: string;
    /** Telegram bot token from @BotFather; without it `/hooks/telegram` answers 404. */
    TELEGRAM_BOT_TOKEN?: string;
    /** The `secret_token` given to setWebhook; Telegram sends it as `X-Telegram-Bot-Api-Secret-Token`. */
    TELEGRAM_WEBHOOK_SECRET?: string;
    /** Zalo Bot Platform token; without it `/hooks/zalo` answers 404. */
    ZALO_BOT_TOKEN?: string;
    /** The secret given to Zalo's setWebhook; Zalo sends it as `X-Bot-Api-Secret-Token`. */
    ZALO_WEBHOOK_SECRET?: string;
    /** VAPID key pair for Web Push (base64url; `npm run push:keys`). Without them push is off. */
    VAPID_PUBLIC_KEY?: string;
    VAPID_PRIVATE_KEY?: string;
    /**
     * Optional bindings for semantic claim matching (workers/claims/semantic.ts): Workers AI
     * (`@cf/baai/bge-m3` embeddings) and a Vectorize index (1024 dimensions, cosine). Not in
     * wrangler.toml by default: without them matching is lexical only. README "Claim matching"
     * says how to add them.
     */
    AI?: Ai;
    VECTORIZE?: VectorizeIndex;
  }
}
