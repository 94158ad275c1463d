import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemo } from '../helpers/seed';
import { JPEG_BYTES } from '../reports/helpers';
import { fakeTelegramFiles, messageUpdate, nextId, postTelegram, reportsOfChat } from './helpers';

// The bot's commands: what it does (with the verify-before-you-share checklist), a report's
// status by its code, and the newest stories to share back into a group.

beforeAll(async () => {
  await seedDemo();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const CODE = /LT-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/;

async function reportAndCode(chatId: number, url: string): Promise<string> {
  const { sent } = await postTelegram(messageUpdate({ text: url }, { chatId }));
  const code = CODE.exec(String(sent[0]?.text))?.[0];
  if (!code) throw new Error(`no code in ${JSON.stringify(sent)}`);
  return code;
}

describe('/start', () => {
  it('says what the bot does and gives the checklist from the guidelines page, storing no report', async () => {
    const chatId = nextId();
    const { res, sent } = await postTelegram(messageUpdate({ text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] }, { chatId }));
    expect(res.status).toBe(200);
    expect(sent).toHaveLength(1);
    const text = String(sent[0]?.text);
    expect(sent[0]).toMatchObject({ purpose: 'command', chatId: String(chatId) });
    expect(text).toContain('/trangthai');
    expect(text).toContain('/tinmoi');
    expect(text).toContain('Kiểm tra trước khi chia sẻ');
    expect(text).toContain('Nguồn tin có rõ ràng, chính thống không?');
    expect(await reportsOfChat(chatId)).toEqual([]);
    // A command leaves no chat id behind.
    expect(await env.DB.prepare('SELECT count(*) AS n FROM tipline_chats WHERE chat_id = ?').bind(String(chatId)).first('n')).toBe(0);
  });

  it('in English, with /status and /latest', async () => {
    const { sent } = await postTelegram(messageUpdate({ text: '/start' }, { lang: 'en' }));
    const text = String(sent[0]?.text);
    expect(text).toContain('Verify before you share');
    expect(text).toContain('/status <code>');
    expect(text).toContain('/latest');
  });
});

describe('/trangthai <mã>', () => {
  it('gives a new report’s status in words and says the verdict is still to come', async () => {
    const chatId = nextId();
    const code = await reportAndCode(chatId, 'https://example.com/trang-thai-moi');
    const { sent } = await postTelegram(messageUpdate({ text: `/trangthai ${code.toLowerCase()}` }, { chatId }));
    expect(String(sent[0]?.text)).toBe(`Báo cáo ${code}: Mới.\nBiên tập viên chưa có kết luận; tôi sẽ nhắn lại khi có.`);
  });

  it('gives the verdict, its summary and the published rebuttal’s link', async () => {
    const chatId = nextId();
    const code = await reportAndCode(chatId, 'https://example.com/trang-thai-ket-luan');
    const story = await env.DB.prepare(`SELECT id, slug, title FROM stories WHERE status = 'published' ORDER BY id LIMIT 1`).first<{ id: number; slug: string; title: string }>();
    const [report] = await reportsOfChat(chatId);
    await env.DB.prepare(`UPDATE cases SET status = 'false', verdict_summary = 'Không có quy định nào như vậy.', verdict_at = ?, rebuttal_story_id = ? WHERE id = (SELECT case_id FROM reports WHERE id = ?)`)
      .bind(Date.now(), story?.id, report?.id)
      .run();
    const { sent } = await postTelegram(messageUpdate({ text: `/status ${code}` }, { chatId, lang: 'en' }));
    expect(String(sent[0]?.text)).toBe(`Report ${code}: False.\nVerdict: Không có quy định nào như vậy.\n\nRebuttal: ${story?.title}\nhttps://lantoa.test/stories/${story?.slug}`);
  });

  it('says so for an unknown code, a malformed one, and a missing one', async () => {
    const chatId = nextId();
    const unknown = await postTelegram(messageUpdate({ text: '/trangthai LT-2222-2222' }, { chatId }));
    expect(String(unknown.sent[0]?.text)).toBe('Không tìm thấy báo cáo nào có mã LT-2222-2222. Hãy kiểm tra lại mã.');
    const malformed = await postTelegram(messageUpdate({ text: '/trangthai 0000' }, { chatId }));
    expect(String(malformed.sent[0]?.text)).toContain('không phải là mã báo cáo');
    const missing = await postTelegram(messageUpdate({ text: '/trangthai' }, { chatId }));
    expect(String(missing.sent[0]?.text)).toContain('Gõ /trangthai kèm mã báo cáo');
  });
});

describe('/tinmoi', () => {
  it('sends the 5 newest published stories as titles and links, the first with its share card', async () => {
    const { results: newest } = await env.DB.prepare(`SELECT id, slug, title FROM stories WHERE status = 'published' ORDER BY published_at DESC, id DESC LIMIT 5`).all<{ id: number; slug: string; title: string }>();
    expect(newest.length).toBe(5);
    const { sent } = await postTelegram(messageUpdate({ text: '/tinmoi' }));
    expect(sent).toHaveLength(2);
    const [card, list] = sent as { text: string; photoUrl?: string; purpose: string }[];
    expect(card?.photoUrl).toMatch(new RegExp(`^https://lantoa\\.test/cards/${newest[0]?.id}-[0-9a-f]{16}\\.png$`));
    expect(card?.text).toContain(`${newest[0]?.title}\nhttps://lantoa.test/stories/${newest[0]?.slug}`);
    for (const s of newest.slice(1)) expect(list?.text).toContain(`${s.title}\nhttps://lantoa.test/stories/${s.slug}`);
  });

  it('answers a group only when addressed to the bot, in the group', async () => {
    const groupId = nextId();
    const { sent } = await postTelegram(messageUpdate({ text: '/tinmoi@lantoa_bot' }, { chatId: groupId, chatType: 'supergroup' }));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]).toMatchObject({ chatId: String(-groupId), purpose: 'command' });
  });

  it('answers a photo captioned with a command in a group as the command, filing no report from the group', async () => {
    const groupId = nextId();
    const files = fakeTelegramFiles({ grp: { bytes: JPEG_BYTES } });
    const { sent } = await postTelegram(
      messageUpdate({ caption: '/tinmoi@lantoa_bot', photo: [{ file_id: 'grp', file_unique_id: 'ugrp', width: 800, height: 600 }] }, { chatId: groupId, chatType: 'supergroup' }),
    );
    expect(sent[0]).toMatchObject({ chatId: String(-groupId), purpose: 'command' });
    expect(await reportsOfChat(-groupId)).toEqual([]);
    expect(files).toEqual([]);
  });
});

describe('a group with other bots in it', () => {
  const group = () => ({ chatId: nextId(), chatType: 'supergroup' as const });
  const named = { env: { TELEGRAM_BOT_USERNAME: '@LanToa_Bot' } };

  it('with TELEGRAM_BOT_USERNAME set, a command addressed to another bot is ignored (200, nothing said)', async () => {
    const { res, sent } = await postTelegram(messageUpdate({ text: '/tinmoi@otherbot' }, group()), named);
    expect(res.status).toBe(200);
    expect(sent).toEqual([]);
    const { sent: other } = await postTelegram(messageUpdate({ text: '/start@weather_bot' }, group()), named);
    expect(other).toEqual([]);
  });

  it('with TELEGRAM_BOT_USERNAME set, a command addressed to this bot is answered (any letter case)', async () => {
    const { sent } = await postTelegram(messageUpdate({ text: '/tinmoi@lantoa_bot' }, group()), named);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]).toMatchObject({ purpose: 'command' });
  });

  it('an edited command is not answered again', async () => {
    const g = group();
    const first = await postTelegram(messageUpdate({ text: '/tinmoi@lantoa_bot' }, { ...g, messageId: 30 }), named);
    expect(first.sent.length).toBeGreaterThan(0);
    const edited = await postTelegram(messageUpdate({ text: '/tinmoi@lantoa_bot ' }, { ...g, messageId: 30 }, nextId(), 'edited_message'), named);
    expect(edited.res.status).toBe(200);
    expect(edited.sent).toEqual([]);
    // Without the username set too.
    const plain = await postTelegram(messageUpdate({ text: '/trangthai@lantoa_bot' }, { ...g, messageId: 31 }, nextId(), 'edited_message'));
    expect(plain.sent).toEqual([]);
  });
});
