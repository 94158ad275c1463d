// Response schemas for the OpenAPI document and the contract test, keyed `METHOD /path`
// exactly as the route is registered (`GET /api/stories/:slug`). Written in valibot like the
// inputs; `workers/openapi/` turns them into JSON Schema with @valibot/to-json-schema.
import type * as v from 'valibot';

export type ResponseDoc = {
  /** The 2xx status this route answers with (200 unless said). */
  status?: number;
  /** Schema of the JSON body; absent for HTML pages, redirects and files (describe those with `contentType`). */
  schema?: v.GenericSchema;
  contentType?: string;
  description: string;
};

export const responseDocs: Record<string, ResponseDoc> = {};
