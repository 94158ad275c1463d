// The last error seen per queue message, kept in this isolate only, so a parked
// dead letter can say why it failed when the same isolate parks it. Best effort:
// another isolate parks it with no error recorded, which is fine.

const MAX_REMEMBERED = 500;
const lastFailure = new Map<string, string>();

/** The innermost cause: drizzle's wrapper repeats the SQL and its parameters, which a row must not keep. */
function rootMessage(err: unknown): string {
  let current = err;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause instanceof Error; depth++) current = current.cause;
  return current instanceof Error ? `${current.name}: ${current.message}` : String(current);
}

export function rememberFailure(messageId: string, err: unknown): void {
  const text = rootMessage(err).slice(0, 500);
  lastFailure.delete(messageId);
  lastFailure.set(messageId, text);
  if (lastFailure.size > MAX_REMEMBERED) {
    const oldest = lastFailure.keys().next().value;
    if (oldest !== undefined) lastFailure.delete(oldest);
  }
}

export function lastFailureOf(messageId: string): string | null {
  return lastFailure.get(messageId) ?? null;
}
