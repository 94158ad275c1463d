// Cutting text to a platform's limit. The limits count UTF-16 units (Telegram's do, like JS strings),
// so the cut is by unit, but never between the two halves of an emoji: a lone surrogate is not valid
// UTF-8, so a report refuses it as broken text and a platform refuses the whole message (a 400, which
// the outbound queue drops as "gone").

/** The first `max` UTF-16 units of `text`, one fewer when the last would be half an emoji. */
export function cutText(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** U+FFFD (a decoder's stand-in for bytes it could not read) and lone surrogates (half an emoji). */
const GARBLED = /\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text copied from a garbled post often carries U+FFFD; the web form refuses it as broken text,
 * but a chat user cannot fix what they forwarded. So the tipline drops those characters (and any
 * half emoji) and files the rest; spaces left doubled by the removal are folded.
 */
export function withoutGarbled(text: string): string {
  if (!GARBLED.test(text)) return text;
  return text.replace(new RegExp(GARBLED.source, 'g'), '').replace(/[ \t]{2,}/g, ' ').trim();
}
