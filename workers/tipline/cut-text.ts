// Cutting text to a platform's limit. The limits count UTF-16 units (Telegram's do, like JS strings),
// so the cut is by unit, but never between the two halves of an emoji: a lone surrogate is not valid
// UTF-8, so a report refuses it as broken text and a platform refuses the whole message (a 400, which
// the outbound queue drops as "gone").

/** The first `max` UTF-16 units of `text`, one fewer when the last would be half an emoji. */
export function cutText(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
