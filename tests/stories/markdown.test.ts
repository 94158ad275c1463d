import { describe, expect, it } from 'vitest';
import { isSafeHref, markdownToText, renderMarkdown } from '../../workers/stories/markdown';

const REL = 'rel="nofollow noopener noreferrer"';

/** Every href in the HTML, as a browser would resolve it against the site. */
function resolvedLinks(html: string): URL[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => new URL((m[1] ?? '').replace(/&amp;/g, '&'), 'https://lantoa.vn/stories/a'));
}

describe('renderMarkdown', () => {
  it('renders paragraphs, headings, lists, quotes and emphasis', () => {
    const html = renderMarkdown('## Tiêu đề\n\nĐoạn **một** và *hai*.\n\n- a\n- b\n\n1. x\n2. y\n\n> trích dẫn');
    expect(html.replace(/\n/g, '')).toBe(
      '<h2>Tiêu đề</h2><p>Đoạn <strong>một</strong> và <em>hai</em>.</p><ul><li>a</li><li>b</li></ul><ol><li>x</li><li>y</li></ol><blockquote><p>trích dẫn</p></blockquote>',
    );
  });

  it('keeps a single h1 on the story page: `#` headings become h2', () => {
    expect(renderMarkdown('# Lớn\n\n### Nhỏ')).toBe('<h2>Lớn</h2>\n<h3>Nhỏ</h3>\n');
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div onclick="x">a</div>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<div');
    expect(html).toContain('&lt;script&gt;');
  });

  it('loads no images (a reader would fetch from a third party)', () => {
    expect(renderMarkdown('![ảnh](https://tracker.example/p.png)')).not.toContain('<img');
  });

  it('keeps http(s) links with rel=nofollow and drops javascript: links', () => {
    expect(renderMarkdown('[nguồn](https://baochinhphu.vn/a?b=1&c=2)')).toBe(
      `<p><a href="https://baochinhphu.vn/a?b=1&amp;c=2" ${REL}>nguồn</a></p>\n`,
    );
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href');
    expect(renderMarkdown('[x](JaVaScRiPt:alert(1))')).not.toContain('href');
    expect(renderMarkdown('[x](data:text/html,hi)')).not.toContain('href');
    expect(renderMarkdown('<javascript:alert(1)>')).not.toContain('href');
  });

  it('shows a refused link as its label alone, not as Markdown source', () => {
    expect(renderMarkdown('Xem [nguồn](javascript:alert(1)) nhé')).toBe('<p>Xem nguồn nhé</p>\n');
    expect(renderMarkdown('[a](/\\evil.example) và [b](https://a.vn)')).toBe(`<p>a và <a href="https://a.vn" ${REL}>b</a></p>\n`);
  });

  it('refuses mailto:, fragment and relative links: only http(s) and site paths are links', () => {
    for (const src of ['[m](mailto:a@b.vn)', '[f](#phan-2)', '[r](stories/x)', '[t](tel:0900)', '[v](vbscript:x)']) {
      expect(renderMarkdown(src), src).not.toContain('href');
    }
  });

  it('links single-slash site paths without rel, so internal links stay followed', () => {
    expect(renderMarkdown('[tin](/stories/gương-sáng)')).toBe('<p><a href="/stories/g%C6%B0%C6%A1ng-s%C3%A1ng">tin</a></p>\n');
  });

  it('never makes a site-path link that a browser reads as another site', () => {
    const sources = [
      '[a](/\\evil.example)',
      '[a](/\\\\evil.example)',
      '[a](//evil.example)',
      '[a](///evil.example)',
      '[a](/%5Cevil.example)',
      '[a](/%2F/evil.example)',
      '[a](</\t/evil.example>)',
      '[a](</\\/evil.example>)',
      '[a]( /\\evil.example )',
      '[a](https:evil.example)',
      '[a](/\\evil.example "t")',
      '[a]\n\n[a]: /\\evil.example',
      '[a]\n\n[a]: //evil.example',
    ];
    for (const src of sources) {
      for (const url of resolvedLinks(renderMarkdown(src))) expect(url.host, `${src} -> ${url.href}`).toBe('lantoa.vn');
    }
    expect(renderMarkdown('[a](/\\evil.example)')).not.toContain('href');
    expect(renderMarkdown('[a](//evil.example)')).not.toContain('href');
  });

  it('keeps emphasis markers inside URLs instead of turning them into tags in an href', () => {
    expect(renderMarkdown('[x](https://a.vn/_b_)')).toBe(`<p><a href="https://a.vn/_b_" ${REL}>x</a></p>\n`);
    expect(renderMarkdown('[x](https://a.vn/*b*/c)')).toBe(`<p><a href="https://a.vn/*b*/c" ${REL}>x</a></p>\n`);
    expect(renderMarkdown('<https://a.vn/_b_>')).toBe(`<p><a href="https://a.vn/_b_" ${REL}>https://a.vn/_b_</a></p>\n`);
    for (const src of ['https://a.vn/*x*', 'xem https://a.vn/_b_/c nhé', '**https://a.vn/*x*/y**', '[*x*](https://a.vn/*x*)']) {
      const html = renderMarkdown(src);
      for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1], `${src} -> ${html}`).not.toMatch(/[<>]|em|strong/);
      expect(html, src).not.toMatch(/<a [^>]*<(em|strong)/);
    }
  });

  it('turns a pasted http(s) address into a link, with rel, but not a bare domain', () => {
    expect(renderMarkdown('Nguồn: https://baochinhphu.vn/tin-1')).toBe(
      `<p>Nguồn: <a href="https://baochinhphu.vn/tin-1" ${REL}>https://baochinhphu.vn/tin-1</a></p>\n`,
    );
    expect(renderMarkdown('xem baochinhphu.vn')).not.toContain('href');
  });

  it('cannot break out of an attribute through a link', () => {
    for (const src of ['[x](https://a.vn/"onmouseover="alert(1))', '[x](<https://a.vn/" onmouseover="alert(1)>)', "[x](https://a.vn/'x=1)"]) {
      const html = renderMarkdown(src);
      expect(html, src).not.toMatch(/"\s*onmouseover=/);
      expect(html.match(/<a [^>]*>/g)?.every((tag) => /^<a href="[^"]*"( rel="[^"]*")?>$/.test(tag)) ?? true, html).toBe(true);
    }
  });

  it('normalises NFD input to NFC', () => {
    expect(renderMarkdown('Huế'.normalize('NFD'))).toBe('<p>Huế</p>\n');
  });
});

describe('isSafeHref', () => {
  it('accepts http(s) URLs and single-slash paths only', () => {
    expect(isSafeHref('https://a.vn/x')).toBe(true);
    expect(isSafeHref('http://a.vn')).toBe(true);
    expect(isSafeHref('/stories/x?y=1')).toBe(true);
    for (const bad of ['//a.vn', '/\\a.vn', '/%5ca.vn', '/%5Ca.vn', 'javascript:x', 'mailto:a@b.vn', 'https:a.vn', '#x', 'x', '', '/a\tb']) {
      expect(isSafeHref(bad), bad).toBe(false);
    }
  });
});

describe('markdownToText', () => {
  it('gives plain text for descriptions', () => {
    expect(markdownToText('## A\n\n**b** [c](https://x.vn)\n- d')).toBe('A b c d');
  });

  it('keeps raw HTML as the text it is, never as markup', () => {
    expect(markdownToText('a <b>c</b>')).toBe('a <b>c</b>');
  });
});
