// Verdicts and rebuttal cards go back to the chats that reported a case: once per chat per case,
// in the chat's language, through the outbound queue to the fake Bot API; a lost event is made up
// by the sweep; merged cases are followed; overlapping runs send nothing twice.
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cases, stories, tiplineReports } from '../../schema';
import { cardHash } from '../../workers/cards/card-address';
import { loadCardContent } from '../../workers/cards/card-content';
import { caseEventsOnStoryEvent } from '../../workers/cases/case-events';
import { loadRebuttal, tellChats, tellChatsOnCaseEvent, tiplineVerdictSweepJob } from '../../workers/tipline/verdict-fanout';
import type { OutboundMessage } from '../../workers/tipline/tipline.types';
import { signedInAs } from '../helpers/auth';
import { insertStory } from '../share/fixtures';
import { callApp, db, deliver, envCapturing, fakePlatforms, OUT_QUEUE, seedCase, seedChat, seedTiplineReport } from './outbound-harness';

vi.spyOn(console, 'log').mockImplementation(() => {});
vi.spyOn(console, 'warn').mockImplementation(() => {});

const SUMMARY = 'Bộ Y tế chưa từng ra thông báo này; hình ảnh được cắt ghép từ một bài năm 2019.';

let fake: ReturnType<typeof fakePlatforms> | undefined;
afterEach(() => {
  fake?.restore();
  fake = undefined;
});

async function nationalEditor() {
  return signedInAs('editor', { provinceCode: null });
}

async function decide(caseId: number, body: Record<string, unknown>) {
  const editor = await nationalEditor();
  const { res, sent } = await callApp(`/api/cases/${caseId}`, {
    method: 'PATCH',
    headers: { ...editor.headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return sent as OutboundMessage[];
}

/** Run what was queued through the real consumer against the fake API. */
async function send(messages: unknown[]) {
  fake = fakePlatforms();
  await deliver(
    OUT_QUEUE,
    messages.map((body, i) => ({ id: `out-${i}-${crypto.randomUUID()}`, body })),
  );
  return fake.calls;
}

async function notified(reportId: number) {
  const [row] = await db().select().from(tiplineReports).where(eq(tiplineReports.reportId, reportId));
  return row;
}

describe('a verdict given at the desk', () => {
  it('reaches every chat that reported the case, once each, in its language, replying to the report', async () => {
    const c = await seedCase();
    const viChat = await seedChat({ lang: 'vi' });
    const enChat = await seedChat({ lang: 'en' });
    const r1 = await seedTiplineReport(c.id, viChat.id, '42');
    // The same chat reported the same rumour again: still one message.
    const r2 = await seedTiplineReport(c.id, viChat.id, '43');
    const r3 = await seedTiplineReport(c.id, enChat.id, '7');

    const sent = await decide(c.id, { status: 'false', verdictSummary: SUMMARY });
    expect(sent).toHaveLength(2);

    const calls = await send(sent);
    expect(calls.map((call) => call.method)).toEqual(['sendMessage', 'sendMessage']);
    const toVi = calls.find((call) => call.body.chat_id === viChat.chatId);
    const toEn = calls.find((call) => call.body.chat_id === enChat.chatId);
    expect(toVi?.body.text).toContain('Đã có kết luận: Sai sự thật');
    expect(toVi?.body.text).toContain(SUMMARY);
    expect(toVi?.body.text).toContain('https://lantoa.test/tra-cuu');
    expect(toVi?.body.reply_parameters).toMatchObject({ message_id: 42 });
    expect(toEn?.body.text).toContain('Verdict given: False');
    expect(toEn?.body.text).toContain('https://lantoa.test/tra-cuu?lang=en');
    expect(toEn?.body.reply_parameters).toMatchObject({ message_id: 7 });
    // Nothing a person reads is a code.
    expect(String(toVi?.body.text)).not.toMatch(/\bfalse\b/);

    for (const r of [r1, r2, r3]) expect((await notified(r.id))?.notifiedStatus).toBe('false');
  });

  it('tells nobody twice: the same event again, then the sweep, queue nothing', async () => {
    const c = await seedCase();
    const chat = await seedChat();
    await seedTiplineReport(c.id, chat.id, '5');
    expect(await decide(c.id, { status: 'misleading', verdictSummary: SUMMARY })).toHaveLength(1);

    const again = envCapturing();
    await tellChatsOnCaseEvent({ kind: 'decided', caseId: c.id, status: 'misleading' }, again.env);
    await tellChats(again.env);
    expect(again.sent).toEqual([]);
  });

  it('a changed verdict (reopened, then decided otherwise) is sent; the same verdict again is not', async () => {
    const c = await seedCase();
    const chat = await seedChat();
    await seedTiplineReport(c.id, chat.id);
    expect(await decide(c.id, { status: 'false', verdictSummary: SUMMARY })).toHaveLength(1);
    expect(await decide(c.id, { status: 'reviewing' })).toEqual([]);
    const changed = await decide(c.id, { status: 'not_misinformation', verdictSummary: 'Thông tin đúng.' });
    expect(changed).toHaveLength(1);
    expect(changed[0]?.text).toContain('Không phải tin sai');
    expect(await decide(c.id, { status: 'reviewing' })).toEqual([]);
    expect(await decide(c.id, { status: 'not_misinformation' })).toEqual([]);
  });

  it('a chat that reported a case again after being told its verdict hears nothing new', async () => {
    const c = await seedCase();
    const chat = await seedChat();
    await seedTiplineReport(c.id, chat.id);
    expect(await decide(c.id, { status: 'false', verdictSummary: SUMMARY })).toHaveLength(1);
    const late = await seedTiplineReport(c.id, chat.id, '99');
    const run = envCapturing();
    await tellChats(run.env);
    expect(run.sent).toEqual([]);
    expect((await notified(late.id))?.notifiedStatus).toBe('false');
  });
});

describe('the sweep', () => {
  it('sends a verdict whose event was lost, and a case still open sends nothing', async () => {
    const decided = await seedCase({ status: 'referred' });
    const open = await seedCase({ status: 'reviewing' });
    const chat = await seedChat({ platform: 'zalo' });
    await seedTiplineReport(decided.id, chat.id);
    await seedTiplineReport(open.id, chat.id);

    const run = envCapturing();
    await tellChats(run.env);
    expect(run.sent).toHaveLength(1);
    const calls = await send(run.sent);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ host: 'zalo.fake', method: 'sendMessage', body: { chat_id: chat.chatId } });
    expect(calls[0]?.body.text).toContain('Đã chuyển cơ quan chức năng');
  });

  it('runs from the cron every 5 minutes', async () => {
    const c = await seedCase({ status: 'false', verdictSummary: SUMMARY });
    await seedTiplineReport(c.id, (await seedChat()).id);
    const run = envCapturing();
    const onTheFive = Math.floor(Date.now() / 300_000) * 300_000;
    expect(await tiplineVerdictSweepJob.run(run.env, onTheFive + 60_000)).toMatchObject({ skipped: true });
    expect(run.sent).toEqual([]);
    expect(await tiplineVerdictSweepJob.run(run.env, onTheFive)).toMatchObject({ queued: 1 });
    expect(run.sent).toHaveLength(1);
  });

  it('follows a merge: a report still naming a merged case gets the verdict of the case it was merged into', async () => {
    const target = await seedCase({ status: 'false', verdictSummary: SUMMARY });
    const source = await seedCase({ status: 'reviewing', mergedIntoId: target.id });
    const chat = await seedChat();
    const report = await seedTiplineReport(source.id, chat.id);

    const run = envCapturing();
    await tellChats(run.env);
    expect(run.sent).toHaveLength(1);
    expect((run.sent[0] as OutboundMessage).text).toContain(SUMMARY);
    expect((await notified(report.id))?.notifiedStatus).toBe('false');
  });

  it('two runs at once queue each message once', async () => {
    const c = await seedCase({ status: 'false', verdictSummary: SUMMARY });
    for (let i = 0; i < 5; i++) await seedTiplineReport(c.id, (await seedChat()).id);
    const run = envCapturing();
    await Promise.all([tellChats(run.env), tellChats(run.env), tellChatsOnCaseEvent({ kind: 'decided', caseId: c.id, status: 'false' }, run.env)]);
    expect(run.sent).toHaveLength(5);
    expect(new Set((run.sent as OutboundMessage[]).map((m) => m.chatId)).size).toBe(5);
  });

  it('when the queue refuses, nothing is marked as told, and the next run sends it', async () => {
    const c = await seedCase({ status: 'false', verdictSummary: SUMMARY });
    const chat = await seedChat();
    const report = await seedTiplineReport(c.id, chat.id);
    const broken = { sendBatch: async () => Promise.reject(new Error('Queue send failed')) } as unknown as Queue;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(tellChatsOnCaseEvent({ kind: 'decided', caseId: c.id, status: 'false' }, { ...env, TIPLINE_QUEUE: broken })).rejects.toThrow(/not queued/);
    errors.mockRestore();
    expect((await notified(report.id))?.notifiedStatus).toBeNull();

    const run = envCapturing();
    await tellChats(run.env);
    expect(run.sent).toHaveLength(1);
  });
});

describe('a published rebuttal', () => {
  it('sends each chat the share card as a photo with the suggested caption, the link and what to do with it', async () => {
    const c = await seedCase();
    const chat = await seedChat();
    const enChat = await seedChat({ lang: 'en' });
    const report = await seedTiplineReport(c.id, chat.id, '42');
    await seedTiplineReport(c.id, enChat.id);
    expect(await decide(c.id, { status: 'false', verdictSummary: SUMMARY })).toHaveLength(2);

    const story = await insertStory({
      categoryCode: 'rebuttal',
      provinceCode: 'HNI',
      title: 'Sự thật về “thông báo của Bộ Y tế” lan truyền trên Zalo',
      captions: ['Thông báo này là giả. Đừng chia sẻ tiếp!'],
      hashtags: ['KiểmChứng'],
      // A published story linked as a rebuttal must carry its reply kit (2–3 replies).
      replies: ['Bộ Y tế chưa ra thông báo này, mời bạn đọc bài kiểm chứng.', 'Mong bạn kiểm tra nguồn trước khi chia sẻ.'],
    });
    const sent = await decide(c.id, { rebuttalStoryId: story.id });
    expect(sent).toHaveLength(2);
    const content = await loadCardContent(db(), story.id);
    const cardUrl = `https://lantoa.test/cards/${story.id}-${await cardHash(content!)}-square.png`;
    const storyLink = `https://lantoa.test/stories/${story.slug}`;

    const calls = await send(sent);
    const toVi = calls.find((call) => call.body.chat_id === chat.chatId);
    const toEn = calls.find((call) => call.body.chat_id === enChat.chatId);
    expect(toVi).toMatchObject({ host: 'telegram.fake', method: 'sendPhoto', body: { photo: cardUrl, reply_parameters: { message_id: 42 } } });
    expect(toVi?.body.caption).toContain('ở nơi bạn đã thấy tin đồn');
    expect(toVi?.body.caption).toContain('Thông báo này là giả. Đừng chia sẻ tiếp!');
    expect(toVi?.body.caption).toContain('#KiểmChứng');
    expect(toVi?.body.caption).toContain(storyLink);
    expect(String(toVi?.body.caption).length).toBeLessThanOrEqual(1024);
    expect(toEn?.body.caption).toContain('where you saw the rumour');
    // The verdict went out before the rebuttal existed, so the card carries the first reply, with the link.
    expect(toVi?.body.caption).toContain(`Bạn có thể trả lời bài sai bằng:\nBộ Y tế chưa ra thông báo này, mời bạn đọc bài kiểm chứng.\n${storyLink}`);
    expect(toVi?.body.caption).not.toContain('Mong bạn kiểm tra nguồn');
    expect(toEn?.body.caption).toContain('You can reply to the false post with:\nBộ Y tế chưa ra thông báo này');
    expect((await notified(report.id))?.notifiedRebuttalId).toBe(story.id);

    // Published again (an event repeated): nothing new.
    const again = envCapturing();
    await caseEventsOnStoryEvent({ kind: 'published', storyId: story.id, actorId: null }, again.env);
    expect(again.sent).toEqual([]);
  });

  it('going live through the editorial workflow (a story event) sends the card to chats already told the verdict', async () => {
    const story = await insertStory({ categoryCode: 'rebuttal', status: 'draft', publishedAt: null });
    const c = await seedCase({ status: 'false', verdictSummary: SUMMARY });
    await db().update(cases).set({ rebuttalStoryId: story.id }).where(eq(cases.id, c.id));
    const chat = await seedChat();
    const report = await seedTiplineReport(c.id, chat.id);
    // The verdict was sent already.
    await db().update(tiplineReports).set({ notifiedStatus: 'false' }).where(eq(tiplineReports.reportId, report.id));

    // Still a draft: no card to send.
    const before = envCapturing();
    await tellChats(before.env);
    expect(before.sent).toEqual([]);

    await db().update(stories).set({ status: 'published', publishedAt: Date.now() }).where(eq(stories.id, story.id));
    const run = envCapturing();
    await caseEventsOnStoryEvent({ kind: 'published', storyId: story.id, actorId: null }, run.env);
    expect((run.sent as OutboundMessage[]).map((m) => m.purpose)).toEqual(['rebuttal']);
    expect((run.sent[0] as OutboundMessage).photoUrl).toMatch(new RegExp(`^https://lantoa\\.test/cards/${story.id}-[0-9a-f]{16}-square\\.png$`));
  });

  it('a verdict and a rebuttal both owed: the verdict first (linking the rebuttal), then the card', async () => {
    const story = await insertStory({ categoryCode: 'rebuttal' });
    const c = await seedCase({ status: 'false', verdictSummary: SUMMARY });
    await db().update(cases).set({ rebuttalStoryId: story.id }).where(eq(cases.id, c.id));
    await seedTiplineReport(c.id, (await seedChat()).id);
    const run = envCapturing();
    await tellChats(run.env);
    const sent = run.sent as OutboundMessage[];
    expect(sent.map((m) => m.purpose)).toEqual(['verdict', 'rebuttal']);
    expect(sent[0]?.text).toContain(`https://lantoa.test/stories/${story.slug}`);
  });

  it('the verdict carries the rebuttal’s first reply (with the link), and the card then does not repeat it', async () => {
    const reply = 'Thông tin này không đúng: Bộ Y tế chưa ra thông báo nào như vậy. Mời bạn đọc bài kiểm chứng.';
    const story = await insertStory({ categoryCode: 'rebuttal', replies: [reply, 'Mong bạn kiểm tra nguồn chính thức trước khi chia sẻ.'] });
    const c = await seedCase({ status: 'false', verdictSummary: SUMMARY });
    await db().update(cases).set({ rebuttalStoryId: story.id }).where(eq(cases.id, c.id));
    await seedTiplineReport(c.id, (await seedChat()).id);
    await seedTiplineReport(c.id, (await seedChat({ lang: 'en' })).id);
    const run = envCapturing();
    await tellChats(run.env);
    const sent = run.sent as OutboundMessage[];
    const link = `https://lantoa.test/stories/${story.slug}`;
    const verdicts = sent.filter((m) => m.purpose === 'verdict');
    expect(verdicts.map((m) => m.text)).toEqual([
      expect.stringContaining(`Bạn có thể trả lời bài sai bằng:\n${reply}\n${link}`),
      expect.stringContaining(`You can reply to the false post with:\n${reply}\n${link}`),
    ]);
    // One reply only, never the second; and the card that follows does not say it again.
    for (const m of sent) expect(m.text).not.toContain('Mong bạn kiểm tra nguồn');
    for (const m of sent.filter((x) => x.purpose === 'rebuttal')) expect(m.text).not.toContain(reply);
  });

  it('a rebuttal without replies sends the verdict as before, with no reply line', async () => {
    const story = await insertStory({ categoryCode: 'rebuttal' });
    const c = await seedCase({ status: 'false', verdictSummary: SUMMARY });
    await db().update(cases).set({ rebuttalStoryId: story.id }).where(eq(cases.id, c.id));
    await seedTiplineReport(c.id, (await seedChat()).id);
    const run = envCapturing();
    await tellChats(run.env);
    for (const m of run.sent as OutboundMessage[]) expect(m.text).not.toContain('trả lời bài sai');
  });

  it('an English chat gets the English card (described in English), a Vietnamese chat the Vietnamese one', async () => {
    const story = await insertStory({ categoryCode: 'rebuttal', title: 'Sự thật về tin đồn cắt điện' });
    const en = await loadRebuttal(db(), story.id, 'https://lantoa.test', 'en');
    const vi = await loadRebuttal(db(), story.id, 'https://lantoa.test', 'vi');
    expect(en?.cardAlt).toMatch(/^Share card: Sự thật về tin đồn cắt điện/);
    expect(vi?.cardAlt).toMatch(/^Thẻ chia sẻ: Sự thật về tin đồn cắt điện/);
    // The same drawing: cards are Vietnamese for every reader.
    expect(en?.cardUrl).toBe(vi?.cardUrl);
  });
});
