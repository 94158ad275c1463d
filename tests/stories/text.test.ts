import { describe, expect, it } from 'vitest';
import { foldVietnamese, normaliseHashtag, normaliseTag, slugify } from '../../workers/stories/text';

describe('foldVietnamese', () => {
  it('strips every tone and vowel mark and folds đ/Đ', () => {
    expect(foldVietnamese('Đà Nẵng')).toBe('Da Nang');
    expect(foldVietnamese('Gương sáng đường làng')).toBe('Guong sang duong lang');
    expect(foldVietnamese('Ầ Ẩ Ẫ Ấ Ậ ự ỹ đ')).toBe('A A A A A u y d');
  });

  it('gives the same result for NFD and NFC input', () => {
    const nfd = 'Huế thương'.normalize('NFD');
    expect(foldVietnamese(nfd)).toBe(foldVietnamese('Huế thương'));
  });
});

describe('slugify', () => {
  it('makes ASCII slugs from Vietnamese titles', () => {
    expect(slugify('Gương sáng Đà Nẵng: 20 năm hiến máu!')).toBe('guong-sang-da-nang-20-nam-hien-mau');
  });

  it('never returns an empty slug', () => {
    expect(slugify('!!!')).toBe('bai-viet');
  });

  it('cuts long titles on the limit without a trailing hyphen', () => {
    const slug = slugify('một '.repeat(50), 20);
    expect(slug.length).toBeLessThanOrEqual(20);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('tags and hashtags', () => {
  it('stores tags as slugs', () => {
    expect(normaliseTag('#Tình nguyện')).toBe('tinh-nguyen');
  });

  it('keeps Vietnamese letters in hashtags but drops spaces and punctuation', () => {
    expect(normaliseHashtag('#Lan Tỏa!')).toBe('LanTỏa');
  });
});
