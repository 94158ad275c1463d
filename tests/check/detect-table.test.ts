import { describe, expect, it } from 'vitest';
import { detectText } from '../../workers/check/detect';
import { BUILTIN_TONE_RULES } from '../../workers/check/tone-words';
import { DETECT_TABLE } from './detect-table.data';

const signals = (text: string) =>
  detectText(text, BUILTIN_TONE_RULES)
    .map((f) => `${f.kind}/${f.signal}`)
    .sort();

describe('check before posting: the detector table', () => {
  it('has at least 60 inputs, among them texts that must raise nothing', () => {
    expect(DETECT_TABLE.length).toBeGreaterThanOrEqual(60);
    expect(DETECT_TABLE.filter((r) => r.expect.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it.each(DETECT_TABLE.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    expect(signals(row.text)).toEqual([...row.expect].sort());
  });
});

describe('what a finding shows', () => {
  const find = (text: string, signal: string) => detectText(text, BUILTIN_TONE_RULES).find((f) => f.signal === signal);

  it('masks personal numbers: the start and end only, never the whole number', () => {
    expect(find('Liên hệ chị Hoa 0912 345 678', 'phone')?.matches).toEqual(['0912 *** 678']);
    expect(find('Gọi +84 912 345 678', 'phone')?.matches).toEqual(['0912 *** 678']);
    expect(find('CCCD: 079203004567', 'citizenId')?.matches).toEqual(['079 ****** 567']);
    expect(find('STK 19035678901234 Techcombank', 'bankAccount')?.matches).toEqual(['****** 234']);
  });

  it('hides the house numbers of an address', () => {
    const match = find('Nhà anh Nguyễn Văn Bình ở số 12 ngõ 34 Láng Hạ, ai biết thì đến.', 'addressWithName')?.matches[0] ?? '';
    expect(match).toContain('ngõ');
    expect(match).not.toMatch(/\d/);
  });

  it('shows the marker as it was typed, and the calmer wording for each rude word', () => {
    expect(find('Văn bản TUYỆT MẬT về nhân sự', 'secretMarker')?.matches).toEqual(['TUYỆT MẬT']);
    expect(find('tai lieu\nLuu hanh noi bo', 'internalMarker')?.matches).toEqual(['Luu hanh noi bo']);
    const tone = find('Đồ ngu, lũ khốn nạn', 'insult');
    expect(tone?.matches).toEqual(['Đồ ngu', 'lũ khốn']);
    expect(tone?.suggestions).toEqual(['chưa hiểu rõ', 'sai trái']);
  });

  it('names the claim words behind "no source"', () => {
    expect(find('Có người nói ông chủ tịch xã đã bị bắt', 'noSource')?.matches).toEqual(['Có người nói', 'bị bắt']);
  });

  it('reads text typed with combining accents (NFD, as some phones send it) like the composed form', () => {
    for (const row of DETECT_TABLE) expect(signals(row.text.normalize('NFD'))).toEqual([...row.expect].sort());
  });

  it('raises nothing on empty or blank text, and no tone findings without rules', () => {
    expect(detectText('', BUILTIN_TONE_RULES)).toEqual([]);
    expect(detectText('   \n\t ', BUILTIN_TONE_RULES)).toEqual([]);
    expect(detectText('đồ ngu', [])).toEqual([]);
  });
});
