// The curated list of insulting or inflaming words, each with a calmer way to say the same
// thing. Editors add more in the desk (/editor/settings/tone, settings row `check.tone.extra`).
// Each entry lists the spellings people actually type: without accents and teencode. Matching
// is on whole words of folded text (workers/check/tone.ts), so "ngu" never fires inside
// "Nguyễn" or "nguồn", and a short accented word typed without accents ("lon", "di") is not
// taken for the insult it could spell.
import type { ToneRule } from './check.types';

type ToneEntry = { word: string; calmer: string; variants?: readonly string[] };

const ENTRIES: readonly ToneEntry[] = [
  // Calling people stupid.
  { word: 'ngu', calmer: 'chưa hiểu rõ', variants: ['ngu dốt', 'ngu si', 'ngu học', 'ngu như bò', 'ngu như lợn', 'đồ ngu', 'thằng ngu', 'con ngu', 'lũ ngu', 'bọn ngu'] },
  { word: 'óc chó', calmer: 'suy nghĩ chưa thấu đáo', variants: ['occho', 'óc lợn', 'não cá vàng', 'não phẳng', 'nao phang'] },
  { word: 'vô học', calmer: 'thiếu hiểu biết', variants: ['đồ vô học', 'vô văn hóa', 'vo van hoa'] },
  { word: 'đần độn', calmer: 'chưa hiểu rõ', variants: ['đồ đần', 'dan don'] },
  { word: 'đồ điên', calmer: 'thiếu bình tĩnh', variants: ['con điên', 'thằng điên', 'bị điên à'] },
  // Calling people vile.
  { word: 'khốn nạn', calmer: 'sai trái', variants: ['đồ khốn', 'thằng khốn', 'lũ khốn', 'khon nan', 'khốn kiếp', 'khon kiep'] },
  { word: 'mất dạy', calmer: 'thiếu lịch sự', variants: ['đồ mất dạy', 'mat day', 'matday'] },
  { word: 'súc vật', calmer: 'người cư xử sai', variants: ['suc vat', 'súc sinh', 'suc sinh', 'đồ súc sinh', 'cầm thú'] },
  { word: 'chó má', calmer: 'đáng chê trách', variants: ['đồ chó', 'thằng chó', 'con chó đẻ', 'chó đẻ', 'đồ chó má'] },
  { word: 'rác rưởi', calmer: 'không có giá trị', variants: ['rac ruoi', 'đồ rác', 'đồ rác rưởi', 'cặn bã xã hội', 'can ba xa hoi'] },
  { word: 'bố láo', calmer: 'không đúng mực', variants: ['bo lao', 'láo toét', 'lao toet', 'láo lếu', 'lao leu', 'hỗn láo', 'hon lao'] },
  { word: 'ăn cháo đá bát', calmer: 'vô ơn', variants: ['an chao da bat'] },
  { word: 'đồ đĩ', calmer: '(bỏ từ này)', variants: ['con đĩ', 'đĩ', 'điếm', 'đồ điếm'] },
  { word: 'mặt dày', calmer: 'thiếu tự trọng', variants: ['mặt mo', 'mat mo', 'vô liêm sỉ', 'vo liem si'] },
  // Swearing, as written and as teencode.
  { word: 'đéo', calmer: 'không', variants: ['đếch', 'đ*o', 'éo'] },
  { word: 'đm', calmer: '(bỏ từ này)', variants: ['dm', 'đmm', 'dmm', 'đ.m', 'd.m', 'địt mẹ', 'dit me', 'đụ má', 'du ma', 'đcm', 'dcm', 'vcl', 'vkl', 'vcc', 'clgt', 'cmm', 'cmnr', 'vãi lồn', 'vai lon', 'lồn', 'cứt', 'đồ cứt'] },
  { word: 'mẹ mày', calmer: '(bỏ từ này)', variants: ['me may', 'bố mày', 'cha mày', 'tiên sư', 'tien su', 'tổ sư', 'to su'] },
  // Calls to violence and hatred.
  { word: 'giết hết', calmer: 'cần được xử lý theo pháp luật', variants: ['giet het', 'đáng chết', 'dang chet', 'đập chết', 'dap chet', 'đánh chết', 'danh chet', 'chém chết', 'chem chet'] },
  { word: 'cút đi', calmer: 'xin hãy dừng lại', variants: ['cut di', 'cút khỏi', 'cut khoi'] },
  { word: 'đồ bán nước', calmer: 'người có quan điểm sai trái', variants: ['lũ bán nước', 'bọn bán nước', 'quân bán nước', 'bo ban nuoc', 'lu ban nuoc', 'việt gian', 'viet gian'] },
  { word: 'ba que', calmer: 'người có quan điểm khác', variants: ['3 que', '3que', 'ba que xỏ lá', 'bò đỏ', 'dư luận viên', 'du luan vien', 'dlv', 'đu càng', 'du cang'] },
  { word: 'bọn chó', calmer: 'những người này', variants: ['lũ chó', 'bọn súc vật', 'lũ súc vật', 'bon cho', 'lu cho'] },
];

/** The repository's list, one rule per spelling. */
export const BUILTIN_TONE_RULES: readonly ToneRule[] = ENTRIES.flatMap((e) =>
  [e.word, ...(e.variants ?? [])].map((word) => ({ word, calmer: e.calmer })),
);

/**
 * Accentless "ngu" is also "ngủ" (sleep): typed without accents next to these words it is
 * read as sleep ("di ngu", "ngu ngon"). Folded text, whole words.
 */
export const BENIGN_AROUND: Readonly<Record<string, { before?: RegExp; after?: RegExp }>> = {
  ngu: {
    before: /(?:^|[^a-z0-9])(?:di|buon|giac|phong|gio|chua|dang|da|mat|chop|ru|thuc|hay|muon|can|nen|roi)\s+$/,
    after: /^\s+(?:ngon|day|som|trua|tiep|quen|gat|say|nuong|duoc|khong|di|roi|mot|lai|it|nhieu|muon|tren|o)(?![a-z0-9])/,
  },
};

/**
 * Accented words whose accentless spelling is an everyday phrase ("con di" = "còn đi",
 * "lon" = a can): they count only when typed with their accents.
 */
export const ACCENTS_ONLY: ReadonlySet<string> = new Set(['con đĩ', 'đồ đĩ', 'đĩ', 'điếm', 'đéo', 'đếch', 'éo', 'lồn', 'cứt', 'đồ cứt', 'con điên', 'đồ điên']);
