// Generated input shaped by a route's valibot schema: the member names it declares,
// each filled with a hostile value of the right or the wrong type.
import fc from 'fast-check';
import type * as v from 'valibot';
import { hostileText, wrongType } from './hostile';

type AnySchema = v.GenericSchema | v.GenericSchemaAsync;
type Node = { type: string; wrapped?: Node; entries?: Record<string, Node>; item?: Node; options?: unknown[] };

const asNode = (schema: AnySchema | Node): Node => schema as unknown as Node;

/** Peel `optional`, `nullable`, `nullish`, … down to the schema that says what the value is. */
function unwrap(node: Node): Node {
  let current = node;
  while (current.wrapped) current = current.wrapped;
  return current;
}

/** The members an object schema declares (`v.object`, `v.strictObject`, piped or wrapped), or none. */
export function memberNames(schema: AnySchema): string[] {
  return Object.keys(unwrap(asNode(schema)).entries ?? {});
}

/** A value for one schema node: plausible where the schema lists choices, hostile everywhere. */
function valueFor(node: Node, depth: number): fc.Arbitrary<unknown> {
  const inner = unwrap(node);
  const hostile = fc.oneof({ weight: 3, arbitrary: hostileText }, { weight: 2, arbitrary: wrongType });
  const choices = inner.type === 'picklist' && Array.isArray(inner.options) ? inner.options : [];
  const own: fc.Arbitrary<unknown>[] = [];
  if (choices.length > 0) own.push(fc.constantFrom(...choices));
  if (inner.type === 'number') own.push(fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, 1, 2, 365, 1_000_000)));
  if (inner.type === 'boolean') own.push(fc.boolean());
  if (inner.type === 'array' && inner.item && depth < 3) own.push(fc.array(valueFor(inner.item, depth + 1), { maxLength: 40 }));
  if (inner.entries && depth < 3) own.push(objectFor(inner, depth + 1));
  return own.length > 0 ? fc.oneof({ weight: 2, arbitrary: fc.oneof(...own) }, { weight: 3, arbitrary: hostile }) : hostile;
}

function objectFor(node: Node, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const entries = unwrap(node).entries ?? {};
  const members = Object.fromEntries(Object.entries(entries).map(([key, child]) => [key, valueFor(child, depth)]));
  // Any subset of the declared members, plus now and then one nobody declared.
  return fc
    .tuple(fc.record(members, { requiredKeys: [] }), fc.option(fc.tuple(hostileText, hostileText), { freq: 5 }))
    .map(([record, extra]) => (extra ? { ...record, [extra[0] || 'x']: extra[1] } : record));
}

/**
 * A JSON body for a `json` schema: a known-good `baseline` with one member made
 * hostile (so the rest passes and the bad value travels as far as it can), or any
 * subset of the members, each hostile.
 */
export function jsonBodyFor(schema: AnySchema, baseline: Record<string, unknown> = {}): fc.Arbitrary<unknown> {
  const entries = unwrap(asNode(schema)).entries ?? {};
  const names = Object.keys(entries);
  const subset = objectFor(asNode(schema), 0);
  if (names.length === 0) return subset;
  const oneMember = fc
    .constantFrom(...names)
    .chain((name) => valueFor(entries[name] as Node, 1).map((value) => ({ ...baseline, [name]: value })));
  return fc.oneof({ weight: 3, arbitrary: oneMember }, { weight: 2, arbitrary: subset });
}
