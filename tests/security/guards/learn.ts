import type { DomainGuards } from './types';

/** Lessons and quizzes: open to every reader (attempts kept only for signed-in members); completion figures for editors. */
export const learnGuards: DomainGuards = {
  domain: 'learn',
  public: [
    { method: 'GET', path: '/hoc', why: 'published lessons are for every reader' },
    { method: 'GET', path: '/learn', why: 'English alias of /hoc' },
    { method: 'GET', path: '/hoc/:slug', why: 'a published lesson and its quiz (no answers in it)' },
    { method: 'GET', path: '/learn/:slug', why: 'English alias of /hoc/:slug' },
    { method: 'POST', path: '/hoc/:slug', why: 'anyone may take a quiz; only a signed-in member’s attempt is kept (rate-limited)' },
    { method: 'POST', path: '/learn/:slug', why: 'English alias of POST /hoc/:slug' },
    { method: 'GET', path: '/api/learn/lessons', why: 'published lessons as JSON' },
    { method: 'GET', path: '/api/learn/lessons/:slug', why: 'a published lesson without its answers' },
    { method: 'POST', path: '/api/learn/lessons/:slug/attempts', why: 'anyone may take a quiz; only a signed-in member’s attempt is kept (rate-limited)' },
  ],
  guarded: [{ method: 'GET', path: '/api/stats/lessons', role: 'editor' }],
};
