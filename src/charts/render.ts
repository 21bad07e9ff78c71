/**
 * The shared half of the charts: running Observable Plot on a linkedom document (no browser, no
 * network, no fonts), and wrapping its SVG in an accessible `<figure>` with a visually hidden data
 * table. Every caller string is escaped here, never handed to linkedom as an attribute (linkedom
 * leaves `&` and `<` raw in attribute values; it does escape text nodes, which is where Plot puts
 * axis labels).
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeHtml } from '../web/html.js';

/** What every chart takes besides its data; `L` is the chart's own set of visible words. */
export interface ChartOptions<L> {
  /** The figure's caption and the SVG's accessible name. */
  readonly title: string;
  /** A longer description: shown under the title and given to the SVG as `<desc>`. */
  readonly description?: string;
  /** Pixels; default 640, kept within 240–2400. */
  readonly width?: number;
  /** Pixels; default 300, kept within 120–1600. */
  readonly height?: number;
  /** BCP 47 tag for numbers and years (`Intl.NumberFormat`); default `en`, unknown tags fall back to it. */
  readonly locale?: string;
  /** Direction of the caption, legend and table. The plot itself stays left to right. */
  readonly dir?: 'ltr' | 'rtl';
  /** Every word the chart shows. */
  readonly labels: L;
}

export const COLORS = { primary: '#1f5f99', secondary: '#b4531b' } as const;

/** The `<svg>` attributes Plot does not set, and the hidden table's look (no stylesheet needed). */
const HIDDEN_STYLE = 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap';

export function clampSize(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.round(Math.min(max, Math.max(min, value)));
}

export function sizeOf<L>(options: ChartOptions<L>, defaultHeight = 300): { width: number; height: number } {
  return { width: clampSize(options.width, 640, 240, 2400), height: clampSize(options.height, defaultHeight, 120, 1600) };
}

export interface Formatters {
  readonly count: (n: number) => string;
  readonly year: (n: number) => string;
  /** A share 0–1 as a whole percentage (axes). */
  readonly percent: (share: number) => string;
  /** A share 0–1 to one decimal (tables). */
  readonly percentPrecise: (share: number) => string;
}

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale ?? 'en', options);
  } catch {
    return new Intl.NumberFormat('en', options);
  }
}

export function formatters(locale: string | undefined): Formatters {
  const count = numberFormat(locale, { maximumFractionDigits: 2 });
  const year = numberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 });
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const precise = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    count: (n) => count.format(n), year: (n) => year.format(n),
    percent: (n) => percent.format(n), percentPrecise: (n) => precise.format(n),
  };
}

/** Whole-number ticks from 0 to a round top at or above `max` (at most about six of them). */
export function integerTicks(max: number): { top: number; ticks: number[] } {
  const target = Math.max(1, Number.isFinite(max) ? Math.ceil(max) : 1);
  const rough = target / 5;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude);
  const top = Math.ceil(target / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return { top, ticks };
}

/** Every `k`-th value so that labels about `spacing` pixels wide do not collide. */
export function thinTicks<T>(values: readonly T[], innerWidth: number, spacing = 32): T[] {
  const fit = Math.max(2, Math.floor(innerWidth / spacing));
  const step = Math.max(1, Math.ceil(values.length / fit));
  return values.filter((_, i) => i % step === 0);
}

/** A left margin wide enough for the longest tick label (10 px system font, about 6.5 px a glyph). */
export function leftMargin(tickLabels: readonly string[]): number {
  const longest = tickLabels.reduce((m, s) => Math.max(m, [...s].length), 0);
  return Math.max(40, Math.ceil(longest * 6.5) + 14);
}

interface PlotNode {
  readonly outerHTML: string;
  querySelectorAll(selector: string): Iterable<{ removeAttribute(name: string): void }>;
}

type PlotDocument = NonNullable<Plot.PlotOptions['document']>;

/**
 * Runs Plot on a fresh linkedom document and returns its `<svg>` with `role="img"`, an
 * accessible name, `<title>` and `<desc>`. Callers must not use Plot features that number
 * elements with a module-wide counter (markers, `clip`, patterns): output must not depend on
 * how many charts were drawn before.
 */
export function plotSvg(plotOptions: Plot.PlotOptions, title: string, description: string | undefined): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...plotOptions, document: document as PlotDocument }) as unknown as PlotNode;
  // Plot names each mark's group ("bar", "line"): inside role="img" those names are not read, and
  // an aria-label on a <g> without a role is invalid ARIA (axe: aria-prohibited-attr).
  for (const group of node.querySelectorAll('g[aria-label]')) group.removeAttribute('aria-label');
  const markup = node.outerHTML;
  if (!markup.startsWith('<svg ')) throw new Error('Plot returned a figure where an <svg> was expected');
  const openEnd = markup.indexOf('>');
  const head = `<svg role="img" aria-label="${escapeHtml(title)}" direction="ltr" ${markup.slice(5, openEnd)}>`;
  const desc = description ? `<desc>${escapeHtml(description)}</desc>` : '';
  return `${head}<title>${escapeHtml(title)}</title>${desc}${markup.slice(openEnd + 1)}`;
}

/** A small SVG saying there is nothing to chart, in the caller's words. */
export function emptySvg(message: string, width: number): string {
  const text = escapeHtml(message);
  return `<svg role="img" aria-label="${text}" viewBox="0 0 ${width} 64" width="${width}" height="64" ` +
    `style="display:block;max-width:100%;height:auto" fill="currentColor" font-family="system-ui, sans-serif">` +
    `<title>${text}</title><text x="${width / 2}" y="38" text-anchor="middle" font-size="14">${text}</text></svg>`;
}

export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  readonly dashed: boolean;
}

/** A legend in HTML (so long translations wrap), each entry with a line sample drawn like its series. */
export function legendHtml(entries: readonly LegendEntry[]): string {
  const items = entries.map((e) => {
    const dash = e.dashed ? ' stroke-dasharray="5,3"' : '';
    return `<li style="display:inline-flex;align-items:center;gap:.35em;margin-inline-end:1.2em">` +
      `<svg aria-hidden="true" width="28" height="10" viewBox="0 0 28 10"><line x1="1" y1="5" x2="27" y2="5" ` +
      `stroke="${e.color}" stroke-width="2"${dash} /><circle cx="14" cy="5" r="3" fill="${e.color}" /></svg>` +
      `<span>${escapeHtml(e.label)}</span></li>`;
  }).join('');
  return `<ul class="chart-legend" style="list-style:none;margin:0 0 .25em;padding:0">${items}</ul>`;
}

/** The visually hidden table of the charted numbers: header cells escaped, body cells too. */
export function dataTable(caption: string, headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`).join('');
  return `<table class="chart-data" style="${HIDDEN_STYLE}"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export interface FigureParts {
  /** Becomes the class `chart-<kind>`. */
  readonly kind: string;
  readonly title: string;
  readonly description?: string;
  readonly dir?: 'ltr' | 'rtl';
  /** Already-safe markup from `plotSvg`/`emptySvg`/`legendHtml`/`dataTable`. */
  readonly svg: string;
  readonly legend?: string;
  readonly table?: string;
}

/** The figure: caption, legend, chart, hidden table. Only what must work without a stylesheet is styled inline. */
export function figureHtml(parts: FigureParts): string {
  const dir = parts.dir ? ` dir="${parts.dir}"` : '';
  const desc = parts.description ? `<span class="chart-description" style="display:block">${escapeHtml(parts.description)}</span>` : '';
  return `<figure class="chart chart-${escapeHtml(parts.kind)}"${dir}>` +
    `<figcaption>${escapeHtml(parts.title)}${desc}</figcaption>` +
    `${parts.legend ?? ''}${parts.svg}${parts.table ?? ''}</figure>`;
}
