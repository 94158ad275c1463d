// The hand-written renderer that markdown-it replaced, kept for one test only: the seeded
// stories must keep their visible structure (tests/stories/markdown-seed.test.ts). Not used by the app.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function safeHref(raw: string): string | null {
  const href = raw.trim();
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Inline spans on already-escaped text. */
function inline(escaped: string): string {
  return escaped
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, href: string) => {
      // href was escaped with the rest; undo entity escaping before checking it.
      const decoded = href.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const safe = safeHref(decoded);
      if (!safe) return label;
      const external = !safe.startsWith('/');
      return `<a href="${escapeHtml(safe)}"${external ? ' rel="nofollow noopener noreferrer"' : ''}>${label}</a>`;
    })
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/ {2}\n|\\\n/g, '<br>')
    .replace(/\n/g, ' ');
}

type Block = { kind: 'p' | 'h2' | 'h3' | 'ul' | 'ol' | 'quote'; lines: string[] };

function classify(line: string): { kind: Block['kind']; text: string } {
  let m: RegExpMatchArray | null;
  if ((m = line.match(/^###\s+(.*)$/))) return { kind: 'h3', text: m[1] ?? '' };
  if ((m = line.match(/^#{1,2}\s+(.*)$/))) return { kind: 'h2', text: m[1] ?? '' };
  if ((m = line.match(/^[-*]\s+(.*)$/))) return { kind: 'ul', text: m[1] ?? '' };
  if ((m = line.match(/^\d+[.)]\s+(.*)$/))) return { kind: 'ol', text: m[1] ?? '' };
  if ((m = line.match(/^>\s?(.*)$/))) return { kind: 'quote', text: m[1] ?? '' };
  return { kind: 'p', text: line };
}

/**
 * Render the Markdown subset to sanitised HTML.
 *
 * @example
 * renderMarkdown('Xin **chào** <script>') // '<p>Xin <strong>chào</strong> &lt;script&gt;</p>'
 */
export function renderLegacyMarkdown(source: string): string {
  const blocks: Block[] = [];
  for (const raw of source.normalize('NFC').replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, raw.endsWith('  ') ? '  ' : '');
    if (line.trim() === '') {
      blocks.push({ kind: 'p', lines: [] });
      continue;
    }
    const { kind, text } = classify(line.trimStart());
    const last = blocks[blocks.length - 1];
    const continues = last && last.lines.length > 0 && (last.kind === kind || (kind === 'p' && last.kind === 'quote'));
    if (kind === 'h2' || kind === 'h3' || !continues) blocks.push({ kind, lines: [text] });
    else last.lines.push(text);
  }
  return blocks
    .filter((b) => b.lines.length > 0)
    .map((b) => {
      if (b.kind === 'ul' || b.kind === 'ol') {
        return `<${b.kind}>${b.lines.map((l) => `<li>${inline(escapeHtml(l))}</li>`).join('')}</${b.kind}>`;
      }
      const text = inline(escapeHtml(b.lines.join('\n')));
      if (b.kind === 'quote') return `<blockquote><p>${text}</p></blockquote>`;
      return `<${b.kind}>${text}</${b.kind}>`;
    })
    .join('\n');
}

/** Plain text of a Markdown source (for descriptions, feeds, search snippets). */
export function legacyMarkdownToText(source: string): string {
  return source
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_>#`]/g, '')
    .replace(/^\s*([-*]|\d+[.)])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
