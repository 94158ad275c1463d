// What the bot says back, as outbound queue messages (plain text, the chat's language).
// Nothing here sends: intake.ts queues these on TIPLINE_QUEUE.
import { t, type Lang, type MessageKey } from '../../web/i18n';
import { term } from '../../web/i18n/glossary';
import { cardMetaForStory } from '../cards/card-meta';
import { automaticTiplineText } from '../claims/auto-verdict';
import type { Db } from '../core/db';
import { codeHash, normaliseCode } from '../reports/receipt';
import { receiptView } from '../reports/reports.queries';
import type { ReportAnswer } from '../reports/submit-report';
import { latestStoriesQuery } from '../stories/feed.queries';
import { cutText } from './cut-text';
import type { InboundUpdate, OutboundMessage } from './tipline.types';

/** How many stories `/tinmoi` lists. */
export const LATEST_COUNT = 5;

/** Why a message did not become a report, in words the chat reads. */
export type Refusal = 'rateLimited' | 'needMore' | 'privateLink' | 'badLink' | 'photo' | 'description' | 'generic';

type Draft = Pick<OutboundMessage, 'text' | 'photoUrl' | 'purpose'>;

/** A draft addressed to the chat the update came from, as a reply to its message. */
export function addressed(update: InboundUpdate, draft: Draft): OutboundMessage {
  return { platform: update.platform, chatId: update.chatId, replyTo: update.messageId, ...draft };
}

export function receiptAnswer(lang: Lang, origin: string, answer: ReportAnswer): Draft {
  const link = `${origin}/report/${answer.receipt}`;
  const text = answer.code ? t(lang, 'tipline.receipt', { code: answer.code, link }) : t(lang, 'tipline.receiptNoCode', { link });
  // A claim already checked and rebutted: the verdict and the rebuttal at once, marked automatic.
  if (answer.auto) return { text: `${text}\n\n${automaticTiplineText(lang, origin, answer.auto)}`, purpose: 'receipt' };
  return { text, purpose: 'receipt' };
}

export function refusalAnswer(lang: Lang, why: Refusal): Draft {
  return { text: t(lang, `tipline.refuse.${why}` as MessageKey), purpose: 'refusal' };
}

/** What the bot does, then the guidelines page's verify-before-you-share checklist (the same words). */
export function startAnswer(lang: Lang): Draft {
  const checks = (['checklist.source', 'checklist.fullRead', 'checklist.context', 'checklist.harm', 'checklist.tone'] as const).map((k) => `– ${t(lang, k)}`);
  const text = [t(lang, 'tipline.start.intro'), '', `${t(lang, 'checklist.title')}:`, ...checks, t(lang, 'checklist.note')].join('\n');
  return { text, purpose: 'command' };
}

/** `/trangthai <mã>`: the report's status in words, its verdict and rebuttal when there are. */
export async function statusAnswer(db: Db, lang: Lang, origin: string, typed: string): Promise<Draft> {
  if (!typed) return { text: t(lang, 'tipline.status.usage'), purpose: 'command' };
  const code = normaliseCode(typed);
  if (!code) return { text: t(lang, 'tipline.status.invalid', { typed: cutText(typed, 40) }), purpose: 'command' };
  const view = await receiptView(db, await codeHash(code), 'code');
  if (!view) return { text: t(lang, 'tipline.status.notFound', { code }), purpose: 'command' };
  const lines = [t(lang, 'tipline.status.found', { code, status: term(lang, 'caseStatus', view.status) })];
  if (view.verdictSummary) lines.push(t(lang, 'tipline.status.summary', { summary: view.verdictSummary }));
  else if (!view.verdictAt) lines.push(t(lang, 'tipline.status.pending'));
  if (view.rebuttal) lines.push('', t(lang, 'tipline.status.rebuttal', { title: view.rebuttal.title, link: `${origin}/stories/${view.rebuttal.slug}` }));
  return { text: lines.join('\n'), purpose: 'command' };
}

/** `/tinmoi`: the newest stories, the first with its share card (a photo with a caption), the rest as a list. */
export async function latestAnswers(db: Db, lang: Lang, origin: string): Promise<Draft[]> {
  const stories = await latestStoriesQuery(db, LATEST_COUNT);
  const [first, ...rest] = stories;
  if (!first) return [{ text: t(lang, 'tipline.latest.empty'), purpose: 'command' }];
  const line = (s: { title: string; slug: string }) => `${s.title}\n${origin}/stories/${s.slug}`;
  const card = await cardMetaForStory(db, first.id, origin, lang);
  const heading = `${t(lang, 'tipline.latest.title')}\n\n${line(first)}`;
  const drafts: Draft[] = [card ? { text: cutText(heading, 1024), photoUrl: card.og.url, purpose: 'command' } : { text: heading, purpose: 'command' }];
  if (rest.length > 0) drafts.push({ text: rest.map(line).join('\n\n'), purpose: 'command' });
  return drafts;
}
