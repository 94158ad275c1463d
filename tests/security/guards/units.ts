import type { DomainGuards } from './types';

/** Units as data: editors read (they invite people into units), admins change. */
export const unitsGuards: DomainGuards = {
  domain: 'units',
  public: [],
  guarded: [
    { method: 'GET', path: '/api/units', role: 'editor' },
    { method: 'POST', path: '/api/units', role: 'admin', body: { name: 'Chi bộ kiểm tra quyền', provinceCode: 'HNI' } },
    { method: 'PATCH', path: '/api/units/:id', role: 'admin', body: { name: 'Đổi tên' } },
    { method: 'DELETE', path: '/api/units/:id', role: 'admin' },
    { method: 'GET', path: '/editor/units', role: 'editor' },
    { method: 'POST', path: '/editor/units', role: 'admin' },
    { method: 'GET', path: '/editor/units/:id', role: 'admin' },
    { method: 'POST', path: '/editor/units/:id', role: 'admin' },
    { method: 'POST', path: '/editor/units/:id/active', role: 'admin' },
    { method: 'POST', path: '/editor/units/:id/delete', role: 'admin' },
  ],
};
