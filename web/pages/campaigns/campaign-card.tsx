import type { CampaignView } from '../../../workers/campaigns/campaigns.view';
import { CampaignProgressBars } from '../../components/campaign-progress';
import { translator, type Lang } from '../../i18n';
import { formatDay } from './format';

/** Dates, where, and hashtags of a campaign: the facts line under its title. */
export function CampaignFacts(props: { lang: Lang; campaign: CampaignView; provinceNames: Map<string, string> }) {
  const t = translator(props.lang);
  const c = props.campaign;
  const where = c.provinces.length === 0 ? t('campaigns.nationwide') : c.provinces.map((code) => props.provinceNames.get(code) ?? code).join(', ');
  return (
    <dl class="campaign-facts">
      <div>
        <dt class="visually-hidden">{t('campaigns.when')}</dt>
        <dd>
          <span class={`badge phase-${c.phase}`}>{t(`campaigns.phase.${c.phase}`)}</span>{' '}
          {t('campaigns.dates', { start: formatDay(props.lang, c.startsOn), end: formatDay(props.lang, c.endsOn) })}
        </dd>
      </div>
      <div>
        <dt>{t('campaigns.where')}</dt>
        <dd>{where}</dd>
      </div>
      {c.hashtags.length > 0 ? (
        <div>
          <dt>{t('campaigns.hashtags')}</dt>
          <dd class="campaign-hashtags">{c.hashtags.map((tag) => `#${tag}`).join(' ')}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** A campaign in the `/campaigns` list. */
export function CampaignCard(props: { lang: Lang; campaign: CampaignView; provinceNames: Map<string, string> }) {
  const t = translator(props.lang);
  const c = props.campaign;
  return (
    <li class="campaign-card">
      {c.coverKey ? (
        <img class="campaign-card-cover" src={`/media/${c.coverKey}`} alt={c.coverAlt ?? ''} width={1200} height={630} loading="lazy" />
      ) : null}
      <h3>
        <a href={`/campaigns/${c.slug}`}>{c.title}</a>
      </h3>
      <CampaignFacts lang={props.lang} campaign={c} provinceNames={props.provinceNames} />
      {c.description ? <p class="campaign-description">{c.description}</p> : null}
      <CampaignProgressBars lang={props.lang} progress={c.progress} idPrefix={`campaign-${c.id}`} />
      <p>
        <a href={`/campaigns/${c.slug}`} aria-label={`${t('campaigns.more')}: ${c.title}`}>
          {t('campaigns.more')}
        </a>
      </p>
    </li>
  );
}
