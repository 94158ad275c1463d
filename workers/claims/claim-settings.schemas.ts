import * as v from 'valibot';

const threshold = (path: string) =>
  v.pipe(
    v.number(`${path} must be a number from 0 to 1`),
    v.check((n) => Number.isFinite(n), `${path} must be a number from 0 to 1`),
    v.minValue(0, `${path} must be at least 0`),
    v.maxValue(1, `${path} can be at most 1`),
  );

const methodThresholds = (method: string) =>
  v.strictObject(
    { candidate: threshold(`${method}.candidate`), high: threshold(`${method}.high`) },
    `Unknown field in ${method}: send only candidate and high`,
  );

/** PUT /api/settings/claims: both methods, both thresholds, each 0..1, and candidate ≤ high (the error names `<method>.high`). */
export const claimSettingsBody = v.pipe(
  v.strictObject(
    { lexical: methodThresholds('lexical'), semantic: methodThresholds('semantic') },
    'Unknown field: send only lexical and semantic',
  ),
  v.forward(v.check((b) => b.lexical.candidate <= b.lexical.high, 'lexical.high must be at least lexical.candidate'), ['lexical', 'high']),
  v.forward(v.check((b) => b.semantic.candidate <= b.semantic.high, 'semantic.high must be at least semantic.candidate'), ['semantic', 'high']),
);
export type ClaimSettingsBody = v.InferOutput<typeof claimSettingsBody>;
