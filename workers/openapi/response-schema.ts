// Response bodies (workers/openapi/responses.ts) as JSON Schema 2020-12, the dialect of OpenAPI 3.1.
// Output type: what the server sends after its own transforms. Parts that cannot convert are
// left open (`errorMode: 'ignore'`) rather than dropping the route.
import { toJsonSchema } from '@valibot/to-json-schema';
import type { OpenAPIV3_1 } from 'openapi-types';
import type * as v from 'valibot';

export function toJsonSchemaOfResponse(schema: v.GenericSchema): OpenAPIV3_1.SchemaObject {
  const json = toJsonSchema(schema, { target: 'draft-2020-12', typeMode: 'output', errorMode: 'ignore' }) as Record<string, unknown>;
  delete json.$schema;
  return json as OpenAPIV3_1.SchemaObject;
}
