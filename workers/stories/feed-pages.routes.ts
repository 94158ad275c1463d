import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { FeedPage } from '../../web/pages/feed/feed-page';
import { GuidelinesPage } from '../../web/pages/feed/guidelines-page';
import { StoryPage } from '../../web/pages/feed/story-page';
import { t, type MessageKey } from '../../web/i18n';
import { WithdrawnStoryPage } from '../../web/pages/campaigns/withdrawn-story-page';
import { campaignByRef } from '../campaigns/campaign-ref';
import { feedTopFor } from '../campaigns/feed-top';
import { AppError } from '../core/errors';
import type { AppEnv } from '../core/types';
import { toFieldErrors, validate } from '../core/validate';
import { withdrawnStoryBySlug } from '../notices/notices.queries';
import { cacheAnonymous } from './cache';
import { CACHED_ROUTES } from './cache-routes';
import { encodeCursor } from './cursor';
import { findPublishedStory, latestStoriesQuery, listFeed, sitemapQuery } from './feed.queries';
import { DEFAULT_LIMIT, FEED_PARAMS, feedQuerySchema, slugParamSchema, type FeedQuery } from './feed.schemas';
import { feedItem, storyDetail } from './present';
import { pickRelated } from './related.queries';
import { renderStorySlots, storyScripts } from './story-slots';
import { rssXml, sitemapXml } from './syndication';

/** Items in /feed.xml. */
export const RSS_ITEMS = 30;
/**
 * URLs in /sitemap.xml: the newest published stories.
 * NOTE: past this, a sitemap index with keyset-paged child sitemaps is the next step.
 */
export const SITEMAP_STORIES = 10_000;

const origin = (c: Context<AppEnv>) => new URL(c.req.url).origin;

/**
 * Path and query for the language switch: only the parameters in the cache key
 * (set by `cacheAnonymous`), never the rest of the URL, which the key does not hold.
 */
const pagePath = (c: Context<AppEnv>): string => c.var.pagePath ?? new URL(c.req.url).pathname;

/** The page's filters; `campaign` by slug (the page resolves a number to its campaign's slug). */
type Filters = Pick<FeedQuery, 'province' | 'category' | 'tag' | 'q'> & { campaign?: string };

function feedHref(filters: Filters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'province', 'category', 'tag', 'campaign'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [k, val] of Object.entries(extra)) params.set(k, val);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

/**
 * The feed page's query: the same schema as the API, but a bad filter does not
 * cost the reader the page: it is dropped, named in a notice, and the answer is a 400.
 */
function parseFeedPageQuery(raw: Record<string, string>): { query: FeedQuery; invalid: string[] } {
  const input: Record<string, string> = {};
  for (const key of FEED_PARAMS) if (raw[key] !== undefined) input[key] = raw[key];
  const first = v.safeParse(feedQuerySchema, input);
  if (first.success) return { query: first.output, invalid: [] };
  const invalid = [...new Set(toFieldErrors(first.issues, 'query').map((e) => e.path))];
  for (const key of invalid) delete input[key];
  const second = v.safeParse(feedQuerySchema, input);
  return { query: second.success ? second.output : { limit: DEFAULT_LIMIT }, invalid };
}

/** The HTML pages of the public feed, RSS and the sitemap. Anonymous answers are edge-cached. */
export const feedPageRoutes = new Hono<AppEnv>()
  .get('/', cacheAnonymous(CACHED_ROUTES.feedPage), async (c) => {
    const lang = c.var.lang;
    const { query: asked, invalid } = parseFeedPageQuery(c.req.query());
    // A campaign named by slug or number; the page links and filters by its slug. An unknown one
    // lists nothing (as a filter matching nothing does), a draft too: the page never tells them apart.
    const campaign = asked.campaign !== undefined ? await campaignByRef(c.var.db, asked.campaign) : null;
    const query = { ...asked, campaign: asked.campaign === undefined ? undefined : (campaign?.slug ?? String(asked.campaign)) };
    const result = await listFeed(c.var.db, query, Date.now());
    const filters: Filters = { province: query.province, category: query.category, tag: query.tag, q: query.q, campaign: query.campaign };
    // Signed-in readers only (their pages are never cached): notices and their province's campaign.
    const top = await feedTopFor(c.var.db, c.var.user, lang, pagePath(c), Date.now());
    const extra: Record<string, string> = query.limit !== DEFAULT_LIMIT ? { limit: String(query.limit) } : {};
    const page = FeedPage({
      lang,
      user: c.var.user,
      path: pagePath(c),
      canonical: origin(c) + feedHref({ province: query.province, category: query.category, tag: query.tag, campaign: query.campaign }),
      values: filters,
      // An accented search's results that match only without accents go under their own heading.
      items: result.items.filter((row) => !row.approximate).map((row) => feedItem(row, origin(c))),
      approximate: result.items.filter((row) => row.approximate).map((row) => feedItem(row, origin(c))),
      pinned: result.pinned.map((row) => feedItem(row, origin(c))),
      nextHref: result.next ? feedHref(filters, { ...extra, cursor: encodeCursor(result.next) }) : null,
      firstPage: query.cursor === undefined,
      invalid: invalid.map((field) => t(lang, `feed.field.${field}` as MessageKey)),
      invalidFields: invalid,
      top,
      campaign: campaign && campaign.status !== 'draft' ? { slug: campaign.slug, title: campaign.title } : null,
    });
    return c.html(page, invalid.length > 0 ? 400 : 200);
  })
  .get('/stories/:slug', cacheAnonymous(CACHED_ROUTES.storyPage), validate('param', slugParamSchema), async (c) => {
    const { slug } = c.req.valid('param');
    const found = await findPublishedStory(c.var.db, slug);
    if (!found) {
      // A withdrawn story tells those following old shared links why it is gone.
      const withdrawn = await withdrawnStoryBySlug(c.var.db, slug);
      if (withdrawn) return c.html(WithdrawnStoryPage({ lang: c.var.lang, user: c.var.user, path: pagePath(c), story: withdrawn }), 410);
      throw new AppError('NOT_FOUND', `No published story with slug "${slug}"`);
    }
    const story = storyDetail(found, origin(c));
    const slots = await renderStorySlots({ story, lang: c.var.lang, origin: origin(c), user: c.var.user, db: c.var.db, env: c.env });
    const related = pickRelated(found.related, found);
    return c.html(
      StoryPage({
        lang: c.var.lang,
        user: c.var.user,
        path: pagePath(c),
        origin: origin(c),
        story,
        image: slots.image,
        head: slots.head,
        aside: slots.aside,
        scripts: storyScripts,
        related: related.map((row) => feedItem(row, origin(c))),
      }),
    );
  })
  .get('/guidelines', cacheAnonymous(CACHED_ROUTES.guidelines), (c) =>
    c.html(GuidelinesPage({ lang: c.var.lang, user: c.var.user, path: pagePath(c), canonical: `${origin(c)}/guidelines` })),
  )
  .get('/feed.xml', cacheAnonymous(CACHED_ROUTES.rss), async (c) => {
    const stories = await latestStoriesQuery(c.var.db, RSS_ITEMS);
    const xml = rssXml({ origin: origin(c), title: t('vi', 'site.name'), description: t('vi', 'rss.description') }, stories);
    return c.body(xml, 200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
  })
  .get('/sitemap.xml', cacheAnonymous(CACHED_ROUTES.sitemap), async (c) => {
    const stories = await sitemapQuery(c.var.db, SITEMAP_STORIES);
    const xml = sitemapXml(origin(c), [
      { path: '/', lastModified: stories[0]?.publishedAt },
      { path: '/guidelines' },
      ...stories.map((s) => ({ path: `/stories/${s.slug}`, lastModified: s.updatedAt })),
    ]);
    return c.body(xml, 200, { 'Content-Type': 'application/xml; charset=utf-8' });
  });
