// Validation messages in words: whatever a client sends to whichever route, the refusal says
// what the field takes, never valibot's `Invalid type: Expected … but received …`. Walks every
// route's own schemas (validatedBy, as tests/proof/ does) with values of the wrong type.
import fc from 'fast-check';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { toFieldErrors } from '../../workers/core/validate';
import { fetchApp, readJson } from '../helpers/http';
import { seedDemo } from '../helpers/seed';
import { NASTY_STRINGS, PLAUSIBLE_STRINGS } from '../proof/hostile';
import { routesUnderTest } from '../proof/requests';
import { memberNames } from '../proof/schema-walk';

/** What valibot says when nobody gave it words. */
const RAW = /Expected .* but received|Invalid (type|length|format|value|key|entries|option)\b/;

type AnySchema = v.GenericSchema | v.GenericSchemaAsync;

/** Every message of every issue, nested ones (a union's options) included. */
function messages(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.flatMap((issue) => [issue.message, ...messages(issue.issues ?? [])]);
}

/** Wrong values for a text field (query, path, form) and for a JSON member. */
const TEXT_VALUES: unknown[] = [...NASTY_STRINGS, ...PLAUSIBLE_STRINGS, 'abc', '-5', '0', '1.5', '2026-13-45', 'x'.repeat(5000), ['a', 'b']];
const JSON_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e300, 'abc', '', [], [1, 'x', null], {}, { a: 1 }, 'x'.repeat(5000)];
const WHOLE_INPUTS: unknown[] = [null, undefined, 'text', 42, true, [], [{}], {}];

const schemas = routesUnderTest().flatMap((route) => route.inputs.map((input) => ({ name: `${route.method} ${route.path} (${input.target})`, ...input })));

async function rawMessagesFor(schema: AnySchema, input: unknown): Promise<string[]> {
  const result = await v.safeParseAsync(schema, input);
  if (result.success) return [];
  const all = [...messages(result.issues), ...toFieldErrors(result.issues, 'body').map((e) => e.message)];
  return all.filter((m) => RAW.test(m) || m.trim() === '');
}

describe('every validation message is in words', () => {
  it('walks the schemas of many routes', () => {
    expect(schemas.length).toBeGreaterThan(60);
  });

  it.each(schemas.map((s) => [s.name, s] as const))('%s: each member with each wrong value', async (_name, { target, schema }) => {
    const values = target === 'json' ? JSON_VALUES : TEXT_VALUES;
    const bad: string[] = [];
    for (const whole of WHOLE_INPUTS) for (const m of await rawMessagesFor(schema, whole)) bad.push(`whole input ${JSON.stringify(whole)} → ${m}`);
    for (const member of memberNames(schema)) {
      for (const value of values) {
        for (const m of await rawMessagesFor(schema, { [member]: value })) bad.push(`${member}=${JSON.stringify(value).slice(0, 40)} → ${m}`);
      }
    }
    expect([...new Set(bad)].slice(0, 10)).toEqual([]);
  });

  it('holds for any value in any member (property, fixed seed)', async () => {
    const withMembers = schemas.filter((s) => memberNames(s.schema).length > 0);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withMembers), fc.nat(), fc.anything({ maxDepth: 2 }), async (entry, pick, value) => {
        const names = memberNames(entry.schema);
        const member = names[pick % names.length] ?? '';
        const input = entry.target === 'json' ? { [member]: value } : { [member]: typeof value === 'string' ? value : JSON.stringify(value) ?? '' };
        expect(await rawMessagesFor(entry.schema, input), `${entry.name} ${member}=${JSON.stringify(value)}`).toEqual([]);
      }),
      { seed: 20_261_130, numRuns: 400 },
    );
  });
});

describe('examples a client meets', () => {
  beforeAll(async () => {
    await seedDemo();
  });

  it('GET /api/stories?limit=abc says what limit takes', async () => {
    const res = await fetchApp('/api/stories?limit=abc');
    expect(res.status).toBe(400);
    const problem = await readJson<{ errors: { path: string; message: string }[] }>(res);
    expect(problem.errors).toEqual([{ path: 'limit', message: 'Limit must be a whole number from 1 to 50' }]);
  });

  it('GET /api/stats/overview?format=xml lists the formats it takes', async () => {
    const { signInDemo } = await import('../openapi/contract-fixtures');
    const res = await fetchApp('/api/stats/overview?format=xml', { headers: await signInDemo('seed-editor') });
    const problem = await readJson<{ errors: { path: string; message: string }[] }>(res);
    expect(problem.errors).toEqual([{ path: 'format', message: 'Choose one of: json, csv' }]);
  });

  it('a JSON member of the wrong type is told the type in words', async () => {
    const res = await fetchApp('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://lantoa.test' },
      body: JSON.stringify({ url: 42, category: 'false_news' }),
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(RAW);
  });
});
