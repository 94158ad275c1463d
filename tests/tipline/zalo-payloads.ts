// Zalo Bot Platform webhook bodies, shaped like the samples in https://bot.zaloplatforms.com/docs/webhook/
// (wrapped in `{ ok, result }`) and like what OpenClaw's Zalo channel receives live (the bare event).
// Ids are 20-hex-digit strings as in the docs' samples; dates are milliseconds.

const USER = '6ede9afa66b88fe6d6a9';

type ZaloMessageFields = Record<string, unknown> & { message_id?: string };

/** One received message as Zalo's docs show it: `{ ok: true, result: { event_name, message } }`. */
export function zaloWrapped(eventName: string, fields: ZaloMessageFields, chat: { id?: string; chat_type?: string } = {}) {
  return {
    ok: true,
    result: {
      event_name: eventName,
      message: {
        from: { id: USER, display_name: 'Ted', is_bot: false },
        chat: { id: chat.id ?? USER, chat_type: chat.chat_type ?? 'PRIVATE' },
        message_id: fields.message_id ?? '2d758cb5e222177a4e35',
        date: 1750316131602,
        ...fields,
      },
    },
  };
}

/** The same event without the envelope (how OpenClaw reports the live webhook). */
export function zaloBare(eventName: string, fields: ZaloMessageFields, chat: { id?: string; chat_type?: string } = {}) {
  return zaloWrapped(eventName, fields, chat).result;
}

export const ZALO_USER_ID = USER;

export const zaloText = (text: string, messageId = '2d758cb5e222177a4e35') =>
  zaloWrapped('message.text.received', { text, message_id: messageId });

export const zaloTextWithLink = (messageId = '7f3a0c1e9b2d4a6c8e01') =>
  zaloWrapped('message.text.received', {
    text: 'Nghe nói uống nước chanh nóng chữa được ung thư, thật không? https://www.facebook.com/share/p/1AbCdEfGh/ ',
    message_id: messageId,
  });

export const zaloImage = (caption: string | undefined, photo = 'https://f27-zpc.zdn.vn/7324234751576943730/71fd237d1624b07ae935.jpg') =>
  zaloWrapped('message.image.received', { photo, ...(caption === undefined ? {} : { caption }), message_id: '82599fa32f56d00e8941' });

export const zaloSticker = () =>
  zaloWrapped('message.sticker.received', {
    sticker: '0e078a2fb66a5f34067b',
    url: 'https://zalo-api.zadn.vn/api/emoticon/sticker/webpc?eid=46991&size=130',
    message_id: '9a1b2c3d4e5f60718293',
  });

/** What arrives from users whose content Zalo withholds by law (children, and others): no text, no photo. */
export const zaloUnsupported = () => zaloWrapped('message.unsupported.received', { message_id: 'aa00bb11cc22dd33ee44' });

export const zaloGroupText = (text: string) =>
  zaloWrapped('message.text.received', { text, message_id: 'bb11cc22dd33ee44ff55' }, { id: 'f1e2d3c4b5a697887766', chat_type: 'GROUP' });
