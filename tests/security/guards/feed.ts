import type { DomainGuards } from './types';

/** The public feed: published stories only, anonymous reads edge-cached. */
export const feedGuards: DomainGuards = {
  domain: 'feed',
  public: [
    { method: 'GET', path: '/api/provinces', why: 'reference data: the province codes the feed filters accept' },
    { method: 'GET', path: '/api/categories', why: 'reference data: the category codes the feed filters accept' },
    { method: 'GET', path: '/api/stories', why: 'the public feed: published stories only' },
    { method: 'GET', path: '/api/stories/:slug', why: 'one published story; unpublished slugs answer 404' },
    { method: 'GET', path: '/', why: 'the feed page' },
    { method: 'GET', path: '/stories/:slug', why: 'a published story page; unpublished slugs answer 404' },
    { method: 'GET', path: '/guidelines', why: 'the responsible-sharing guide' },
    { method: 'GET', path: '/feed.xml', why: 'RSS of the newest published stories' },
    { method: 'GET', path: '/sitemap.xml', why: 'sitemap of the public pages and published stories' },
  ],
  guarded: [],
};
