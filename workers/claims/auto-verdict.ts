// How an automatic verdict is told outside the receipt page: in the receipt JSON and in the
// tipline's receipt message. Both say it is automatic and that an editor still reviews the report.
import { t, type Lang } from '../../web/i18n';
import { term } from '../../web/i18n/glossary';
import type { CaseStatus } from '../../schema';

type Verdict = { status: CaseStatus; verdictSummary: string | null; rebuttal: { slug: string; title: string } };

/** The receipt JSON's `automatic` member: null when nothing was matched (or the match no longer stands). */
export function automaticJson(lang: Lang, auto: (Verdict & { method: string }) | null) {
  if (!auto) return null;
  return {
    label: t(lang, 'claims.auto.title'),
    status: auto.status,
    verdict: term(lang, 'caseStatus', auto.status),
    verdictSummary: auto.verdictSummary,
    rebuttal: { title: auto.rebuttal.title, url: `/stories/${auto.rebuttal.slug}`, shareUrl: `/share/${auto.rebuttal.slug}` },
    method: auto.method,
    note: t(lang, 'claims.auto.review'),
  };
}

/** The lines the tipline adds to its receipt when the report repeats an already-checked claim. */
export function automaticTiplineText(lang: Lang, origin: string, auto: Verdict): string {
  return t(lang, 'claims.auto.tipline', {
    verdict: term(lang, 'caseStatus', auto.status),
    summary: auto.verdictSummary ? ` ${auto.verdictSummary}` : '',
    title: auto.rebuttal.title,
    link: `${origin}/stories/${auto.rebuttal.slug}`,
    share: `${origin}/share/${auto.rebuttal.slug}`,
  });
}
