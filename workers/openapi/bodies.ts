// Request bodies of routes that parse inside the handler (`parseOrThrow` after a rate limit, a
// body that may be JSON or a form, a file upload) rather than through `validate()`: hono-openapi
// cannot see those, so they are named here, from the same valibot schemas where there is one.
import type { OpenAPIV3_1 } from 'openapi-types';
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { loginInput } from '../auth/auth.schemas';
import { joinInput } from '../invites/invites.schemas';
import { reportFields } from '../reports/reports.schemas';

const JSON_TYPE = 'application/json';
const FORM = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data';

/** A request schema's input side (what a client sends), as JSON Schema 2020-12. */
export function inputSchema(schema: v.GenericSchema): OpenAPIV3_1.SchemaObject {
  const json = toJsonSchema(schema, { target: 'draft-2020-12', typeMode: 'input', errorMode: 'ignore' }) as Record<string, unknown>;
  delete json.$schema;
  return json as OpenAPIV3_1.SchemaObject;
}

const binary = (description: string): OpenAPIV3_1.SchemaObject => ({ type: 'string', format: 'binary', description });

const coverUpload: OpenAPIV3_1.SchemaObject = {
  type: 'object',
  required: ['file'],
  properties: { file: binary('JPEG, PNG or WebP, at most 5 MB.'), alt: { type: 'string', description: 'What the image shows, for screen readers.' } },
};

const importUpload: OpenAPIV3_1.SchemaObject = {
  type: 'object',
  properties: {
    file: binary('The CSV file (or send the text as `csv`).'),
    csv: { type: 'string', description: 'The CSV text, when no file is attached.' },
    dryRun: { type: 'string', enum: ['1', 'true', '0', 'false'], description: 'Check the file without creating anyone.' },
  },
};

function bodyOf(types: string[], schema: OpenAPIV3_1.SchemaObject, description?: string): OpenAPIV3_1.RequestBodyObject {
  return { required: true, ...(description ? { description } : {}), content: Object.fromEntries(types.map((type) => [type, { schema }])) };
}

/** Built lazily (with the document), not at module load. */
export function explicitBodies(): Record<string, OpenAPIV3_1.RequestBodyObject> {
  const login = inputSchema(loginInput);
  const join = inputSchema(joinInput);
  const report = inputSchema(reportFields);
  const reportWithShot: OpenAPIV3_1.SchemaObject = {
    ...report,
    properties: { ...(report.properties ?? {}), screenshot: binary('A screenshot of the claim (JPEG, PNG or WebP).') },
  };
  return {
    'POST /api/auth/login': bodyOf([JSON_TYPE, FORM], login),
    'POST /login': bodyOf([FORM], login),
    'POST /api/join/:code': bodyOf([JSON_TYPE, FORM], join),
    'POST /join/:code': bodyOf([FORM], join),
    'POST /api/reports': { required: true, content: { [JSON_TYPE]: { schema: report }, [MULTIPART]: { schema: reportWithShot } } },
    'POST /report': { required: true, content: { [FORM]: { schema: report }, [MULTIPART]: { schema: reportWithShot } } },
    'POST /api/stories/:id/cover': bodyOf([MULTIPART], coverUpload),
    'POST /editor/stories/:id/cover': bodyOf([MULTIPART], coverUpload),
    'POST /api/campaigns/:id/cover': bodyOf([MULTIPART], coverUpload),
    'POST /editor/campaigns/:id/cover': bodyOf([MULTIPART], coverUpload),
    'POST /api/users/import': { required: true, content: { 'text/csv': { schema: { type: 'string' } }, [MULTIPART]: { schema: importUpload }, [FORM]: { schema: importUpload } } },
    'POST /editor/users/import': bodyOf([MULTIPART], importUpload),
  };
}

/** A page's form posted without `validate()`: its fields are the page's inputs, checked in the handler. */
export const PAGE_FORM_BODY: OpenAPIV3_1.RequestBodyObject = {
  description: 'The fields of the page’s form, checked by the handler; an invalid field re-renders the form with its message.',
  content: { [FORM]: { schema: { type: 'object', additionalProperties: { type: 'string' } } } },
};
