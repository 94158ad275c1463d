import { describe, expect, it } from 'vitest';
import { activeCampaignFor } from '../../workers/campaigns/campaigns.queries';
import { CampaignHighlight } from '../../web/components/campaign-highlight';
import { db, dayFromToday, insertCampaign } from './fixtures';

// One file-wide set of campaigns: the query must choose among all of them.
const setup = (async () => {
  const nationwide = await insertCampaign({ title: 'Toàn quốc', endsOn: dayFromToday(3) });
  const hanoi = await insertCampaign({ title: 'Hà Nội', endsOn: dayFromToday(20), provinces: ['HNI', 'HPG'] });
  await insertCampaign({ title: 'Sắp tới ở Huế', startsOn: dayFromToday(2), provinces: ['HUE'] });
  await insertCampaign({ title: 'Nháp ở Huế', status: 'draft', provinces: ['HUE'] });
  await insertCampaign({ title: 'Đã xong ở Cần Thơ', status: 'ended', provinces: ['CTO'] });
  return { nationwide, hanoi };
})();

describe('the campaign highlighted on the feed', () => {
  it('is the one aimed at the reader’s province, ahead of a nationwide one ending sooner', async () => {
    const { hanoi } = await setup;
    expect((await activeCampaignFor(db(), 'HNI', Date.now()))?.id).toBe(hanoi);
  });

  it('is the nationwide one for readers elsewhere and for anonymous readers', async () => {
    const { nationwide } = await setup;
    expect((await activeCampaignFor(db(), 'HUE', Date.now()))?.id).toBe(nationwide);
    expect((await activeCampaignFor(db(), 'CTO', Date.now()))?.id).toBe(nationwide);
    expect((await activeCampaignFor(db(), null, Date.now()))?.id).toBe(nationwide);
  });

  it('renders as a labelled aside linking to the campaign', async () => {
    const { hanoi } = await setup;
    const campaign = await activeCampaignFor(db(), 'HPG', Date.now());
    expect(campaign?.id).toBe(hanoi);
    if (!campaign) return;
    const html = String(CampaignHighlight({ lang: 'vi', campaign, local: true }));
    expect(html).toContain(`<aside class="campaign-highlight" aria-labelledby="campaign-highlight-${hanoi}">`);
    expect(html).toContain('Chiến dịch tại địa phương của bạn');
    expect(html).toContain(`href="/campaigns/${campaign.slug}"`);
    expect(html).toContain('Còn 20 ngày');
  });
});
