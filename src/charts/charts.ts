/**
 * The three charts of the statistics (issue 8): communications per year, response rate per year,
 * time to first reply. Each is pure and deterministic: data and words in, one `<figure>` string
 * out, holding the caption, the `<svg role="img">` and a visually hidden `<table>` of the same
 * numbers (class `chart-data`) for screen readers and the portal without JavaScript. Every word
 * shown comes from `options.labels`; numbers and years are written with `options.locale`.
 * Data that cannot be charted (no rows, or none valid) gives a small figure with `labels.empty`.
 */
import * as Plot from '@observablehq/plot';
import { REPLY_WINDOW_DAYS } from '../domain/index.js';
import { binDays, deadlinePosition, validEdges, type DayBin } from './bins.js';
import {
  COLORS, dataTable, emptySvg, figureHtml, formatters, integerTicks, leftMargin, legendHtml, plotSvg, sizeOf, thinTicks,
  type ChartOptions, type LegendEntry,
} from './render.js';

export type { ChartOptions } from './render.js';

export interface CommunicationsPerYearLabels {
  /** x axis and first table column, e.g. "Year". */
  readonly year: string;
  /** y axis and second table column, e.g. "Communications sent". */
  readonly communications: string;
  /** Table cell of a year without a count; default "—". */
  readonly missing?: string;
  /** Shown instead of a chart when there is nothing to chart. */
  readonly empty: string;
}

export interface ResponseRateLabels {
  readonly year: string;
  /** y axis, e.g. "Response rate". */
  readonly rate: string;
  /** Legend and table column of `rate`, e.g. "Replied (ever)". */
  readonly ever: string;
  /** Legend and table column of `rateInTime`, e.g. "Replied within 60 days". */
  readonly inTime: string;
  /** Table cell of a year without a rate; default "—". */
  readonly missing?: string;
  readonly empty: string;
}

export interface TimeToReplyLabels {
  /** x axis and first table column, e.g. "Days from sending to first reply". */
  readonly days: string;
  /** y axis and second table column, e.g. "Replies". */
  readonly replies: string;
  /** Beside the deadline mark, e.g. "60-day deadline". */
  readonly deadline: string;
  readonly empty: string;
  /** A closed bin's name from its formatted bounds; default `${from}–${to}`. */
  readonly range?: (from: string, to: string) => string;
  /** The open last bin's name from its formatted lower edge; default `> ${edge}`. */
  readonly over?: (edge: string) => string;
}

export interface TimeToReplyOptions extends ChartOptions<TimeToReplyLabels> {
  /** Inclusive upper edges of the bins in whole days; default 30, 60, 90, 120, 180, 270, 365. */
  readonly edges?: readonly number[];
  /** Where the deadline mark goes; default 60 (the reply window). */
  readonly deadlineDays?: number;
}

export interface YearCount {
  readonly year: number;
  readonly count: number | null;
}

export interface YearRate {
  readonly year: number;
  /** Share 0–1 of communications replied to (as `src/stats` computes it); null: no figure, a gap. */
  readonly rate: number | null;
  /** Share 0–1 replied to within the deadline; omitted on every row: a single line. */
  readonly rateInTime?: number | null;
}

const finiteOrNull = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const clampShare = (v: number | null): number | null => (v === null ? null : Math.min(1, Math.max(0, v)));

/** Whole years, sorted; the x domain runs over every year from first to last (≤ 200 of them). */
function yearDomain(years: readonly number[]): number[] {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined || last - first > 200) return [...years];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function validYear(year: number): boolean {
  return Number.isSafeInteger(year);
}

function empty<L extends { readonly empty: string }>(kind: string, options: ChartOptions<L>): string {
  const { width } = sizeOf(options);
  return figureHtml({ kind, title: options.title, description: options.description, dir: options.dir, svg: emptySvg(options.labels.empty, width) });
}

/**
 * Bars of communications per year. Rows with a year that is not a whole number are left out;
 * rows of the same year are added up; a null or non-finite count is no bar ("—" in the table).
 * Years missing between the first and the last keep an empty slot.
 */
export function communicationsPerYear(rows: readonly YearCount[], options: ChartOptions<CommunicationsPerYearLabels>): string {
  const byYear = new Map<number, number | null>();
  for (const row of rows) {
    if (!validYear(row.year)) continue;
    const count = finiteOrNull(row.count);
    const before = byYear.get(row.year) ?? null;
    byYear.set(row.year, before === null ? count : count === null ? before : before + count);
  }
  const data = [...byYear].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
  if (data.length === 0) return empty('communications', options);
  const { labels } = options;
  const { width, height } = sizeOf(options);
  const f = formatters(options.locale);
  const years = yearDomain(data.map((d) => d.year));
  const max = data.reduce((m, d) => Math.max(m, d.count ?? 0), 0);
  const { top, ticks } = integerTicks(max);
  const marginLeft = leftMargin(ticks.map(f.count));
  const svg = plotSvg({
    width, height, marginLeft, marginTop: 24, marginBottom: 36,
    x: { type: 'band', domain: years, ticks: thinTicks(years, width - marginLeft - 20), tickFormat: (y: number) => f.year(y), label: labels.year, labelArrow: 'none', labelAnchor: 'center', padding: 0.15 },
    y: { domain: [0, top], ticks, tickFormat: (n: number) => f.count(n), label: labels.communications, labelArrow: 'none', grid: true },
    marks: [
      Plot.barY(data.filter((d) => d.count !== null), { x: 'year', y: 'count', fill: COLORS.primary, className: 'chart-bars' }),
      Plot.ruleY([0]),
    ],
  }, options.title, options.description);
  const table = dataTable(options.title, [labels.year, labels.communications],
    data.map((d) => [f.year(d.year), d.count === null ? (labels.missing ?? '—') : f.count(d.count)]));
  return figureHtml({ kind: 'communications', title: options.title, description: options.description, dir: options.dir, svg, table });
}

/**
 * The response rate per year from 0 to 100 %, as one line (`rate`) or two (`rate` solid and
 * `rateInTime` dashed, with a legend). A null rate, and a year missing between the first and the
 * last, break the line: a gap, never a zero. Each year with a rate also gets a dot, so a lone
 * year between gaps stays visible. Shares outside 0–1 are drawn at the edge, tabled as given.
 * Rows of the same year: the last wins.
 */
export function responseRatePerYear(rows: readonly YearRate[], options: ChartOptions<ResponseRateLabels>): string {
  const byYear = new Map<number, { rate: number | null; inTime: number | null }>();
  let twoLines = false;
  for (const row of rows) {
    if (!validYear(row.year)) continue;
    twoLines ||= row.rateInTime !== undefined;
    byYear.set(row.year, { rate: finiteOrNull(row.rate), inTime: finiteOrNull(row.rateInTime) });
  }
  const data = [...byYear].sort(([a], [b]) => a - b).map(([year, v]) => ({ year, ...v }));
  if (data.length === 0) return empty('response-rate', options);
  const { labels } = options;
  const { width, height } = sizeOf(options);
  const f = formatters(options.locale);
  const years = yearDomain(data.map((d) => d.year));
  const given = new Map(data.map((d) => [d.year, d]));
  const series = years.map((year) => {
    const d = given.get(year);
    return { year, rate: clampShare(d?.rate ?? null), inTime: clampShare(d?.inTime ?? null) };
  });
  const shareTicks = [0, 0.2, 0.4, 0.6, 0.8, 1];
  const marginLeft = leftMargin(shareTicks.map(f.percent));
  const lines: Plot.Markish[] = [];
  const legend: LegendEntry[] = [];
  const drawn: readonly { key: 'rate' | 'inTime'; name: string; label: string; color: string; dashed: boolean }[] = [
    { key: 'rate', name: 'ever', label: labels.ever, color: COLORS.primary, dashed: false },
    ...(twoLines ? [{ key: 'inTime' as const, name: 'in-time', label: labels.inTime, color: COLORS.secondary, dashed: true }] : []),
  ];
  for (const s of drawn) {
    lines.push(Plot.lineY(series, { x: 'year', y: s.key, stroke: s.color, strokeWidth: 2, className: `chart-line-${s.name}`, ...(s.dashed ? { strokeDasharray: '6,3' } : {}) }));
    lines.push(Plot.dot(series.filter((d) => d[s.key] !== null), { x: 'year', y: s.key, fill: s.color, r: 3, className: `chart-dots-${s.name}` }));
    legend.push({ label: s.label, color: s.color, dashed: s.dashed });
  }
  const svg = plotSvg({
    width, height, marginLeft, marginTop: 24, marginBottom: 36, marginRight: 24,
    x: { type: 'point', domain: years, ticks: thinTicks(years, width - marginLeft - 24), tickFormat: (y: number) => f.year(y), label: labels.year, labelArrow: 'none', labelAnchor: 'center' },
    y: { domain: [0, 1], ticks: shareTicks, tickFormat: (n: number) => f.percent(n), label: labels.rate, labelArrow: 'none', grid: true },
    marks: [Plot.ruleY([0]), ...lines],
  }, options.title, options.description);
  const missing = labels.missing ?? '—';
  const cell = (v: number | null): string => (v === null ? missing : f.percentPrecise(v));
  const table = dataTable(options.title, [labels.year, ...drawn.map((s) => s.label)],
    data.map((d) => [f.year(d.year), cell(d.rate), ...(twoLines ? [cell(d.inTime)] : [])]));
  return figureHtml({
    kind: 'response-rate', title: options.title, description: options.description, dir: options.dir, svg, table,
    ...(twoLines ? { legend: legendHtml(legend) } : {}),
  });
}

function binName(bin: DayBin, labels: TimeToReplyLabels, count: (n: number) => string): string {
  if (bin.to === null) return labels.over ? labels.over(count(bin.from - 1)) : `> ${count(bin.from - 1)}`;
  return labels.range ? labels.range(count(bin.from), count(bin.to)) : `${count(bin.from)}–${count(bin.to)}`;
}

/**
 * A histogram of days from sending to first reply (see `bins.ts` for the bins; values that are
 * not finite or are negative are not counted), with a dashed mark at the deadline.
 */
export function timeToReplyDistribution(days: readonly number[], options: TimeToReplyOptions): string {
  const edges = validEdges(options.edges);
  const bins = binDays(days, edges);
  if (bins.every((b) => b.count === 0)) return empty('time-to-reply', options);
  const { labels } = options;
  const { width, height } = sizeOf(options);
  const f = formatters(options.locale);
  const names = bins.map((b) => binName(b, labels, f.count));
  const max = bins.reduce((m, b) => Math.max(m, b.count), 0);
  const { top, ticks } = integerTicks(max);
  const marginLeft = leftMargin(ticks.map(f.count));
  const longest = names.reduce((m, s) => Math.max(m, [...s].length), 0);
  const positions = thinTicks(bins.map((_, i) => i + 0.5), width - marginLeft - 20, longest * 6.5 + 10);
  const deadline = deadlinePosition(options.deadlineDays ?? REPLY_WINDOW_DAYS, edges);
  const nearEnd = deadline !== null && deadline > bins.length * 0.7;
  const data = bins.map((b, index) => ({ index, count: b.count }));
  const marks: Plot.Markish[] = [
    Plot.rectY(data, { x1: 'index', x2: (d: { index: number }) => d.index + 1, y1: 0, y2: 'count', insetLeft: 2, insetRight: 2, fill: COLORS.primary, className: 'chart-bars' }),
    Plot.ruleY([0]),
  ];
  if (deadline !== null) {
    marks.push(Plot.ruleX([deadline], { x: (d: number) => d, stroke: COLORS.secondary, strokeWidth: 2, strokeDasharray: '6,3', className: 'chart-deadline' }));
    marks.push(Plot.text([deadline], {
      x: (d: number) => d, frameAnchor: 'top', lineAnchor: 'top', dy: 2, dx: nearEnd ? -5 : 5,
      textAnchor: nearEnd ? 'end' : 'start', text: () => labels.deadline, fill: COLORS.secondary, className: 'chart-deadline-label',
    }));
  }
  const svg = plotSvg({
    width, height, marginLeft, marginTop: 24, marginBottom: 36, marginRight: 20,
    x: { type: 'linear', domain: [0, bins.length], ticks: positions, tickSize: 0, tickFormat: (v: number) => names[Math.floor(v)] ?? '', label: labels.days, labelArrow: 'none', labelAnchor: 'center' },
    y: { domain: [0, top * 1.15], ticks, tickFormat: (n: number) => f.count(n), label: labels.replies, labelArrow: 'none', grid: true },
    marks,
  }, options.title, options.description);
  const table = dataTable(options.title, [labels.days, labels.replies], bins.map((b, i) => [names[i] ?? '', f.count(b.count)]));
  return figureHtml({ kind: 'time-to-reply', title: options.title, description: options.description, dir: options.dir, svg, table });
}
