import { sendClick } from './click-send';
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import type { ShareChannel } from '../../schema';
import { HandoffPage } from '../../web/pages/share/handoff-page';
import { SharePage } from '../../web/pages/share/share-page';
import { loadCardContent } from '../cards/card-content';
import { cardMetaFor } from '../cards/card-meta';
import { currentUser, requireRole } from '../auth/middleware';
import { provinceFilter } from '../auth/province-scope';
import { campaignForShare, type ShareCampaign } from '../campaigns/campaign-share';
import { mergeHashtags } from '../campaigns/captions';
import { primaryOnMiss } from '../core/d1-session';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { validate } from '../core/validate';
import { isPreviewBot } from './bots';
import { lookupLink } from './link-cache';
import { addressKey, anonymousReader } from './reader';
import { countShareRequest } from './share-limits';
import { captionWithHashtags, networkLinks, suggestedCaptions, ZALO_HOME, zaloModeFor, type NetworkLinks } from './share-links';
import { createShareBody, linkCodeParam, shareFormBody, sharePageQuery, slugParam, statsQuery } from './share.schemas';
import {
  createShareLink,
  findShareableStory,
  findStoryBySlug,
  storyShareStats,
  type ClickEvent,
  type ShareableStory,
} from './share.queries';

type Shared = { story: ShareableStory; code: string; url: string; text: string; links: NetworkLinks };

/** The key that hashes addresses; without it nothing about a reader could be kept safely, so sharing stops. */
function hashSecret(c: Context<AppEnv>): string {
  const secret = c.env.HASH_SECRET;
  if (secret) return secret;
  console.error('HASH_SECRET is not configured; refusing new share links');
  throw new AppError('UNAVAILABLE', 'Sharing is not configured on this server', { retryAfter: 60 });
}

/** Run `task` after the response when the runtime allows it (tests calling the app bare have no context). */
function inBackground(c: Context<AppEnv>, task: Promise<unknown>): void {
  const guarded = task.catch((err: unknown) => console.error('background task failed', err));
  try {
    c.executionCtx.waitUntil(guarded);
  } catch {
    // No ExecutionContext: the promise still runs, it just is not awaited.
  }
}

/**
 * The tracked link for the caller (member or anonymous) and every network's share URL for it.
 * Limited per member or per address; the same reader asking again for the same story, channel
 * and campaign gets the same link back (and is not counted as another share).
 */
async function share(
  c: Context<AppEnv>,
  input: { story: number | string; channel: ShareChannel; text?: string; campaign?: number | string },
): Promise<Shared> {
  const secret = hashSecret(c);
  const user = c.var.user;
  const ip = c.req.header('cf-connecting-ip') ?? null;
  await countShareRequest(c.env, c.var.db, user ? { userId: user.id } : { addressKey: await addressKey(secret, ip) });
  const reader = user ? `u:${user.id}` : `a:${await anonymousReader(secret, ip, c.req.header('user-agent') ?? null)}`;
  const story = await findShareableStory(c.var.db, input.story);
  if (!story) throw new AppError('NOT_FOUND', `No published story "${input.story}"`);
  // A share credited to a campaign must come from a running campaign that lists the story; its hashtags join the story's.
  const campaign = input.campaign !== undefined ? await campaignForShare(c.var.db, input.campaign, story.id, Date.now()) : null;
  const hashtags = mergeHashtags(story.hashtags, campaign?.hashtags ?? []);
  const { code } = await createShareLink(c.var.db, {
    storyId: story.id,
    channel: input.channel,
    campaignId: campaign?.id ?? null,
    sharer: { userId: user?.id ?? null, provinceCode: user?.provinceCode ?? null, unit: user?.unit ?? null, unitId: user?.unitId ?? null },
    reader,
    now: Date.now(),
  });
  const url = `${new URL(c.req.url).origin}/l/${code}`;
  const edited = input.text?.normalize('NFC').trim();
  // The member's own wording is kept; only the campaign's hashtags are added to it if missing.
  const text = edited ? captionWithHashtags(edited, campaign?.hashtags ?? []) : captionWithHashtags(suggestedCaptions(story)[0] ?? story.title, hashtags);
  // Facebook's dialog takes one hashtag: the campaign's when the share is for one, else the story's first.
  const fbHashtag = campaign?.hashtags[0] ?? story.hashtags[0];
  return { story, code, url, text, links: networkLinks({ url, text, hashtags, zaloOaId: c.env.ZALO_OA_ID, fbAppId: c.env.FB_APP_ID, fbHashtag }) };
}

/** Where the no-JS hand-off page forwards to; null when the member copies the link (copy, Zalo without OA, …). */
function forwardTarget(channel: ShareChannel, links: NetworkLinks, zaloWidget: boolean): string | null {
  switch (channel) {
    case 'facebook':
    case 'x':
    case 'telegram':
    case 'messenger':
      return links[channel];
    case 'zalo':
      return zaloWidget ? links.zalo : null;
    default:
      return null;
  }
}

/** `utm_campaign`: the campaign's id when the link belongs to one, else the hub's name. */
function utmCampaign(campaignId: number | null): string {
  return campaignId ? `campaign-${campaignId}` : 'lan-toa';
}

/** The campaign a share page was opened from, when it still runs and lists the story; an old link just shares plainly. */
async function campaignOfPage(c: Context<AppEnv>, slug: number | string | undefined, storyId: number): Promise<ShareCampaign | null> {
  if (slug === undefined) return null;
  try {
    return await campaignForShare(c.var.db, slug, storyId, Date.now());
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED') return null;
    throw err;
  }
}

/** Browsers' speculative loads are not clicks. */
function isPrefetch(c: Context<AppEnv>): boolean {
  const purpose = `${c.req.header('sec-purpose') ?? ''} ${c.req.header('purpose') ?? ''} ${c.req.header('x-moz') ?? ''}`;
  return /prefetch|prerender|preview/i.test(purpose);
}

export const shareRoutes = new Hono<AppEnv>()
  /** JSON API: `{ story, channel }` → `{ code, url, links }`. */
  .post('/api/shares', validate('json', createShareBody), async (c) => {
    const body = c.req.valid('json');
    const shared = await share(c, body);
    return c.json(
      {
        code: shared.code,
        url: shared.url,
        channel: body.channel,
        story: { id: shared.story.id, slug: shared.story.slug },
        text: shared.text,
        links: shared.links,
        zaloMode: zaloModeFor(c.env.ZALO_OA_ID),
      },
      201,
    );
  })
  /** A story's share kit on a page of its own (published stories only). */
  .get('/share/:slug', validate('param', slugParam), validate('query', sharePageQuery), async (c) => {
    const { slug } = c.req.valid('param');
    const story = await findShareableStory(c.var.db, slug);
    const content = story ? await loadCardContent(c.var.db, story.id) : null;
    if (!story || !content) throw new AppError('NOT_FOUND', `No published story "${slug}"`);
    const campaign = await campaignOfPage(c, c.req.valid('query').campaign, story.id);
    const origin = new URL(c.req.url).origin;
    return c.html(
      SharePage({
        lang: c.var.lang,
        user: c.var.user,
        story: { ...story, url: `${origin}/stories/${story.slug}`, categoryName: content.categoryName, provinceName: content.provinceName },
        card: await cardMetaFor(content, origin, c.var.lang),
        storyUrl: `${origin}/stories/${story.slug}`,
        zaloOaId: c.env.ZALO_OA_ID,
        campaign,
      }),
    );
  })
  /** The share kit without JS: a same-origin page that forwards to the network (or shows the link to copy). */
  .post('/share', validate('form', shareFormBody), async (c) => {
    const form = c.req.valid('form');
    const captions = form.caption === undefined ? [] : Array.isArray(form.caption) ? form.caption : [form.caption];
    const shared = await share(c, { story: form.story, channel: form.channel, text: captions[form.use], campaign: form.campaign });
    const zaloWidget = form.channel === 'zalo' && zaloModeFor(c.env.ZALO_OA_ID) === 'widget';
    const forwardTo = forwardTarget(form.channel, shared.links, zaloWidget);
    c.header('Cache-Control', 'no-store');
    return c.html(
      HandoffPage({
        lang: c.var.lang,
        user: c.var.user,
        channel: form.channel,
        storyTitle: shared.story.title,
        storySlug: shared.story.slug,
        trackedUrl: shared.url,
        forwardTo,
        openZalo: form.channel === 'zalo' && !zaloWidget ? ZALO_HOME : null,
        caption: shared.text,
      }),
    );
  })
  /**
   * The tracked link: 302 to the story with UTM tags. The link comes from a cache when one
   * holds it (links never change), so readers are redirected even while D1 is down; only a
   * link no cache holds and D1 cannot read answers 503. A human click is queued after the
   * response (no D1 write here) and counted once per reader and day by the click consumer;
   * bots, HEAD requests and prefetches are redirected but not counted. Counting never
   * fails a visit: a click that cannot be queued is dropped.
   */
  .get('/l/:code', async (c) => {
    const code = c.req.param('code');
    // A malformed code is just another unknown link: 404, like any code we never issued.
    const target = v.is(linkCodeParam, { code }) ? await lookupLink(c.var.db, code, (task) => inBackground(c, task), primaryOnMiss(c)) : null;
    if (!target) throw new AppError('NOT_FOUND', 'This share link does not exist');
    const location = new URL(`/stories/${target.slug}`, c.req.url);
    location.searchParams.set('utm_source', target.channel);
    location.searchParams.set('utm_medium', 'social');
    location.searchParams.set('utm_campaign', utmCampaign(target.campaignId));

    const userAgent = c.req.header('user-agent') ?? null;
    // Without HASH_SECRET readers cannot be told apart without keeping addresses: nothing is counted.
    const secret = c.env.HASH_SECRET;
    if (secret && c.req.method === 'GET' && !isPreviewBot(userAgent) && !isPrefetch(c)) {
      const ip = c.req.header('cf-connecting-ip') ?? null;
      inBackground(
        c,
        (async () => {
          const click: ClickEvent = {
            code: target.code,
            storyId: target.storyId,
            channel: target.channel,
            campaignId: target.campaignId,
            provinceCode: target.provinceCode,
            unit: target.unit,
            at: Date.now(),
            reader: await anonymousReader(secret, ip, userAgent),
          };
          await sendClick(c.env.CLICKS_QUEUE, c.env.DB, click);
          c.env.EVENTS?.writeDataPoint({ blobs: ['click', target.channel, target.code, target.provinceCode ?? ''], doubles: [1], indexes: [String(target.storyId)] });
        })(),
      );
    }
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    return c.redirect(location.toString(), 302);
  })
  /** Editors' figures for one story: shares and clicks by channel and by day; an editor with a province sees its members' only. */
  .get('/api/stories/:slug/stats', requireRole('editor'), validate('param', slugParam), validate('query', statsQuery), async (c) => {
    const { slug } = c.req.valid('param');
    const story = await findStoryBySlug(c.var.db, slug);
    if (!story) throw new AppError('NOT_FOUND', `No story with slug "${slug}"`);
    const range = c.req.valid('query');
    const scope = provinceFilter(currentUser(c), range.province);
    const stats = await storyShareStats(c.var.db, story.id, range, scope.province);
    return c.json({ story, range: { from: range.from ?? null, to: range.to ?? null }, scope, ...stats });
  });
