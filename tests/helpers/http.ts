import { SELF } from 'cloudflare:test';

export const ORIGIN = 'https://lantoa.test';

/** A request to the Worker under test, as a browser on our own origin would send it. */
export function fetchApp(path: string, init: RequestInit = {}): Promise<Response> {
  return SELF.fetch(new Request(new URL(path, ORIGIN), init));
}

/** JSON body helper: sets the content type and, for unsafe methods, our own Origin (CSRF). */
export function sendJson(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetchApp(path, {
    method,
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}

/** Read a response as JSON, failing with the body text in the message when it is not. */
export async function readJson<T = Record<string, unknown>>(res: Response): Promise<T> {
  const text = await res.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`Expected JSON, got ${res.status}: ${text.slice(0, 500)}`);
  }
}
