import { vValidator } from '@hono/valibot-validator';
import type { ValidationTargets } from 'hono';
import { resolver, uniqueSymbol } from 'hono-openapi';
import * as v from 'valibot';
import { AppError, type FieldError } from './errors';
import { useWordedMessages } from './messages';

// Every refusal in words, whichever schema refuses (schemas' own messages still win).
useWordedMessages();

/** Dotted path of a valibot issue (`captions.1`), or the target name for whole-input issues. */
export function issuePath(issue: v.BaseIssue<unknown>, fallback: string): string {
  const keys = issue.path?.map((item) => String(item.key)) ?? [];
  return keys.length > 0 ? keys.join('.') : fallback;
}

/** Turn valibot issues into our field errors. */
export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[], fallback: string): FieldError[] {
  return issues.map((issue) => ({ path: issuePath(issue, fallback), message: issue.message }));
}

/**
 * The one validator every route uses: valibot schema in, typed `c.req.valid(target)` out,
 * and on failure a VALIDATION_FAILED problem naming each field. Never echoes the input back.
 *
 * @example
 * app.get('/', validate('query', feedQuery), (c) => c.json(c.req.valid('query')));
 */
export function validate<
  Target extends keyof ValidationTargets,
  Schema extends v.GenericSchema | v.GenericSchemaAsync,
>(target: Target, schema: Schema) {
  const middleware = vValidator(target, schema, (result) => {
    if (!result.success) {
      const errors = toFieldErrors(result.issues, target);
      const summary = errors.map((e) => e.path).join(', ');
      throw new AppError('VALIDATION_FAILED', `Invalid ${target}: ${summary}`, { errors });
    }
  });
  validatedBy.set(middleware, { target, schema });
  return describedInput(middleware, target, schema);
}

/**
 * How the OpenAPI document (workers/openapi/) learns each route's inputs: the marker
 * hono-openapi's own `validator()` puts on its middleware (`uniqueSymbol`, documented for
 * custom middleware), so `generateSpecs` reads the very schema this middleware checks.
 * Our validator stays `vValidator` (same parsing, same problem+json); converting to JSON
 * Schema happens only when the document is built. `typeMode: 'input'` documents what a
 * client sends (a pipe with a transform stops before it); `errorMode: 'ignore'` keeps a
 * route in the document even when part of its schema (a `custom`, a `File`) cannot convert.
 */
function describedInput<M extends object>(middleware: M, target: keyof ValidationTargets, schema: v.GenericSchema | v.GenericSchemaAsync): M {
  const options = { options: { target: 'draft-2020-12', typeMode: 'input', errorMode: 'ignore', overrideSchema: fileAsBinary } };
  return Object.assign(middleware, { [uniqueSymbol]: { target, ...resolver(schema, options), options } });
}

/** An uploaded file (`v.file()`, `v.blob()`, `v.instance(File)`): a binary string part of a multipart body. */
function fileAsBinary(context: { valibotSchema: { type: string; class?: unknown } }): Record<string, unknown> | undefined {
  const { type } = context.valibotSchema;
  const isFile = type === 'file' || type === 'blob' || (type === 'instance' && (context.valibotSchema.class === File || context.valibotSchema.class === Blob));
  return isFile ? { type: 'string', format: 'binary' } : undefined;
}

export type ValidatedInput = { target: keyof ValidationTargets; schema: v.GenericSchema | v.GenericSchemaAsync };

/**
 * What each `validate()` middleware checks, keyed by the middleware as it appears in
 * `app.routes[].handler`: lets the property tests (tests/proof/) walk every route's schema.
 */
export const validatedBy = new WeakMap<object, ValidatedInput>();

/** Parse outside the middleware (e.g. multipart bodies) with the same error shape. */
export function parseOrThrow<Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  fallback = 'body',
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, input);
  if (!result.success) {
    const errors = toFieldErrors(result.issues, fallback);
    throw new AppError('VALIDATION_FAILED', `Invalid ${errors.map((e) => e.path).join(', ')}`, { errors });
  }
  return result.output;
}
