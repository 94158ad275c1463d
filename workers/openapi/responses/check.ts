// Check before posting: POST /api/check's answer and the page (/kiem-tra, English /check).
import * as v from 'valibot';
import { checkSignals } from '../../check/check.types';
import { KNOWN_FALSE_VERDICTS } from '../../check/known-false';
import type { ResponseDoc } from '../responses';
import { id } from './common';

const score = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const label = v.pipe(v.string(), v.description('The finding in words, in the reader’s language (Accept-Language is not read: `?lang=` or the cookie)'));

const knownFalse = v.strictObject({
  kind: v.literal('knownFalse'),
  via: v.picklist(['url', 'text']),
  caseId: id,
  score,
  verdict: v.picklist(KNOWN_FALSE_VERDICTS),
  label,
  rebuttal: v.strictObject({
    id,
    slug: v.string(),
    title: v.string(),
    summary: v.string(),
    replies: v.array(v.string()),
    url: v.string(),
    shareUrl: v.string(),
  }),
});

const textFinding = v.strictObject({
  kind: v.picklist(Object.keys(checkSignals) as (keyof typeof checkSignals)[]),
  signal: v.picklist(Object.values(checkSignals).flat()),
  matches: v.array(v.string()),
  suggestions: v.optional(v.array(v.string())),
  label,
});

const html = (description: string): ResponseDoc => ({ contentType: 'text/html', description });

export const checkDocs: Record<string, ResponseDoc> = {
  'POST /api/check': {
    description:
      'What is wrong with a text and/or link about to be posted: a known false claim (its verdict, rebuttal and replies), ' +
      'internal-document markers, personal data (masked), rumour signs, inflaming words. Nothing sent is stored or logged. ' +
      '`knownClaims` is `unavailable` (with Retry-After) when the known claims could not be searched; the text checks are answered anyway. ' +
      'With `Accept: text/html` the findings come as the page’s HTML fragment instead.',
    schema: v.strictObject({
      check: v.strictObject({ clear: v.boolean(), findings: v.array(v.union([knownFalse, textFinding])) }),
      knownClaims: v.picklist(['checked', 'unavailable']),
    }),
  },
  'GET /kiem-tra': html('Check before posting: paste a text and/or link; the findings are shown under the form (works without JavaScript).'),
  'GET /check': html('Check before posting (English path of /kiem-tra).'),
};
