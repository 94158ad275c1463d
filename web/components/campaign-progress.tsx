import type { CampaignProgress } from '../../workers/campaigns/campaigns.view';
import { translator, type Lang } from '../i18n';
import { formatNumber } from '../pages/campaigns/format';

/**
 * Progress against a campaign's targets as native `<progress>` bars (no inline
 * styles under our CSP), each labelled with the figures in words.
 * `idPrefix` keeps label ids unique when several campaigns share a page.
 */
export function CampaignProgressBars(props: { lang: Lang; progress: CampaignProgress; idPrefix: string }) {
  const t = translator(props.lang);
  const n = (value: number) => formatNumber(props.lang, value);
  const p = props.progress;
  const rows = [
    { key: 'shares', value: p.shares, target: p.targetShares, percent: p.sharesPercent, full: 'campaigns.progress.shares', only: 'campaigns.progress.sharesOnly' },
    { key: 'clicks', value: p.clicks, target: p.targetClicks, percent: p.clicksPercent, full: 'campaigns.progress.clicks', only: 'campaigns.progress.clicksOnly' },
  ] as const;
  return (
    <div class="campaign-progress">
      {rows.map((row) => {
        if (row.target == null) {
          // Without a target there is nothing to fill; still say how far it went when it went anywhere.
          return row.value > 0 ? <p class="campaign-progress-figure">{t(row.only, { value: n(row.value) })}</p> : null;
        }
        const id = `${props.idPrefix}-${row.key}`;
        return (
          <div class="campaign-progress-row">
            <label for={id}>{t(row.full, { value: n(row.value), target: n(row.target), percent: row.percent ?? 0 })}</label>
            <progress id={id} max={row.target} value={Math.min(row.value, row.target)}>
              {`${row.percent ?? 0}%`}
            </progress>
          </div>
        );
      })}
    </div>
  );
}
