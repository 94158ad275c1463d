// HTML form bodies (`parseBody({ all: true })`) → the same input shapes the JSON API
// validates, so forms and API share one set of rules.
import type { StoryFormValues } from '../../web/pages/editor/story-form-page';

export type FormBody = Record<string, string | File | (string | File)[]>;

export function formString(body: FormBody, key: string): string {
  const value = body[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

export function formList(body: FormBody, key: string): string[] {
  const value = body[key];
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((item): item is string => typeof item === 'string');
}

const split = (text: string, separators: RegExp) =>
  text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);

/** The story fields of a form post, shaped like the JSON API's input (validation happens there). */
export function storyInputFromForm(body: FormBody): Record<string, unknown> {
  const input: Record<string, unknown> = {
    title: formString(body, 'title'),
    summary: formString(body, 'summary'),
    body: formString(body, 'body'),
    categoryCode: formString(body, 'categoryCode'),
    provinceCode: formString(body, 'provinceCode'),
    commune: formString(body, 'commune'),
    tags: split(formString(body, 'tags'), /[,;]/),
    captions: formList(body, 'captions'),
    hashtags: split(formString(body, 'hashtags'), /[\s,;]+/),
    sourceType: formString(body, 'sourceType') || null,
    sourceDetail: formString(body, 'sourceDetail'),
    consent: formString(body, 'consent') === 'yes',
    showAuthor: formString(body, 'showAuthor') === 'yes',
  };
  // The reply kit's three boxes always post (blanks dropped by validation); a body without them leaves replies as they are.
  if ('replies' in body) input.replies = formList(body, 'replies');
  if ('coverAlt' in body) input.coverAlt = formString(body, 'coverAlt');
  // Only on a published story's form: the dated correction note for readers and sharers.
  if ('correctionNote' in body) input.correctionNote = formString(body, 'correctionNote');
  return input;
}

/** A revision number from a hidden field (NaN when missing, which validation refuses). */
export function formRevision(body: FormBody): number {
  return Number(formString(body, 'revision') || Number.NaN);
}

/** What was typed, to show again when saving failed. */
export function formValues(body: FormBody, revision: number): StoryFormValues {
  return {
    title: formString(body, 'title'),
    summary: formString(body, 'summary'),
    body: formString(body, 'body'),
    categoryCode: formString(body, 'categoryCode'),
    provinceCode: formString(body, 'provinceCode'),
    commune: formString(body, 'commune'),
    tags: formString(body, 'tags'),
    captions: formList(body, 'captions'),
    replies: formList(body, 'replies'),
    hashtags: formString(body, 'hashtags'),
    sourceType: formString(body, 'sourceType'),
    sourceDetail: formString(body, 'sourceDetail'),
    consent: formString(body, 'consent') === 'yes',
    showAuthor: formString(body, 'showAuthor') === 'yes',
    coverAlt: formString(body, 'coverAlt'),
    revision,
  };
}
