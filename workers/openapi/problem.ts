// The error side of the document: one RFC 9457 `Problem` schema (the shape workers/core/problem.ts
// answers with) and one shared response per status, so 186 operations point at a dozen components.
import type { OpenAPIV3_1 } from 'openapi-types';
import { errorCodes } from '../core/errors';

export const PROBLEM_SCHEMA: OpenAPIV3_1.SchemaObject = {
  type: 'object',
  description: 'An RFC 9457 problem document. `errors` names each invalid field (dotted path) with a message in words.',
  required: ['type', 'title', 'status', 'detail', 'code', 'requestId', 'instance'],
  properties: {
    type: { type: 'string', description: 'A stable relative URI per code, e.g. `/problems/validation-failed`.' },
    title: { type: 'string', description: 'Short summary of the kind of problem.' },
    status: { type: 'integer', description: 'The HTTP status, repeated.' },
    detail: { type: 'string', description: 'What went wrong with this request, in words.' },
    code: { type: 'string', enum: Object.keys(errorCodes), description: 'Machine-readable code.' },
    requestId: { type: 'string', description: 'The X-Request-Id of the request: quote it when reporting a problem.' },
    instance: { type: 'string', description: 'The path that answered.' },
    errors: {
      type: 'array',
      description: 'One entry per invalid field (validation failures).',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: {
          path: { type: 'string', description: 'Dotted path of the field (`province`, `captions.1`), or the input part (`query`, `body`).' },
          message: { type: 'string', description: 'What is expected, in words.' },
        },
      },
    },
  },
  additionalProperties: true,
};

/** The statuses an operation may list, each a shared response component. */
export const ERROR_RESPONSES = {
  400: { name: 'BadRequest', description: 'The input is malformed or a field is invalid (`VALIDATION_FAILED` lists each field in `errors`).' },
  401: { name: 'Unauthenticated', description: 'No valid session or bearer token (or a webhook secret that does not match).' },
  403: { name: 'Forbidden', description: 'Signed in with too low a role or outside your province, or a cross-site request was refused (CSRF).' },
  404: { name: 'NotFound', description: 'Nothing with that id, slug or code (drafts and other provinces’ rows answer 404 too).' },
  409: { name: 'Conflict', description: 'The change collides with the current state (a stale revision, a transition that is no longer allowed, a duplicate).' },
  410: { name: 'Gone', description: 'The link was valid once and has expired or been used.' },
  413: { name: 'PayloadTooLarge', description: 'The body (an upload, an import file) is over the size limit.' },
  415: { name: 'UnsupportedMediaType', description: 'The upload is not one of the accepted types.' },
  422: { name: 'Unprocessable', description: 'Well-formed input that breaks a rule of the data (e.g. a unit of another province).' },
  429: { name: 'RateLimited', description: 'Too many requests from this account or network; `Retry-After` says when to try again.' },
  503: { name: 'Unavailable', description: 'Storage is briefly unavailable; nothing was changed. Retry after `Retry-After` seconds.' },
} as const;
export type ErrorStatus = keyof typeof ERROR_RESPONSES;

const RETRY_AFTER: OpenAPIV3_1.HeaderObject = {
  description: 'Seconds to wait before trying again.',
  schema: { type: 'integer', minimum: 1 },
};

/** `components.responses`: each status as problem+json, plus the HTML error page browsers get outside /api/. */
export function errorResponseComponents(): Record<string, OpenAPIV3_1.ResponseObject> {
  const out: Record<string, OpenAPIV3_1.ResponseObject> = {};
  for (const [status, { name, description }] of Object.entries(ERROR_RESPONSES)) {
    out[name] = {
      description,
      ...(status === '429' || status === '503' ? { headers: { 'Retry-After': RETRY_AFTER } } : {}),
      content: {
        'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        'text/html': { schema: { type: 'string', description: 'The same error as a page, for a browser outside /api/.' } },
      },
    };
  }
  return out;
}

export const errorResponseRef = (status: ErrorStatus): OpenAPIV3_1.ReferenceObject => ({
  $ref: `#/components/responses/${ERROR_RESPONSES[status].name}`,
});
