// Server-rendered SVG charts: no library, no script, no inline style (colours and
// dash patterns come from campaigns.css). Each chart is one `role="img"` with a
// <title> and a <desc> that says what it shows in words; pages put the same
// figures in a table beside it.
import type { Child } from 'hono/jsx';
import type { Lang } from '../i18n';
import { formatNumber } from '../pages/campaigns/format';

/** A round upper bound for an axis: 1, 2, 5 × 10ⁿ, never below 1. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}

/** Cut a label to `max` characters with an ellipsis (the table beside the chart has it whole). */
export function shorten(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Gridline values from 0 to `max` in whole steps (a quarter or a fifth of `max`, else every unit). */
export function tickValues(max: number): number[] {
  const divisions = max % 4 === 0 ? 4 : max % 5 === 0 ? 5 : max;
  return Array.from({ length: divisions + 1 }, (_, i) => (i * max) / divisions);
}

/** A named region around a chart: the chart scales to the width it is given (viewBox, width 100%), so a phone sees all of it. */
function ChartFrame(props: { label: string; children: Child }) {
  return (
    <div class="chart-scroll" role="region" aria-label={props.label}>
      {props.children}
    </div>
  );
}

export type LineSeries = { name: string; values: number[]; className: string };

/**
 * A line chart over days (`labels`), one polyline per series. Lines differ by
 * dash pattern as well as colour, so they read without colour vision.
 */
export function LineChart(props: { id: string; title: string; desc: string; labels: string[]; series: LineSeries[]; lang: Lang }) {
  const W = 720;
  const H = 280;
  // Room for the y labels at the larger type a phone gets (campaigns.css): "2.000" at 24 units.
  const left = 72;
  const right = 28;
  const top = 16;
  const bottom = 40;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const n = props.labels.length;
  const max = niceMax(Math.max(0, ...props.series.flatMap((s) => s.values)));
  const x = (i: number) => round(left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1)));
  const y = (v: number) => round(top + plotH - (v / max) * plotH);
  const ticks = tickValues(max);
  const labelEvery = Math.max(1, Math.ceil(n / 8));
  return (
    <ChartFrame label={props.title}>
    <svg class="chart chart-line" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${props.id}-title ${props.id}-desc`}>
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.desc}</desc>
      <g class="chart-grid">
        {ticks.map((v) => (
          <line x1={left} x2={W - right} y1={y(v)} y2={y(v)} />
        ))}
      </g>
      <g class="chart-axis chart-axis-y">
        {ticks.map((v) => (
          <text x={left - 8} y={y(v) + 4} text-anchor="end">
            {formatNumber(props.lang, Math.round(v))}
          </text>
        ))}
      </g>
      <g class="chart-axis chart-axis-x">
        {props.labels.map((label, i) =>
          // Counted from the last day, so the latest day is always labelled and labels never crowd.
          (n - 1 - i) % labelEvery === 0 ? (
            <text x={x(i)} y={H - bottom + 20} text-anchor="middle">
              {label}
            </text>
          ) : null,
        )}
      </g>
      {props.series.map((series) => (
        <g class={series.className}>
          <polyline fill="none" points={series.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
          {n <= 62 ? series.values.map((v, i) => <circle cx={x(i)} cy={y(v)} r={n <= 31 ? 3 : 2} />) : null}
        </g>
      ))}
    </svg>
    </ChartFrame>
  );
}

export type Bar = { label: string; value: number };

/** Horizontal bars, biggest first as given, with the value written after each bar. */
export function BarChart(props: { id: string; title: string; desc: string; bars: Bar[]; lang: Lang; className?: string }) {
  // Narrower than the line chart: bar charts sit two to a row on wide screens.
  const W = 480;
  const rowH = 28;
  const labelW = 176;
  const valueW = 56;
  const top = 8;
  const H = top * 2 + Math.max(1, props.bars.length) * rowH;
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  const barW = (v: number) => round(((W - labelW - valueW) * v) / max);
  return (
    <ChartFrame label={props.title}>
    <svg
      class={`chart chart-bars ${props.className ?? ''}`.trim()}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.desc}</desc>
      {props.bars.map((bar, i) => {
        const rowY = top + i * rowH;
        return (
          <g class="chart-bar">
            <text x={labelW - 8} y={rowY + rowH / 2 + 5} text-anchor="end">
              {shorten(bar.label, 22)}
            </text>
            <rect x={labelW} y={rowY + 4} width={Math.max(bar.value > 0 ? 2 : 0, barW(bar.value))} height={rowH - 8} rx={3} />
            <text x={labelW + barW(bar.value) + 6} y={rowY + rowH / 2 + 5} class="chart-value">
              {formatNumber(props.lang, bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
    </ChartFrame>
  );
}
