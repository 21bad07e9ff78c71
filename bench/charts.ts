/**
 * bench/charts: time to render each chart of src/charts (Observable Plot on linkedom) for 16
 * years of data and a 5,000-value histogram, beside a baseline measured in the same run: the
 * same hidden data table built without Plot (same numbers, same formatting, same escaping). The
 * ratio says what drawing the SVG costs on top of writing the numbers down.
 *
 *   npm run build && node dist/bench/charts.js [--runs 40]
 */
import { binDays } from '../src/charts/bins.js';
import { communicationsPerYear, responseRatePerYear, timeToReplyDistribution } from '../src/charts/charts.js';
import { dataTable, figureHtml, formatters } from '../src/charts/render.js';
import { flag, machine, timed } from './machine.js';

const runs = Math.max(1, Number(flag('runs', '40')));
const locale = 'en';
const f = formatters(locale);

const years = Array.from({ length: 16 }, (_, i) => 2010 + i);
const counts = years.map((year, i) => ({ year, count: 300 + ((i * 137) % 900) }));
const rates = years.map((year, i) => ({ year, rate: i === 5 ? null : 0.4 + (i % 5) / 10, rateInTime: i === 5 ? null : 0.2 + (i % 3) / 10 }));
const days = Array.from({ length: 5000 }, (_, i) => Math.floor(((i * 7919) % 1000) ** 1.3 / 12));

const countLabels = { year: 'Year', communications: 'Communications sent', empty: 'Nothing to chart' };
const rateLabels = { year: 'Year', rate: 'Response rate', ever: 'Replied (ever)', inTime: 'Replied within 60 days', empty: 'Nothing to chart' };
const dayLabels = { days: 'Days from sending to first reply', replies: 'Replies', deadline: '60-day deadline', empty: 'Nothing to chart' };

const percent = (v: number | null): string => (v === null ? '—' : f.percentPrecise(v));
const baselineFigure = (title: string, table: string): string => figureHtml({ kind: 'baseline', title, svg: '', table });

interface Case {
  readonly name: string;
  readonly chart: () => string;
  readonly baseline: () => string;
}

const cases: readonly Case[] = [
  {
    name: 'communications per year (16 years)',
    chart: () => communicationsPerYear(counts, { title: 'Communications per year', locale, labels: countLabels }),
    baseline: () => baselineFigure('Communications per year', dataTable('Communications per year', [countLabels.year, countLabels.communications],
      counts.map((c) => [f.year(c.year), f.count(c.count)]))),
  },
  {
    name: 'response rate per year (16 years, two lines)',
    chart: () => responseRatePerYear(rates, { title: 'Response rate', locale, labels: rateLabels }),
    baseline: () => baselineFigure('Response rate', dataTable('Response rate', [rateLabels.year, rateLabels.ever, rateLabels.inTime],
      rates.map((r) => [f.year(r.year), percent(r.rate), percent(r.rateInTime)]))),
  },
  {
    name: 'time to reply (5,000 values, 8 bins)',
    chart: () => timeToReplyDistribution(days, { title: 'Time to reply', locale, labels: dayLabels }),
    baseline: () => baselineFigure('Time to reply', dataTable('Time to reply', [dayLabels.days, dayLabels.replies],
      binDays(days).map((b) => [b.to === null ? `> ${f.count(b.from - 1)}` : `${f.count(b.from)}–${f.count(b.to)}`, f.count(b.count)]))),
  },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function measure(work: () => string): Promise<{ p50: number; max: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const { value, seconds } = await timed(work);
    bytes = value.length;
    times.push(seconds * 1000);
  }
  return { p50: median(times), max: Math.max(...times), bytes };
}

console.log(`bench/charts on ${machine()}; ${runs} runs per chart after 3 warm-ups, median; baseline: the same hidden table without Plot`);
const cold = await timed(() => cases[0]?.chart() ?? '');
console.log(`  first chart of the process (cold): ${(cold.seconds * 1000).toFixed(1)} ms`);
for (const c of cases) {
  for (let i = 0; i < 3; i += 1) { c.chart(); c.baseline(); }
  const chart = await measure(c.chart);
  const base = await measure(c.baseline);
  console.log(`  ${c.name}: ${chart.p50.toFixed(2)} ms (max ${chart.max.toFixed(1)} ms, ${(chart.bytes / 1024).toFixed(1)} KiB); ` +
    `baseline ${(base.p50 * 1000).toFixed(0)} µs; ratio ${(chart.p50 / base.p50).toFixed(0)} × the baseline`);
}
