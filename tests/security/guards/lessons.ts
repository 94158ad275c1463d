import type { DomainGuards } from './types';

const content = {
  title: 'Kiểm tra quyền',
  body: 'Nội dung',
  questions: Array.from({ length: 5 }, () => ({ prompt: 'Câu hỏi', options: [{ text: 'A', explanation: 'Vì A' }, { text: 'B', explanation: 'Vì B' }], correct: 0 })),
};

/** The lessons desk: editors and admins only (approving is further limited to national accounts inside). */
export const lessonsGuards: DomainGuards = {
  domain: 'lessons',
  public: [],
  guarded: [
    { method: 'GET', path: '/api/lessons', role: 'editor' },
    { method: 'POST', path: '/api/lessons', role: 'editor', body: content },
    { method: 'GET', path: '/api/lessons/:id', role: 'editor' },
    { method: 'PATCH', path: '/api/lessons/:id', role: 'editor', body: { revision: 1, title: 'Kiểm tra quyền' } },
    { method: 'POST', path: '/api/lessons/:id/submit', role: 'editor' },
    { method: 'POST', path: '/api/lessons/:id/approve', role: 'editor', body: { revision: 1 } },
    { method: 'POST', path: '/api/lessons/:id/reject', role: 'editor', body: { reason: 'Kiểm tra quyền' } },
    { method: 'POST', path: '/api/lessons/:id/archive', role: 'editor' },
    { method: 'GET', path: '/editor/lessons', role: 'editor' },
    { method: 'GET', path: '/editor/lessons/new', role: 'editor' },
    { method: 'POST', path: '/editor/lessons', role: 'editor' },
    { method: 'GET', path: '/editor/lessons/:id', role: 'editor' },
    { method: 'POST', path: '/editor/lessons/:id', role: 'editor' },
    { method: 'GET', path: '/editor/lessons/:id/preview', role: 'editor' },
    { method: 'POST', path: '/editor/lessons/:id/submit', role: 'editor' },
    { method: 'POST', path: '/editor/lessons/:id/approve', role: 'editor' },
    { method: 'POST', path: '/editor/lessons/:id/reject', role: 'editor' },
    { method: 'POST', path: '/editor/lessons/:id/archive', role: 'editor' },
  ],
};
