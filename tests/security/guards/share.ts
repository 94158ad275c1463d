import type { DomainGuards } from './types';

/** Share cards, the share kit, tracked links and share figures. */
export const shareGuards: DomainGuards = {
  domain: 'share',
  public: [
    { method: 'GET', path: '/cards/:file', why: 'share cards of published stories: what link previews show' },
    { method: 'GET', path: '/media/thumbs/:name', why: 'list thumbnails of covers and cards, by content-addressed name' },
    { method: 'POST', path: '/api/shares', why: 'anyone may share a published story; members are credited when signed in' },
    { method: 'POST', path: '/share', why: 'the share kit without JS (same-origin form, CSRF-checked)' },
    { method: 'GET', path: '/share/:slug', why: 'the share kit of a published story on a page of its own' },
    { method: 'GET', path: '/l/:code', why: 'tracked links: redirect to the story, count the click' },
  ],
  guarded: [{ method: 'GET', path: '/api/stories/:slug/stats', role: 'editor' }],
};
