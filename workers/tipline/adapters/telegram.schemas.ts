// The parts of a Telegram Bot API `Update` the tipline reads (https://core.telegram.org/bots/api#update).
// Loose objects: Telegram adds fields often, and anything we do not read must not make a body "invalid".
import * as v from 'valibot';

const id = v.pipe(v.number(), v.safeInteger());

const entity = v.looseObject({
  type: v.string(),
  offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
  length: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Only on `text_link`: the address behind the words. */
  url: v.optional(v.string()),
});
export type TelegramEntity = v.InferOutput<typeof entity>;

const photoSize = v.looseObject({
  file_id: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
  width: v.optional(v.number()),
  height: v.optional(v.number()),
  file_size: v.optional(v.number()),
});

const chat = v.looseObject({
  id,
  type: v.optional(v.string()),
  username: v.optional(v.string()),
});

/** Bot API 7.0+: where a forwarded message came from (user, hidden_user, chat or channel). */
const forwardOrigin = v.looseObject({
  type: v.string(),
  chat: v.optional(chat),
  message_id: v.optional(id),
});

export const telegramMessage = v.looseObject({
  message_id: id,
  chat,
  from: v.optional(v.looseObject({ id, language_code: v.optional(v.string()) })),
  text: v.optional(v.string()),
  caption: v.optional(v.string()),
  entities: v.optional(v.array(entity)),
  caption_entities: v.optional(v.array(entity)),
  photo: v.optional(v.array(photoSize)),
  forward_origin: v.optional(forwardOrigin),
  /** Before Bot API 7.0 (still sent by some clients' forwards): the channel a post was forwarded from. */
  forward_from_chat: v.optional(chat),
  forward_from_message_id: v.optional(id),
  forward_date: v.optional(v.number()),
});
export type TelegramMessage = v.InferOutput<typeof telegramMessage>;

export const telegramUpdate = v.looseObject({
  update_id: id,
  message: v.optional(v.unknown()),
  edited_message: v.optional(v.unknown()),
});

/** `getFile`'s answer: where the file can be downloaded for the next hour. */
export const telegramFile = v.looseObject({
  ok: v.literal(true),
  result: v.looseObject({
    file_path: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
    file_size: v.optional(v.number()),
  }),
});
