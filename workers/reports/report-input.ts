// Reading a report out of whichever body the client sent: JSON from apps,
// urlencoded from the plain HTML form, multipart when a screenshot is attached.
// Every way a body can be broken ends as a 4xx naming the part that is wrong.
import type { HonoRequest } from 'hono';
import { AppError } from '../core/errors';
import { reportFieldNames } from './reports.schemas';

export type BodyKind = 'json' | 'form' | 'multipart';

export type RawReport = {
  kind: BodyKind;
  /** Known fields only; empty strings and nulls are dropped (treated as absent). */
  fields: Record<string, unknown>;
  screenshot: File | null;
};

/** The Turnstile widget posts its token under this name. */
export const TURNSTILE_FORM_FIELD = 'cf-turnstile-response';

export function bodyKind(contentType: string | undefined): BodyKind | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json' || (type?.startsWith('application/') && type.endsWith('+json'))) return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type === 'multipart/form-data') return 'multipart';
  return null;
}

function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The body is not valid UTF-8', { errors: [{ path: 'body', message: 'The body is not valid UTF-8' }] });
  }
}

function keepKnown(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [rawName, value] of entries) {
    const name = rawName === TURNSTILE_FORM_FIELD ? 'turnstileToken' : rawName;
    if (!(reportFieldNames as readonly string[]).includes(name)) continue;
    if (seen.has(name)) throw AppError.field(name, `${name} was sent more than once`);
    seen.add(name);
    if (value === null || value === '') continue;
    fields[name] = value;
  }
  return fields;
}

async function readJson(req: HonoRequest): Promise<RawReport> {
  const text = decodeUtf8(await req.arrayBuffer());
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'The body is not valid JSON', { errors: [{ path: 'body', message: 'Malformed JSON' }] });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AppError('VALIDATION_FAILED', 'The body must be a JSON object', { errors: [{ path: 'body', message: 'Expected a JSON object' }] });
  }
  if ('screenshot' in parsed && (parsed as Record<string, unknown>).screenshot != null) {
    throw AppError.field('screenshot', 'Send screenshots as multipart/form-data');
  }
  return { kind: 'json', fields: keepKnown(Object.entries(parsed)), screenshot: null };
}

/** urlencoded by hand: URLSearchParams would silently turn bad percent-escapes into U+FFFD. */
async function readForm(req: HonoRequest): Promise<RawReport> {
  const text = decodeUtf8(await req.arrayBuffer());
  const entries: [string, string][] = [];
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const [rawName, rawValue] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    const decode = (s: string) => decodeURIComponent(s.replaceAll('+', ' '));
    let name: string;
    try {
      name = decode(rawName);
    } catch {
      throw AppError.field('body', 'A field name is not valid UTF-8 (percent-encoding)');
    }
    try {
      entries.push([name, decode(rawValue)]);
    } catch {
      throw AppError.field(name === TURNSTILE_FORM_FIELD ? 'turnstileToken' : name, `${name} is not valid UTF-8 (percent-encoding)`);
    }
  }
  return { kind: 'form', fields: keepKnown(entries), screenshot: null };
}

async function readMultipart(req: HonoRequest): Promise<RawReport> {
  let form: FormData;
  try {
    form = await req.raw.formData();
  } catch {
    throw new AppError('BAD_REQUEST', 'The multipart body could not be read', { errors: [{ path: 'body', message: 'Malformed multipart/form-data' }] });
  }
  let screenshot: File | null = null;
  const entries: [string, unknown][] = [];
  const seenScreenshot = { value: false };
  // NOTE: workers-types declares FormData values as strings only; at runtime file parts are File objects.
  for (const [name, value] of form.entries() as IterableIterator<[string, File | string]>) {
    if (name === 'screenshot') {
      if (seenScreenshot.value) throw AppError.field('screenshot', 'Attach one screenshot');
      seenScreenshot.value = true;
      if (typeof value === 'string') {
        if (value !== '') throw AppError.field('screenshot', 'screenshot must be an uploaded file');
      } else if (value.size > 0) {
        screenshot = value;
      }
      continue;
    }
    if (typeof value !== 'string') throw AppError.field(name, `${name} must be text, not a file`);
    entries.push([name, value]);
  }
  return { kind: 'multipart', fields: keepKnown(entries), screenshot };
}

/** Read the body by its content type; anything else is a 415. */
export async function readReportRequest(req: HonoRequest): Promise<RawReport> {
  const kind = bodyKind(req.header('content-type'));
  if (kind === 'json') return readJson(req);
  if (kind === 'form') return readForm(req);
  if (kind === 'multipart') return readMultipart(req);
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the report as application/json, application/x-www-form-urlencoded or multipart/form-data', {
    errors: [{ path: 'content-type', message: 'Unsupported content type' }],
  });
}
