// Finding the link in a message whose platform does not mark links (Zalo; Telegram text without entities).

/** An http(s) address up to the first space or quote. */
const LINK = /https?:\/\/[^\s<>"'“”‘’]+/i;
/** Punctuation that ends a sentence rather than the address ("xem https://…/bai.html."). */
const TRAILING = /[.,;:!?)\]}»…]+$/;

/** The first link in `text`, and the text without it (the reporter's own words). */
export function findLink(text: string): { link: string | null; rest: string } {
  const m = LINK.exec(text);
  if (!m) return { link: null, rest: text };
  const link = m[0].replace(TRAILING, '');
  const rest = (text.slice(0, m.index) + text.slice(m.index + link.length)).replace(/[ \t]{2,}/g, ' ').trim();
  return { link, rest };
}
