// The resolver of @seriousme/openapi-schema-validator (plain JS, no types of its own): checks that
// every $ref of a document points at something. Its index.js reads schema files with node:fs,
// which workerd cannot, so the tests import the pieces (this and the 3.1 schema JSON) directly.
declare module '@seriousme/openapi-schema-validator/resolve.js' {
  export function checkRefs(specification: Record<string, unknown>): { valid: boolean; errors?: unknown };
}
