// Campaigns (public and editor views), shares and their figures, the stats overview.
import * as v from 'valibot';
import { campaignStatuses } from '../../../schema';
import type { CampaignProgress, CampaignStoryView } from '../../campaigns/campaigns.view';
import type { PickerResult } from '../../campaigns/story-picker.view';
import type { NetworkLinks } from '../../share/share-links';
import type { ResponseDoc } from '../responses';
import { count, day, figures, id, isoTime, maybeText, maybeTime, provinceCode, sameAs, shareChannel, storyStatus, caseStatus, reportCategory, reportPlatform } from './common';

const phase = v.picklist(['draft', 'upcoming', 'running', 'ended']);
const percent = v.nullable(v.number());
export const campaignProgress = sameAs<CampaignProgress>()(
  v.strictObject({
    shares: count,
    clicks: count,
    targetShares: v.nullable(count),
    targetClicks: v.nullable(count),
    sharesPercent: percent,
    clicksPercent: percent,
  }),
);

const campaignEntries = {
  id,
  slug: v.string(),
  title: v.string(),
  description: v.string(),
  hashtags: v.array(v.string()),
  startsOn: day,
  endsOn: day,
  status: v.picklist(campaignStatuses),
  phase,
  /** Empty: the whole country. */
  provinces: v.array(provinceCode),
  coverKey: maybeText,
  coverAlt: maybeText,
  progress: campaignProgress,
  lessonId: v.nullable(id),
  lesson: v.nullable(v.strictObject({ slug: v.string(), title: v.string(), url: v.string() })),
  updatedAt: isoTime,
};
const campaign = v.strictObject(campaignEntries);
const editorCampaign = v.strictObject({ ...campaignEntries, storyIds: v.array(id), createdBy: maybeText });

const campaignStory = sameAs<CampaignStoryView>()(
  v.strictObject({
    position: v.number(),
    id,
    slug: v.string(),
    url: v.string(),
    title: v.string(),
    summary: v.string(),
    categoryCode: v.string(),
    provinceCode,
    coverKey: maybeText,
    coverAlt: maybeText,
    captions: v.array(v.string()),
    hashtags: v.array(v.string()),
    publishedAt: maybeTime,
  }),
);

const pickerResult = sameAs<PickerResult>()(
  v.strictObject({
    id,
    slug: v.string(),
    title: v.string(),
    provinceCode,
    provinceName: v.string(),
    publishedAt: maybeTime,
    publishedLabel: v.string(),
    inCampaign: v.boolean(),
  }),
);

const networkLinks = sameAs<NetworkLinks>()(
  v.strictObject({ facebook: v.string(), x: v.string(), telegram: v.string(), zalo: v.string(), messenger: v.string() }),
);

/** Shares are counted under the sharer's province; '' gathers those of accounts without one. */
const sharerProvince = v.union([provinceCode, v.pipe(v.literal(''), v.description('Accounts without a province'))]);
const scope = v.strictObject({ province: v.nullable(provinceCode), locked: v.boolean() });
const channelFigures = v.strictObject({ channel: shareChannel, shares: count, clicks: count });
const dayFigures = v.strictObject({ day, shares: count, clicks: count });

const overview = v.strictObject({
  filter: v.strictObject({ from: day, to: day, province: v.nullable(provinceCode), campaign: v.nullable(id) }),
  totals: figures,
  daily: v.array(dayFigures),
  channels: v.array(channelFigures),
  topStories: v.array(v.strictObject({ storyId: id, slug: maybeText, title: v.string(), shares: count, clicks: count })),
  provinces: v.array(v.strictObject({ provinceCode: sharerProvince, name: maybeText, shares: count, clicks: count })),
  units: v.array(v.strictObject({ rank: v.number(), provinceCode: sharerProvince, unit: v.string(), shares: count, clicks: count })),
  campaigns: v.array(
    v.strictObject({
      id,
      slug: v.string(),
      title: v.string(),
      startsOn: day,
      endsOn: day,
      phase,
      ...campaignProgress.entries,
    }),
  ),
  reports: v.strictObject({
    total: count,
    byCategory: v.array(v.strictObject({ category: reportCategory, count })),
    byPlatform: v.array(v.strictObject({ platform: reportPlatform, count })),
    byCaseStatus: v.array(v.strictObject({ status: caseStatus, count })),
    verdicts: v.strictObject({ decided: count, medianMs: v.nullable(v.number()), medianHours: v.nullable(v.number()) }),
  }),
  scope,
});

const editorCampaignAnswer = { description: 'The campaign as editors see it, with its stories in order.', schema: editorCampaign };

export const campaignDocs: Record<string, ResponseDoc> = {
  'GET /api/campaigns': { description: 'Running and upcoming public campaigns, with their progress.', schema: v.strictObject({ items: v.array(campaign) }) },
  'GET /api/campaigns/:slug': {
    description: 'One public campaign, with its stories in order.',
    schema: v.strictObject({ ...campaignEntries, stories: v.array(campaignStory) }),
  },
  'GET /api/editor/campaigns': { description: 'Every campaign, drafts included.', schema: v.strictObject({ items: v.array(campaign) }) },
  'GET /api/editor/campaigns/:id': editorCampaignAnswer,
  'GET /api/editor/campaigns/:id/story-search': {
    description: 'Published stories whose title matches `q`, each marked when the campaign already has it.',
    schema: v.strictObject({ items: v.array(pickerResult) }),
  },
  'POST /api/campaigns': { ...editorCampaignAnswer, status: 201 },
  'PATCH /api/campaigns/:id': editorCampaignAnswer,
  'PUT /api/campaigns/:id/stories': editorCampaignAnswer,
  'POST /api/campaigns/:id/stories': editorCampaignAnswer,
  'DELETE /api/campaigns/:id/stories/:storyId': editorCampaignAnswer,
  'PUT /api/campaigns/:id/provinces': editorCampaignAnswer,
  'POST /api/campaigns/:id/cover': editorCampaignAnswer,
  'DELETE /api/campaigns/:id/cover': editorCampaignAnswer,
  'POST /api/stories/:id/pin': { description: 'The story is pinned to the top of the feed until `pinnedUntil`.', schema: v.strictObject({ id, pinnedUntil: maybeTime }) },
  'DELETE /api/stories/:id/pin': { description: 'The story is no longer pinned.', schema: v.strictObject({ id, pinnedUntil: v.null() }) },
  'POST /api/shares': {
    status: 201,
    description: 'A tracked link for one member, story and channel, with the networks’ share links.',
    schema: v.strictObject({
      code: v.string(),
      url: v.string(),
      channel: shareChannel,
      story: v.strictObject({ id, slug: v.string() }),
      text: v.string(),
      links: networkLinks,
      zaloMode: v.picklist(['widget', 'copy']),
    }),
  },
  'GET /api/stories/:slug/stats': {
    description: 'Shares and clicks of one story, by channel and by day (an editor with a province sees its members’ only).',
    schema: v.strictObject({
      story: v.strictObject({ id, slug: v.string(), title: v.string(), status: storyStatus }),
      range: v.strictObject({ from: v.nullable(day), to: v.nullable(day) }),
      scope,
      totals: figures,
      byChannel: v.array(channelFigures),
      byDay: v.array(dayFigures),
    }),
  },
  'GET /api/stats/overview': {
    description: 'The dashboard’s figures for a period (default: this month), a province and a campaign. With `format=csv&table=…`, one table as a CSV file instead.',
    schema: overview,
  },
};
