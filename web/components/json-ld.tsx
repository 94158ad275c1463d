/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>`, `&` and the
 * JS line separators are escaped as \u sequences, so no value can close the
 * script element or be read as HTML; the JSON means exactly the same.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A schema.org JSON-LD block (Article, ClaimReview, …). Data blocks are not scripts: the CSP allows them. */
export function JsonLd(props: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(props.data) }} />;
}
