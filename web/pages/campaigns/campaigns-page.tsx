import type { CampaignView } from '../../../workers/campaigns/campaigns.view';
import type { SessionUser } from '../../../workers/core/types';
import type { MemberNotice } from '../../../workers/notices/notices.queries';
import { CorrectionNoticeBanner } from '../../components/correction-notices';
import { Layout } from '../../components/layout';
import { translator, type Lang } from '../../i18n';
import { CampaignCard } from './campaign-card';

export type CampaignsPageProps = {
  lang: Lang;
  path: string;
  user: SessionUser | null;
  notices: MemberNotice[];
  campaigns: CampaignView[];
  provinceNames: Map<string, string>;
};

/** `/campaigns`: running and upcoming campaigns first, then the ended ones. */
export function CampaignsPage(props: CampaignsPageProps) {
  const t = translator(props.lang);
  const live = props.campaigns.filter((c) => c.phase === 'running' || c.phase === 'upcoming');
  const past = props.campaigns.filter((c) => c.phase === 'ended');
  const list = (items: CampaignView[]) => (
    <ul class="campaign-list">
      {items.map((c) => (
        <CampaignCard lang={props.lang} campaign={c} provinceNames={props.provinceNames} />
      ))}
    </ul>
  );
  return (
    <Layout lang={props.lang} title={t('campaigns.title')} description={t('campaigns.intro')} path={props.path} user={props.user}>
      <CorrectionNoticeBanner lang={props.lang} notices={props.notices} back={props.path} />
      <h1>{t('campaigns.title')}</h1>
      <p class="muted">{t('campaigns.intro')}</p>
      {props.campaigns.length === 0 ? <p>{t('campaigns.empty')}</p> : null}
      {live.length > 0 ? (
        <section aria-labelledby="campaigns-live">
          <h2 id="campaigns-live">{t('campaigns.live')}</h2>
          {list(live)}
        </section>
      ) : null}
      {past.length > 0 ? (
        <section aria-labelledby="campaigns-past">
          <h2 id="campaigns-past">{t('campaigns.past')}</h2>
          {list(past)}
        </section>
      ) : null}
    </Layout>
  );
}
