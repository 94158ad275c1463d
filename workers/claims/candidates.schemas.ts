import * as v from 'valibot';

const positiveId = (name: string) =>
  v.pipe(v.string(), v.regex(/^\d{1,10}$/, `${name} must be a whole number`), v.transform(Number), v.minValue(1, `${name} must be at least 1`), v.maxValue(2_000_000_000, `${name} is too large`));

export const candidateParams = v.object({ id: positiveId('id'), matchId: positiveId('matchId') });

/** After a desk action, the case page says what happened (POST-redirect-GET). */
export const deskDone = ['merged', 'rejected', 'unmerged'] as const;
export type DeskDone = (typeof deskDone)[number];
