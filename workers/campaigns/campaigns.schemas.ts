import * as v from 'valibot';
import { campaignStatuses } from '../../schema';
import { isCalendarDay } from '../stats/days';
import { nfc, normaliseHashtag } from '../stories/text';

/** A Vietnam calendar day, `YYYY-MM-DD`. */
export const calendarDay = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the YYYY-MM-DD format'),
  v.check(isCalendarDay, 'Not a calendar day'),
);

export const provinceCode = v.pipe(v.string(), v.regex(/^[A-Z]{2,4}$/, 'A province code such as HNI or HCM'));

const slug = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(80),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lower-case ASCII letters, digits and single hyphens'),
);

const title = v.pipe(v.string(), v.transform(nfc), v.minLength(3, 'At least 3 characters'), v.maxLength(160));
const description = v.pipe(v.string(), v.transform(nfc), v.maxLength(4000));

const hashtag = v.pipe(v.string(), v.transform(normaliseHashtag), v.minLength(1, 'Empty hashtag'), v.maxLength(50));
/** Hashtags without `#`, duplicates (ignoring case) dropped, at most 10. */
const hashtags = v.pipe(
  v.array(hashtag),
  v.maxLength(10, 'At most 10 hashtags'),
  v.transform((tags) => tags.filter((tag, i) => tags.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) === i)),
);

const target = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000_000)));

export const provinceList = v.pipe(
  v.array(provinceCode),
  v.maxLength(34),
  v.check((codes) => new Set(codes).size === codes.length, 'A province may appear only once'),
);

const storyId = v.pipe(v.number(), v.integer(), v.minValue(1));
export const storyIdList = v.pipe(
  v.array(storyId),
  v.maxLength(50, 'At most 50 stories'),
  v.check((ids) => new Set(ids).size === ids.length, 'A story may appear only once'),
);

/** A cover already in R2 under the editorial branch's key scheme (served at `/media/<key>`), e.g. a story's cover. */
const coverKey = v.nullable(
  v.pipe(v.string(), v.regex(/^covers\/\d{1,12}-[A-Za-z0-9_-]{8,64}\.(jpg|png|webp)$/, 'A cover key such as covers/12-AbCdEfGh.jpg')),
);
const coverAlt = v.nullable(v.pipe(v.string(), v.transform(nfc), v.maxLength(300)));

/** A published lesson members are asked to read before sharing ("Đọc trước khi chia sẻ"); null for none. */
const lessonId = v.nullable(v.pipe(v.number('A lesson id, or null for none'), v.integer(), v.minValue(1)));

const editable = {
  title,
  description: v.optional(description),
  hashtags: v.optional(hashtags),
  startsOn: calendarDay,
  endsOn: calendarDay,
  targetShares: v.optional(target),
  targetClicks: v.optional(target),
  coverKey: v.optional(coverKey),
  coverAlt: v.optional(coverAlt),
  /** Empty (or absent) means the whole country. */
  provinces: v.optional(provinceList),
  /** In the order they should appear. */
  stories: v.optional(storyIdList),
  lessonId: v.optional(lessonId),
};

/** `POST /api/campaigns`: a new campaign is always a draft. */
export const createCampaignBody = v.pipe(
  v.strictObject({ ...editable, slug: v.optional(slug) }),
  v.forward(
    v.check((input) => input.startsOn <= input.endsOn, 'The campaign must end on or after its first day'),
    ['endsOn'],
  ),
);
export type CreateCampaignInput = v.InferOutput<typeof createCampaignBody>;

/** `PATCH /api/campaigns/:id`: any subset; `status` moves it along draft → active → ended. */
export const updateCampaignBody = v.pipe(
  v.strictObject({
    slug: v.optional(slug),
    title: v.optional(title),
    description: v.optional(description),
    hashtags: v.optional(hashtags),
    startsOn: v.optional(calendarDay),
    endsOn: v.optional(calendarDay),
    targetShares: v.optional(target),
    targetClicks: v.optional(target),
    coverKey: v.optional(coverKey),
    coverAlt: v.optional(coverAlt),
    provinces: v.optional(provinceList),
    stories: v.optional(storyIdList),
    lessonId: v.optional(lessonId),
    status: v.optional(v.picklist(campaignStatuses)),
  }),
  v.check((input) => Object.keys(input).length > 0, 'Nothing to change'),
);
export type UpdateCampaignInput = v.InferOutput<typeof updateCampaignBody>;

export const campaignStoriesBody = v.strictObject({ stories: storyIdList });
export const campaignProvincesBody = v.strictObject({ provinces: provinceList });

export const campaignIdParam = v.object({
  id: v.pipe(v.string(), v.regex(/^[1-9]\d{0,9}$/, 'Use the campaign’s number, e.g. 3'), v.transform(Number)),
});
export const campaignSlugParam = v.object({ slug: v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z0-9-]+$/, 'Use the campaign’s slug, like tet-2026 (see /api/campaigns)')) });

export const campaignListQuery = v.object({
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'A number'), v.transform(Number), v.minValue(1), v.maxValue(50)), '50'),
});

/** What an editor typed to find stories by title; long pastes are cut to their first words, never refused. */
export const storySearchQuery = v.object({
  q: v.optional(v.pipe(v.string(), v.maxLength(2048, 'At most 2048 characters')), ''),
});

/** `POST /api/campaigns/:id/stories`: add one published story at the end. */
export const addCampaignStoryBody = v.strictObject({ story: storyId });

export const campaignStoryParam = v.object({
  id: v.pipe(v.string(), v.regex(/^[1-9]\d{0,9}$/, 'Use the campaign’s number, e.g. 3'), v.transform(Number)),
  storyId: v.pipe(v.string(), v.regex(/^[1-9]\d{0,9}$/, 'A story id'), v.transform(Number)),
});

/** The no-JS forms: which story (a hidden field, never typed) and, to move it, which way. */
const formStoryId = v.pipe(v.string('Choose a story'), v.regex(/^[1-9]\d{0,9}$/, 'Choose a story'), v.transform(Number));
export const storyPickForm = v.object({ story: formStoryId, q: v.optional(v.pipe(v.string(), v.maxLength(2048)), '') });
export const storyMoveForm = v.object({ story: formStoryId, direction: v.picklist(['up', 'down'] as const, 'Up or down') });
