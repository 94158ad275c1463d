// The editors' additions to the tone list: one settings row, a JSON array of {word, calmer}.
import * as v from 'valibot';

export const TONE_EXTRA_KEY = 'check.tone.extra';
/** Most words editors may add (the check compiles them into one pattern per request). */
export const TONE_EXTRA_MAX = 300;

const word = v.pipe(
  v.string('word must be text'),
  v.trim(),
  v.minLength(2, 'word must have at least 2 characters'),
  v.maxLength(60, 'word can have at most 60 characters'),
  v.regex(/\p{L}/u, 'word must contain letters'),
);
const calmer = v.pipe(
  v.string('calmer must be text'),
  v.trim(),
  v.minLength(1, 'calmer must not be empty'),
  v.maxLength(120, 'calmer can have at most 120 characters'),
);

export const toneRuleSchema = v.strictObject({ word, calmer }, 'Unknown field: each word has only word and calmer');

export const toneExtraList = v.pipe(
  v.array(toneRuleSchema, 'words must be a list'),
  v.maxLength(TONE_EXTRA_MAX, `words can have at most ${TONE_EXTRA_MAX} entries`),
);

/** PUT /api/settings/tone: the whole list of additions (replaces what was stored). */
export const toneSettingsBody = v.strictObject({ words: toneExtraList }, 'Unknown field: send only words');
export type ToneSettingsBody = v.InferOutput<typeof toneSettingsBody>;
