import type { DomainGuards } from './types';

/** Campaigns, story pins, the reach dashboard and members' correction notices. */
export const campaignsGuards: DomainGuards = {
  domain: 'campaigns',
  public: [
    { method: 'GET', path: '/api/campaigns', why: 'running and past campaigns (drafts never listed)' },
    { method: 'GET', path: '/api/campaigns/:slug', why: 'one public campaign; drafts answer 404' },
    { method: 'GET', path: '/campaigns', why: 'the campaigns page' },
    { method: 'GET', path: '/campaigns/:slug', why: 'a campaign page; drafts answer 404' },
  ],
  guarded: [
    { method: 'GET', path: '/api/editor/campaigns', role: 'editor' },
    { method: 'GET', path: '/api/editor/campaigns/:id', role: 'editor' },
    { method: 'POST', path: '/api/campaigns', role: 'editor', body: { title: 'Kiểm tra quyền', startsOn: '2026-12-01', endsOn: '2026-12-31' } },
    { method: 'PATCH', path: '/api/campaigns/:id', role: 'editor', body: { title: 'Kiểm tra quyền' } },
    { method: 'PUT', path: '/api/campaigns/:id/stories', role: 'editor', body: { stories: [] } },
    { method: 'PUT', path: '/api/campaigns/:id/provinces', role: 'editor', body: { provinces: [] } },
    { method: 'DELETE', path: '/api/campaigns/:id', role: 'editor' },
    { method: 'POST', path: '/api/stories/:id/pin', role: 'editor', body: { until: '2030-01-01T00:00:00+07:00' } },
    { method: 'DELETE', path: '/api/stories/:id/pin', role: 'editor' },
    { method: 'GET', path: '/editor/campaigns', role: 'editor' },
    { method: 'POST', path: '/editor/campaigns', role: 'editor' },
    { method: 'GET', path: '/editor/campaigns/:id', role: 'editor' },
    { method: 'POST', path: '/editor/campaigns/:id', role: 'editor' },
    { method: 'POST', path: '/editor/campaigns/:id/status', role: 'editor' },
    { method: 'POST', path: '/editor/campaigns/:id/delete', role: 'editor' },
    { method: 'GET', path: '/api/stats/overview', role: 'editor' },
    { method: 'GET', path: '/editor/stats', role: 'editor' },
    { method: 'GET', path: '/api/me/notices', role: 'member' },
    { method: 'POST', path: '/api/me/notices/:id/seen', role: 'member' },
    { method: 'POST', path: '/notices/:id/seen', role: 'member' },
  ],
};
