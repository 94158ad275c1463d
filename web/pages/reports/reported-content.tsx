import type { ContentKind } from '../../../workers/reports/claim-key';
import type { Translate } from '../../i18n';

/** Longest stretch of a copied message shown in a list or a summary line. */
export const EXCERPT_CHARS = 280;

/** The first `max` characters of a text (by code point, so an accent is never cut off its letter). */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const chars = [...text.trim()];
  return chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : chars.join('');
}

/**
 * What was reported, in words: the link as text (never a link: nobody should be one click
 * away from the reported content), or the copied message, or "Screenshot", each with
 * "No link". A case's internal key (`claim:text:…`) is never shown.
 */
export function ReportedContent(props: { t: Translate; kind: ContentKind; url: string; text?: string | null; full?: boolean; max?: number }) {
  const { t } = props;
  if (props.kind === 'link') return <span class="reported-url">{props.url}</span>;
  return (
    <span class="reported-claim">
      {props.kind === 'text' && props.text ? (
        <span class="reported-text">{props.full ? props.text : excerpt(props.text, props.max)}</span>
      ) : (
        <span class="reported-kind">{t(props.kind === 'text' ? 'report.content.text' : 'report.content.image')}</span>
      )}{' '}
      <span class="no-link">({t('report.content.noLink')})</span>
    </span>
  );
}
