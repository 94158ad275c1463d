// Story bodies are CommonMark rendered by markdown-it (a maintained parser: emphasis,
// lists and links follow the spec instead of regexes, so `_` or `*` inside a URL never
// turns into <em> in an href). Locked down for text written by contributors:
// - no raw HTML (`html: false`: tags are shown as text) and no images (no third-party loads);
// - links only to `http:`/`https:` or to a single-slash path on this site. Anything else
//   (`javascript:`, `data:`, `mailto:`, `//host`, `/\host`, `#x`, `stories/x`) is not a link:
//   the reader sees only its label, as with the old renderer;
// - external links carry rel="nofollow noopener noreferrer"; headings start at h2
//   (the story page's title is the only h1); a pasted http(s) URL becomes a link; no typographer.
import MarkdownItFactory, { type MarkdownIt, type RendererRule } from 'markdown-it';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const EXTERNAL_REL = 'nofollow noopener noreferrer';

/**
 * Whether a link target (as markdown-it normalised it: percent-encoded, so a raw
 * backslash arrives as %5C) may become an href.
 * A browser reads `//host`, `/\host` and `/%5Chost`-after-decoding tricks as another
 * site, so a site path must be `/` followed by something that is neither slash nor backslash.
 */
export function isSafeHref(href: string): boolean {
  if (/[\u0000-\u0020\u007f\\]/.test(href)) return false;
  if (href.startsWith('/')) return !/^\/(\/|%5c|%2f)/i.test(href);
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function createRenderer(): MarkdownIt {
  const md = new MarkdownItFactory('default', { html: false, linkify: true, typographer: false, breaks: false });
  // A pasted `https://…` becomes a link whole (its `*` or `_` stay in the URL); `example.vn` alone stays text.
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  md.disable(['image']);
  // Parse every destination as a link, then unwrap the unsafe ones to their label:
  // refusing them in validateLink would print the raw `[x](javascript:…)` source instead.
  md.validateLink = () => true;
  md.core.ruler.push('unwrap_unsafe_links', (state) => {
    for (const block of state.tokens) {
      if (!block.children) continue;
      const kept: boolean[] = [];
      block.children = block.children.filter((token) => {
        if (token.type === 'link_open') {
          const ok = isSafeHref(String(token.attrGet('href') ?? ''));
          kept.push(ok);
          return ok;
        }
        if (token.type === 'link_close') return kept.pop() ?? true;
        return true;
      });
    }
  });

  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    if (token && !String(token.attrGet('href') ?? '').startsWith('/')) token.attrSet('rel', EXTERNAL_REL);
    return self.renderToken(tokens, idx, options);
  };
  const heading: RendererRule = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    if (token?.tag === 'h1') token.tag = 'h2';
    return self.renderToken(tokens, idx, options);
  };
  md.renderer.rules.heading_open = heading;
  md.renderer.rules.heading_close = heading;
  return md;
}

/** One parser for the isolate: markdown-it holds no per-document state. */
const md = createRenderer();

/**
 * Render a story body to sanitised HTML.
 *
 * @example
 * renderMarkdown('Xin **chào** <script>') // '<p>Xin <strong>chào</strong> &lt;script&gt;</p>\n'
 */
export function renderMarkdown(source: string): string {
  return md.render(source.normalize('NFC'));
}

/** Plain text of a Markdown source (for descriptions, feeds, search snippets): the words a reader sees. */
export function markdownToText(source: string): string {
  const parts: string[] = [];
  for (const block of md.parse(source.normalize('NFC'), {})) {
    if (block.type === 'code_block' || block.type === 'fence') parts.push(block.content);
    for (const child of block.children ?? []) {
      if (child.type === 'text' || child.type === 'code_inline') parts.push(child.content);
      else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
    }
    parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
