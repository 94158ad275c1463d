import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from '../../workers/stories/markdown';

describe('renderMarkdown', () => {
  it('renders paragraphs, headings, lists, quotes and emphasis', () => {
    const html = renderMarkdown('## Tiêu đề\n\nĐoạn **một** và *hai*.\n\n- a\n- b\n\n1. x\n2. y\n\n> trích dẫn');
    expect(html).toBe(
      '<h2>Tiêu đề</h2>\n<p>Đoạn <strong>một</strong> và <em>hai</em>.</p>\n<ul><li>a</li><li>b</li></ul>\n<ol><li>x</li><li>y</li></ol>\n<blockquote><p>trích dẫn</p></blockquote>',
    );
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps http(s) links with rel=nofollow and drops javascript: links', () => {
    expect(renderMarkdown('[nguồn](https://baochinhphu.vn/a?b=1&c=2)')).toBe(
      '<p><a href="https://baochinhphu.vn/a?b=1&amp;c=2" rel="nofollow noopener noreferrer">nguồn</a></p>',
    );
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href');
    expect(renderMarkdown('[x](data:text/html,hi)')).not.toContain('href');
  });

  it('cannot break out of an attribute through a link', () => {
    const html = renderMarkdown('[x](https://a.vn/"onmouseover="alert(1))');
    expect(html).not.toMatch(/"\s*onmouseover=/);
  });

  it('normalises NFD input to NFC', () => {
    expect(renderMarkdown('Huế'.normalize('NFD'))).toBe('<p>Huế</p>');
  });
});

describe('markdownToText', () => {
  it('gives plain text for descriptions', () => {
    expect(markdownToText('## A\n\n**b** [c](https://x.vn)\n- d')).toBe('A b c d');
  });
});
