import type { DomainGuards } from './types';

/** The tone list of "check before posting": read and changed by any editor (contributors and members refused). */
export const checkToneGuards: DomainGuards = {
  domain: 'check-tone',
  public: [],
  guarded: [
    { method: 'GET', path: '/api/settings/tone', role: 'editor' },
    { method: 'PUT', path: '/api/settings/tone', role: 'editor', body: { words: [{ word: 'đồ tồi', calmer: 'người làm sai' }] } },
    { method: 'GET', path: '/editor/settings/tone', role: 'editor' },
    { method: 'POST', path: '/editor/settings/tone', role: 'editor' },
  ],
};
