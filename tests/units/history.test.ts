import { describe, expect, it } from 'vitest';
import { describeEntry, entryText } from '../../web/components/history/describe';

describe('unit changes in the audit log read as sentences', () => {
  it('names the unit, the fields and the kind in words, never codes', () => {
    const entry = {
      id: 1,
      action: 'unit.update',
      target: 'unit:7',
      actorId: 'a',
      actorName: 'Chị Lan',
      before: { name: 'Chi bộ 3', kind: 'other', active: true },
      after: { name: 'Chi bộ khu phố 3', kind: 'party_cell', active: false },
      createdAt: Date.UTC(2026, 10, 29, 15, 55),
    };
    const vi = describeEntry(entry, 'vi');
    expect(vi.target).toEqual({ label: 'đơn vị #7', href: '/editor/units/7' });
    expect(entryText(vi)).toBe('Chị Lan sửa đơn vị #7 (29/11/2026 22:55); Tên đơn vị: Chi bộ 3 → Chi bộ khu phố 3; Loại đơn vị: Khác → Chi bộ; Đang hoạt động: Có → Không');
    expect(entryText(describeEntry({ ...entry, action: 'unit.create', before: null, after: { kind: 'agency' } }, 'en'))).toContain('Chị Lan added unit #7');
  });
});
