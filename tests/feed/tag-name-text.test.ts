// A tag's name is shown on every story that uses the slug, to every reader: invisible
// control and direction characters typed (or pasted) with it must not come along.
import { describe, expect, it } from 'vitest';
import { tagNamesOf } from '../../workers/stories/tag-names';

describe('tag names keep only visible text', () => {
  it('drop control, zero-width and text-direction characters from the name', () => {
    expect(tagNamesOf(['Tình\u202E nguyện', 'Hiến\u200B máu\u0007', '\u2066An toàn\u2069'])).toEqual([
      { slug: 'tinh-nguyen', name: 'Tình nguyện' },
      { slug: 'hien-mau', name: 'Hiến máu' },
      { slug: 'an-toan', name: 'An toàn' },
    ]);
  });
});
