import type { CampaignRow } from '../../workers/campaigns/campaigns.queries';
import { dayCount, today as vnToday } from '../../workers/stats/days';
import { translator, type Lang } from '../i18n';
import { formatDay } from '../pages/campaigns/format';

/**
 * The running campaign for the reader's province, shown on top of the feed.
 * Pair it with `activeCampaignFor(db, user?.provinceCode ?? null, now)`; render nothing when that is null.
 * `local`: the campaign targets the reader's province (rather than the whole country).
 */
export function CampaignHighlight(props: { lang: Lang; campaign: CampaignRow; local: boolean; now?: number }) {
  const t = translator(props.lang);
  const c = props.campaign;
  const left = dayCount(vnToday(props.now ?? Date.now()), c.endsOn) - 1;
  const headingId = `campaign-highlight-${c.id}`;
  return (
    <aside class="campaign-highlight" aria-labelledby={headingId}>
      <p class="campaign-highlight-label">{props.local ? t('campaigns.highlightLocal') : t('campaigns.highlight')}</p>
      <h2 id={headingId} class="campaign-highlight-title">
        <a href={`/campaigns/${c.slug}`}>{c.title}</a>
      </h2>
      <p class="muted">
        {t('campaigns.dates', { start: formatDay(props.lang, c.startsOn), end: formatDay(props.lang, c.endsOn) })}
        {' · '}
        {left > 0 ? t('campaigns.daysLeft', { count: left }) : t('campaigns.lastDay')}
      </p>
      {c.hashtags.length > 0 ? <p class="campaign-hashtags">{c.hashtags.map((tag) => `#${tag}`).join(' ')}</p> : null}
      <a class="button" href={`/campaigns/${c.slug}`}>
        {t('campaigns.join')}
      </a>
    </aside>
  );
}
