// The OpenAPI document at /api/openapi.json: valid OpenAPI 3.1 (the official schema, every Schema
// Object a valid JSON Schema 2020-12, every $ref resolving), and complete (every route of the app).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { checkRefs } from '@seriousme/openapi-schema-validator/resolve.js';
import oas31 from '@seriousme/openapi-schema-validator/schemas/v3.1/schema.json';
import type { OpenAPIV3_1 } from 'openapi-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../workers/app';
import { endpointsOf, openApiPath } from '../../workers/openapi/document';
import { fetchApp, readJson } from '../helpers/http';

type Doc = OpenAPIV3_1.Document;
type Op = OpenAPIV3_1.OperationObject;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function operations(doc: Doc): { method: string; path: string; op: Op }[] {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item?.[m]).map((m) => ({ method: m.toUpperCase(), path, op: item?.[m] as Op })),
  );
}

/** Every Schema Object in the document (components, parameters, bodies, responses). */
function schemasIn(doc: Doc): { where: string; schema: unknown }[] {
  const out: { where: string; schema: unknown }[] = [];
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) out.push({ where: `#/components/schemas/${name}`, schema });
  for (const { method, path, op } of operations(doc)) {
    for (const p of (op.parameters ?? []) as OpenAPIV3_1.ParameterObject[]) if (p.schema) out.push({ where: `${method} ${path} ${p.in} ${p.name}`, schema: p.schema });
    const body = op.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
    for (const [type, media] of Object.entries(body?.content ?? {})) if (media.schema) out.push({ where: `${method} ${path} body ${type}`, schema: media.schema });
    for (const [status, res] of Object.entries(op.responses ?? {})) {
      for (const [type, media] of Object.entries((res as OpenAPIV3_1.ResponseObject).content ?? {})) {
        if (media.schema) out.push({ where: `${method} ${path} ${status} ${type}`, schema: media.schema });
      }
    }
  }
  return out;
}

let doc: Doc;
let response: Response;
beforeAll(async () => {
  response = await fetchApp('/api/openapi.json');
  doc = await readJson<Doc>(response.clone());
});

describe('GET /api/openapi.json', () => {
  it('answers an OpenAPI 3.1 document, public and cacheable', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Lan Tỏa API');
  });

  it('validates against the official OpenAPI 3.1 schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('media-range', true);
    const validate = ajv.compile(oas31);
    const valid = validate(doc);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has only Schema Objects that are valid JSON Schema 2020-12, and every $ref resolves', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const invalid = schemasIn(doc).filter(({ schema }) => !ajv.validateSchema(schema as object)).map(({ where }) => where);
    expect(invalid).toEqual([]);
    const refs = checkRefs(structuredClone(doc) as Record<string, unknown>);
    expect(refs.errors ?? [], JSON.stringify(refs.errors)).toEqual([]);
    expect(refs.valid).toBe(true);
  });

  it('documents every route in createApp().routes (method + path)', () => {
    const documented = new Set(operations(doc).map(({ method, path }) => `${method} ${path}`));
    const missing = endpointsOf(createApp().routes)
      .map(({ method, path }) => `${method} ${openApiPath(path)}`)
      .filter((key) => !documented.has(key));
    expect(missing).toEqual([]);
    expect(documented.size).toBeGreaterThan(150);
  });

  it('gives each operation a unique operationId, a summary, one domain tag and at least one response', () => {
    const ops = operations(doc);
    const ids = ops.map(({ op }) => op.operationId);
    expect(ids.filter((id, i) => !id || ids.indexOf(id) !== i)).toEqual([]);
    const tagNames = new Set((doc.tags ?? []).map((t) => t.name));
    const bad = ops.filter(({ op }) => !op.summary || op.tags?.length !== 1 || !tagNames.has(op.tags[0] as string) || Object.keys(op.responses ?? {}).length === 0);
    expect(bad.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });

  it('declares every {param} of a documented path, and no other path parameter', () => {
    const wrong = operations(doc).filter(({ path, op }) => {
      const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      const declared = ((op.parameters ?? []) as OpenAPIV3_1.ParameterObject[]).filter((p) => p.in === 'path' && p.required).map((p) => p.name).sort();
      return JSON.stringify(inPath) !== JSON.stringify(declared);
    });
    expect(wrong.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });
});
