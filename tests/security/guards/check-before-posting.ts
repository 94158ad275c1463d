import type { DomainGuards } from './types';

/** Check before posting: anyone may check (rate-limited per address); nothing sent is kept. */
export const checkBeforePostingGuards: DomainGuards = {
  domain: 'check',
  public: [
    { method: 'POST', path: '/api/check', why: 'anyone may check a text or link before posting; rate-limited per address, nothing stored' },
    { method: 'GET', path: '/kiem-tra', why: 'the check page: a form, no data' },
    { method: 'GET', path: '/check', why: 'English alias of /kiem-tra' },
    { method: 'POST', path: '/kiem-tra', why: 'the check form without JavaScript: the same public check' },
    { method: 'POST', path: '/check', why: 'English alias of POST /kiem-tra' },
    { method: 'POST', path: '/kiem-tra/bao-cao', why: 'shows the public report form filled in; stores nothing' },
  ],
  guarded: [],
};
