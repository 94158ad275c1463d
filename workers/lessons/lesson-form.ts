// The lesson form without JavaScript: 10 question slots of 4 answer slots (up to 6 when an
// editor asks for more). Blank slots are ignored; what was typed is kept slot by slot, so
// an error re-renders every value where it was, and API error paths (`questions.2.options.1.text`,
// counted over the non-blank slots) are mapped back to the slot the editor typed in.
import type { LessonContent } from '../../schema';
import type { FieldError } from '../core/errors';
import { formString, type FormBody } from '../editorial/story-form';

export const QUESTION_SLOTS = 10;
export const OPTION_SLOTS = 4;
export const MAX_OPTIONS = 6;

export type OptionValues = { text: string; explanation: string };
export type QuestionValues = { prompt: string; correct: string; options: OptionValues[] };
export type LessonFormValues = { title: string; summary: string; body: string; revision: string; questions: QuestionValues[] };

const blankOption = (): OptionValues => ({ text: '', explanation: '' });
const isBlank = (s: string) => s.trim() === '';
const optionBlank = (o: OptionValues) => isBlank(o.text) && isBlank(o.explanation);
const questionBlank = (q: QuestionValues) => isBlank(q.prompt) && q.options.every(optionBlank);

function slotsOf(n: number): QuestionValues[] {
  return Array.from({ length: n }, () => ({ prompt: '', correct: '', options: Array.from({ length: OPTION_SLOTS }, blankOption) }));
}

/** The form of a saved lesson (or a blank one): its questions, then empty slots up to 10. */
export function formValuesOf(content: LessonContent | null, revision: number | null): LessonFormValues {
  const questions = slotsOf(QUESTION_SLOTS);
  content?.questions.forEach((q, i) => {
    const options = q.options.map((o) => ({ text: o.text, explanation: o.explanation }));
    while (options.length < OPTION_SLOTS) options.push(blankOption());
    questions[i] = { prompt: q.prompt, correct: q.correct === null ? '' : String(q.correct), options };
  });
  return { title: content?.title ?? '', summary: content?.summary ?? '', body: content?.body ?? '', revision: revision === null ? '' : String(revision), questions };
}

/** What was typed, slot by slot (an "add an answer box" press for question `more` adds one slot). */
export function valuesFromForm(body: FormBody, more?: number): LessonFormValues {
  const questions = slotsOf(QUESTION_SLOTS).map((_, i) => {
    const asked = Number(formString(body, `q${i}.slots`));
    let slots = Number.isInteger(asked) ? Math.min(Math.max(asked, OPTION_SLOTS), MAX_OPTIONS) : OPTION_SLOTS;
    if (more === i) slots = Math.min(slots + 1, MAX_OPTIONS);
    return {
      prompt: formString(body, `q${i}.prompt`),
      correct: formString(body, `q${i}.correct`),
      options: Array.from({ length: slots }, (_, j) => ({ text: formString(body, `q${i}.o${j}.text`), explanation: formString(body, `q${i}.o${j}.explanation`) })),
    };
  });
  return { title: formString(body, 'title'), summary: formString(body, 'summary'), body: formString(body, 'body'), revision: formString(body, 'revision'), questions };
}

/** Where each kept question and answer came from, to point errors at the right slot. */
export type SlotMap = { questions: number[]; options: number[][] };

/** The API's input from the form: blank slots dropped; `correct` counted over kept answers (absent when none is marked). */
export function contentFromValues(values: LessonFormValues): { input: Record<string, unknown>; map: SlotMap } {
  const map: SlotMap = { questions: [], options: [] };
  const questions = values.questions.flatMap((q, slot) => {
    if (questionBlank(q)) return [];
    const kept = q.options.map((o, j) => ({ o, j })).filter(({ o }) => !optionBlank(o));
    map.questions.push(slot);
    map.options.push(kept.map(({ j }) => j));
    const chosen = kept.findIndex(({ j }) => String(j) === q.correct);
    return [{ prompt: q.prompt, options: kept.map(({ o }) => o), correct: chosen === -1 ? undefined : chosen }];
  });
  return { input: { title: values.title, summary: values.summary, body: values.body, questions }, map };
}

/**
 * The form field an API error path belongs to, as an element id of the page
 * (`questions.2.options.1.text` → `lf-q4-o1-text` when the third kept question was slot 4).
 */
export function fieldIdFor(path: string, map: SlotMap): string {
  const parts = path.split('.');
  if (parts[0] !== 'questions') return `lf-${parts[0] ?? 'form'}`;
  if (parts.length === 1) return 'lf-questions';
  const qi = Number(parts[1]);
  const q = map.questions[qi] ?? qi;
  if (parts[2] === 'options') {
    if (parts.length === 3) return `lf-q${q}-options`;
    const oi = Number(parts[3]);
    const o = map.options[qi]?.[oi] ?? oi;
    return `lf-q${q}-o${o}-${parts[4] === 'explanation' ? 'explanation' : 'text'}`;
  }
  if (parts[2] === 'correct') return `lf-q${q}-correct`;
  return `lf-q${q}-prompt`;
}

/** Errors keyed by field id, for messages next to each field. */
export type FieldProblems = { id: string; message: string }[];

export function problemsOf(errors: FieldError[], map: SlotMap): FieldProblems {
  return errors.map((e) => ({ id: fieldIdFor(e.path, map), message: e.message }));
}
