import { describe, expect, it } from 'vitest';
import { BarChart, LineChart, niceMax, shorten, tickValues } from '../../web/components/charts';
import { formatDay, formatNumber } from '../../web/pages/campaigns/format';
import { median } from '../../workers/stats/stats.queries';
import { addDays, daysBetween, isCalendarDay, vnDayStart } from '../../workers/stats/days';

describe('chart helpers', () => {
  it('round axis maxima up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 180, 201, 999].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 200, 500, 1000]);
  });

  it('put gridlines on whole numbers', () => {
    expect(tickValues(1)).toEqual([0, 1]);
    expect(tickValues(2)).toEqual([0, 1, 2]);
    expect(tickValues(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(tickValues(200)).toEqual([0, 50, 100, 150, 200]);
  });

  it('shorten long labels on a character boundary, keeping Vietnamese letters whole', () => {
    expect(shorten('Thành phố Hồ Chí Minh', 10)).toBe('Thành phố…');
    expect(shorten('Huế', 10)).toBe('Huế');
  });

  it('take the median of an even and an odd count', () => {
    expect(median([])).toBeNull();
    expect(median([30, 10, 2])).toBe(10);
    expect(median([10, 30])).toBe(20);
  });
});

describe('a line chart', () => {
  const svg = String(
    LineChart({
      id: 'c',
      title: 'Chia sẻ <theo ngày>',
      desc: 'Mô tả',
      labels: ['01/03', '02/03', '03/03'],
      series: [
        { name: 'Lượt chia sẻ', values: [0, 5, 10], className: 'series-shares' },
        { name: 'Lượt truy cập', values: [2, 2, 2], className: 'series-clicks' },
      ],
      lang: 'vi',
    }),
  );

  it('is one titled, described image with escaped text', () => {
    expect(svg).toMatch(/<svg class="chart chart-line" viewBox="0 0 720 280" role="img" aria-labelledby="c-title c-desc">/);
    expect(svg).toMatch(/^<div class="chart-scroll" role="region" aria-label="Chia sẻ &lt;theo ngày&gt;">/);
    expect(svg).toContain('<title id="c-title">Chia sẻ &lt;theo ngày&gt;</title><desc id="c-desc">Mô tả</desc>');
  });

  it('plots the highest value at the top of the plot and zero on the baseline', () => {
    // Plot from y=16 (max) to y=240 (zero); x from 72 (room for the y labels) to 692.
    expect(svg).toContain('points="72,240 382,128 692,16"');
  });

  it('uses classes, never inline styles, for colour and dashes', () => {
    expect(svg).not.toContain('style=');
    expect(svg).toContain('<g class="series-clicks">');
  });
});

describe('a bar chart', () => {
  it('draws bars proportional to their values with the value written beside', () => {
    const svg = String(BarChart({ id: 'b', title: 'Kênh', desc: 'Mô tả', bars: [{ label: 'Facebook', value: 1200 }, { label: 'Zalo', value: 600 }], lang: 'vi' }));
    expect(svg).toContain('width="248"');
    expect(svg).toContain('width="124"');
    expect(svg).toContain('>1.200</text>');
  });
});

describe('Vietnam days and formats', () => {
  it('start each day at midnight in Vietnam', () => {
    expect(new Date(vnDayStart('2026-03-01')).toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(daysBetween('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
  });

  it('write numbers and days the Vietnamese and the English way', () => {
    expect(formatNumber('vi', 1234567)).toBe('1.234.567');
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('vi', 2.5)).toBe('2,5');
    expect(formatDay('vi', '2026-07-05')).toBe('05/07/2026');
    expect(formatDay('en', '2026-07-05')).toBe('5 Jul 2026');
  });
});
