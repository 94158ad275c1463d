// The words sent to a chat: the verdict in the glossary's words, never a code; a rebuttal caption
// that always fits Telegram's 1,024 characters and always keeps the story's link.
import { describe, expect, it } from 'vitest';
import { verdictStatuses } from '../../schema';
import { term } from '../../web/i18n/glossary';
import { cutText } from '../../workers/tipline/cut-text';
import { CAPTION_LIMIT, rebuttalCaption, verdictText, type RebuttalStory } from '../../workers/tipline/verdict-messages';

const ORIGIN = 'https://lantoa.test';
/** Half an emoji: not valid UTF-8, so a platform refuses the whole message. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const story = (overrides: Partial<RebuttalStory> = {}): RebuttalStory => ({
  slug: 'su-that-ve-thong-bao',
  title: 'Sự thật về thông báo',
  summary: 'Thông báo giả.',
  captions: [],
  hashtags: [],
  replies: [],
  cardUrl: `${ORIGIN}/cards/1-0123456789abcdef-square.png`,
  cardAlt: 'Thẻ chia sẻ: Sự thật về thông báo',
  ...overrides,
});

describe('verdict text', () => {
  it.each(verdictStatuses)('%s reads in words in both languages', (status) => {
    for (const lang of ['vi', 'en'] as const) {
      const text = verdictText(lang, ORIGIN, { status, verdictSummary: null }, null);
      expect(text.split('\n')[0]).toContain(term(lang, 'caseStatus', status));
      expect(text).not.toMatch(new RegExp(`\\b${status}\\b`));
      expect(text).toContain(`${ORIGIN}/tra-cuu`);
    }
  });
});

describe('rebuttal caption', () => {
  it('cuts a long suggested caption to fit, keeping the instruction and the link', () => {
    const caption = rebuttalCaption('vi', ORIGIN, story({ captions: ['Sự thật: '.repeat(300)], hashtags: ['KiểmChứng'] }));
    expect(caption.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(caption.startsWith('Lan Tỏa đã đăng bài phản bác')).toBe(true);
    expect(caption.endsWith(`${ORIGIN}/stories/su-that-ve-thong-bao`)).toBe(true);
    expect(caption).toContain('…');
  });

  it('falls back to the summary when the story has no suggested caption, with its hashtags', () => {
    const caption = rebuttalCaption('en', ORIGIN, story({ hashtags: ['KiểmChứng', 'LanTỏa'] }));
    expect(caption).toContain('Thông báo giả.\n\n#KiểmChứng #LanTỏa');
    expect(caption).toContain('where you saw the rumour');
  });
});

describe('the reply kit in a chat', () => {
  const long = `${'Thông tin này chưa chính xác, mời bạn đọc bài kiểm chứng. '.repeat(5)}`.slice(0, 300).trim();

  it('the verdict text carries the first reply, labelled, with the link appended when the reply lacks it', () => {
    const text = verdictText('vi', ORIGIN, { status: 'false', verdictSummary: 'Sai.' }, story({ replies: ['Tin này sai, bạn nhé.', 'Câu hai.'] }));
    expect(text).toContain(`Bạn có thể trả lời bài sai bằng:\nTin này sai, bạn nhé.\n${ORIGIN}/stories/su-that-ve-thong-bao`);
    expect(text).not.toContain('Câu hai.');
  });

  it('a reply that already carries the link is sent as written (no second link)', () => {
    const reply = `Mời bạn đọc: ${ORIGIN}/stories/su-that-ve-thong-bao`;
    const text = verdictText('en', ORIGIN, { status: 'false', verdictSummary: null }, story({ replies: [reply] }));
    expect(text).toContain(`You can reply to the false post with:\n${reply}\n\n`);
  });

  it('a card caption with a 300-character reply and a very long caption still fits 1,024 and ends with the link', () => {
    const caption = rebuttalCaption('vi', ORIGIN, story({ captions: ['Sự thật: '.repeat(300)], replies: [long] }), true);
    expect(caption.length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(caption).toContain(long);
    expect(caption.endsWith(`${ORIGIN}/stories/su-that-ve-thong-bao`)).toBe(true);
  });
});

describe('cutting to a platform’s limit', () => {
  it('never splits an emoji in a long rebuttal caption, wherever the cut falls', () => {
    for (const lead of ['', 'x']) {
      const caption = rebuttalCaption('vi', ORIGIN, story({ captions: [`${lead}${'🔥'.repeat(600)}`] }));
      expect(caption.length).toBeLessThanOrEqual(CAPTION_LIMIT);
      expect(caption).not.toMatch(LONE_SURROGATE);
      expect(caption.endsWith(`${ORIGIN}/stories/su-that-ve-thong-bao`)).toBe(true);
    }
  });

  it('cuts by UTF-16 unit, one fewer when the last would be half an emoji', () => {
    expect(cutText('ab🔥c', 3)).toBe('ab');
    expect(cutText('ab🔥c', 4)).toBe('ab🔥');
    expect(cutText('Tin đồn', 100)).toBe('Tin đồn');
  });
});
