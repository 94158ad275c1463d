import { accountEn, accountVi } from './account';
import { apiDocsEn, apiDocsVi } from './api-docs';
import { campaignDeskEn, campaignDeskVi } from './campaign-desk';
import { campaignsEn, campaignsVi } from './campaigns';
import { commonEn, commonVi } from './common';
import { editorEn, editorVi } from './editor';
import { feedEn, feedVi } from './feed';
import { glossaryMessages } from './glossary';
import { historyEn, historyVi } from './history';
import { importsEn, importsVi } from './imports';
import { impactEn, impactVi } from './impact';
import { invitesEn, invitesVi } from './invites';
import { tiplineEn, tiplineVi } from './tipline';
import { shareEn, shareVi } from './share';
import { reportsEn, reportsVi } from './reports';
import { writingEn, writingVi } from './writing';
import { reviewEn, reviewVi } from './review';
import { savedEn, savedVi } from './saved';
import { unitsEn, unitsVi } from './units';
import { privacyEn, privacyVi } from './privacy';
import { tiplineOutEn, tiplineOutVi } from './tipline-outbound';
import { pushEn, pushVi } from './push';
import { claimsEn, claimsVi } from './claims';
import { claimsDeskEn, claimsDeskVi } from './claims-desk';
import { checkFindingsEn, checkFindingsVi } from './check-findings';
import { checkEn, checkVi } from './check';
import { repliesEn, repliesVi } from './replies';
import { lessonsDeskEn, lessonsDeskVi } from './lessons-desk';
import { learnEn, learnVi } from './learn';

export const langs = ['vi', 'en'] as const;
export type Lang = (typeof langs)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

// Vietnamese is the reference: every English table must have exactly its keys.
// The words for codes (statuses, report reasons, platforms) come from the one glossary (glossary.ts).
const vi = {
  ...tiplineVi,
  ...commonVi, ...editorVi, ...shareVi, ...reportsVi, ...feedVi, ...campaignsVi, ...writingVi, ...campaignDeskVi, ...accountVi, ...reviewVi, ...historyVi, ...savedVi, ...unitsVi, ...privacyVi, ...importsVi, ...impactVi, ...invitesVi, ...pushVi,
  ...tiplineOutVi,
  ...claimsVi,
  ...claimsDeskVi,
  ...apiDocsVi,
  ...checkFindingsVi,
  ...checkVi,
  ...repliesVi,
  ...lessonsDeskVi,
  ...learnVi,
  ...glossaryMessages('vi'),
};
const en: Record<keyof typeof vi, string> = {
  ...tiplineEn,
  ...commonEn, ...editorEn, ...shareEn, ...reportsEn, ...feedEn, ...campaignsEn, ...writingEn, ...campaignDeskEn, ...accountEn, ...reviewEn, ...historyEn, ...savedEn, ...unitsEn, ...privacyEn, ...importsEn, ...impactEn, ...invitesEn, ...pushEn,
  ...tiplineOutEn,
  ...claimsEn,
  ...claimsDeskEn,
  ...apiDocsEn,
  ...checkFindingsEn,
  ...checkEn,
  ...repliesEn,
  ...lessonsDeskEn,
  ...learnEn,
  ...glossaryMessages('en'),
};

export type MessageKey = keyof typeof vi;

const tables: Record<Lang, Record<MessageKey, string>> = { vi, en };

/**
 * A UI string in the reader's language, with `{name}` placeholders filled.
 *
 * @example
 * t('en', 'feed.count', { count: 3 })
 */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = tables[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one language, for components. */
export function translator(lang: Lang) {
  return (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
}
export type Translate = ReturnType<typeof translator>;
