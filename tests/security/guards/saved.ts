import type { DomainGuards } from './types';

/** "Lưu để chia sẻ sau": the saved list's shell; the stories themselves never leave the reader's phone. */
export const savedGuards: DomainGuards = {
  domain: 'saved',
  public: [
    { method: 'GET', path: '/da-luu', why: 'the saved list’s shell: no data, the list is on the reader’s phone' },
    { method: 'GET', path: '/saved', why: 'English alias of /da-luu' },
  ],
  guarded: [],
};
