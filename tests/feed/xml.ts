// A strict-enough XML well-formedness check for tests in workerd (which has no
// DOMParser): balanced tags, one root, quoted attributes, no bare `&` or `<`.
// The browser tests parse the same documents with Chromium's XML parser.

const TOKEN =
  /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Throws with a reason when `xml` is not well-formed; returns the root element's name. */
export function assertWellFormedXml(xml: string): string {
  const stack: string[] = [];
  let root: string | null = null;
  for (const m of xml.matchAll(TOKEN)) {
    const [whole, closing, name, attrs, selfClosing, text, stray] = m;
    if (stray) throw new Error(`bare "<" at ${m.index}`);
    if (text !== undefined) {
      if (BAD_AMPERSAND.test(text)) throw new Error(`bare "&" in text near ${JSON.stringify(text.slice(0, 40))}`);
      if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root element');
      continue;
    }
    if (!name) continue; // declaration, comment, CDATA
    if (attrs && BAD_AMPERSAND.test(attrs)) throw new Error(`bare "&" in attribute of <${name}>`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
      continue;
    }
    if (stack.length === 0) {
      if (root !== null) throw new Error(`second root element <${name}>`);
      root = name;
    }
    if (!selfClosing) stack.push(name);
    void whole;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (root === null) throw new Error('no root element');
  return root;
}
