import type { Context } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../core/types';
import { parseOrThrow } from '../core/validate';
import { fileError } from './plan';

/** Bytes a file may have: 5,000 rows of a few hundred bytes fit with room to spare. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const importId = v.object({ id: v.pipe(v.string(), v.uuid('No import with this id')) });

/** `?dryRun=true` (or `1`, or the multipart field): check only, write nothing. */
export const dryRunFlag = v.optional(
  v.pipe(
    v.string(),
    v.picklist(['true', 'false', '1', '0', ''], 'dryRun is true or false'),
    v.transform((s) => s === 'true' || s === '1'),
  ),
);
export const importQuery = v.object({ dryRun: dryRunFlag, lang: v.optional(v.string()) });

function tooLarge() {
  return fileError('too_large', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, 'PAYLOAD_TOO_LARGE');
}

export type ImportUpload = { text: string; dryRun: boolean | undefined };

/**
 * The CSV of a request: a `text/csv` (or text/plain) body, or a multipart/urlencoded form with a `file`
 * (or, from the page's confirm form, the checked text in `csv`) and an optional `dryRun` field.
 */
export async function readImportUpload(c: Context<AppEnv>): Promise<ImportUpload> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_IMPORT_BYTES) throw tooLarge();
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('text/csv') || type.startsWith('text/plain')) {
    const text = await c.req.text();
    if (text.length > MAX_IMPORT_BYTES) throw tooLarge();
    return { text, dryRun: undefined };
  }
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const body = await c.req.parseBody();
    const file = body.file;
    const csv = body.csv;
    const flag = typeof body.dryRun === 'string' ? parseOrThrow(dryRunFlag, body.dryRun, 'dryRun') : undefined;
    let text = '';
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
      text = await file.text();
    } else if (typeof csv === 'string') text = csv;
    if (text.trim() === '') throw fileError('missing', 'Choose a CSV file');
    if (text.length > MAX_IMPORT_BYTES) throw tooLarge();
    return { text, dryRun: flag };
  }
  throw fileError('type', 'Send the CSV as text/csv, or as the multipart field "file"', 'UNSUPPORTED_MEDIA_TYPE');
}
