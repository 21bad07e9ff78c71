import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { binDays, deadlinePosition, DEFAULT_EDGES } from '../../src/charts/bins.js';
import {
  communicationsPerYear, responseRatePerYear, timeToReplyDistribution,
  type CommunicationsPerYearLabels, type ResponseRateLabels, type TimeToReplyLabels, type YearRate,
} from '../../src/charts/charts.js';

/** The little of the DOM these tests read, as linkedom gives it. */
interface El {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El> & { readonly length: number };
}

function parse(markup: string): El {
  return parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document as unknown as El;
}

const all = (root: El, selector: string): El[] => [...root.querySelectorAll(selector)];
const num = (el: El, name: string): number => Number(el.getAttribute(name));
const tableRows = (root: El): string[][] =>
  all(root, 'table.chart-data tbody tr').map((tr) => all(tr, 'th, td').map((c) => c.textContent ?? ''));

const countLabels: CommunicationsPerYearLabels = { year: 'Year', communications: 'Communications sent', empty: 'Nothing to chart' };
const rateLabels: ResponseRateLabels = { year: 'Year', rate: 'Response rate', ever: 'Replied (ever)', inTime: 'Replied within 60 days', empty: 'No rates' };
const dayLabels: TimeToReplyLabels = { days: 'Days to first reply', replies: 'Replies', deadline: '60-day deadline', empty: 'No replies yet' };

const sixteenYears = Array.from({ length: 16 }, (_, i) => ({ year: 2010 + i, count: 300 + ((i * 137) % 900) }));
const en = new Intl.NumberFormat('en');
const enPercent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

describe('communicationsPerYear', () => {
  it('draws one bar per year with a count, and years as plain labels', () => {
    const rows = [...sixteenYears.slice(0, 15), { year: 2025, count: null }];
    const doc = parse(communicationsPerYear(rows, { title: 'Communications per year', labels: countLabels }));
    assert.equal(all(doc, 'svg[role="img"] .chart-bars rect').length, 15);
    assert.equal(all(doc, 'svg[role="img"] rect').length, 15);
    const ticks = all(doc, 'svg[role="img"] text').map((t) => t.textContent ?? '');
    assert.ok(ticks.includes('2017'), 'a year label');
    assert.ok(!ticks.some((t) => /^2,0\d\d$/.test(t)), 'no "2,017"');
    assert.deepEqual(tableRows(doc)[15], ['2025', '—']);
  });

  it('writes years without grouping in every locale, counts with it', () => {
    for (const locale of ['en', 'fr', 'es', 'ru', 'zh', 'ar']) {
      const markup = communicationsPerYear([{ year: 2017, count: 1534 }], { title: 't', locale, labels: countLabels });
      const year = new Intl.NumberFormat(locale, { useGrouping: false }).format(2017);
      assert.ok(markup.includes(`>${year}<`), `${locale}: year ${year}`);
      assert.ok(!markup.includes('2,017') && !markup.includes('2 017') && !markup.includes('2\u202f017') && !markup.includes('2.017'), locale);
      assert.deepEqual(tableRows(parse(markup))[0], [year, new Intl.NumberFormat(locale).format(1534)]);
    }
  });

  it('leaves an empty slot for a year missing between the first and the last', () => {
    const doc = parse(communicationsPerYear([{ year: 2015, count: 3 }, { year: 2018, count: 4 }], { title: 't', labels: countLabels }));
    assert.equal(all(doc, 'svg[role="img"] rect').length, 2);
    const labels = all(doc, 'svg[role="img"] text').map((t) => t.textContent);
    for (const y of ['2015', '2016', '2017', '2018']) assert.ok(labels.includes(y), y);
    assert.equal(tableRows(doc).length, 2, 'the table holds only the rows given');
  });
});

describe('responseRatePerYear', () => {
  const rows: YearRate[] = [
    { year: 2017, rate: 0.68, rateInTime: 0.3 }, { year: 2018, rate: null, rateInTime: null }, { year: 2019, rate: 0.5, rateInTime: 0.2 },
    { year: 2021, rate: 0.7, rateInTime: null }, { year: 2022, rate: 0.6, rateInTime: 0.4 },
  ];

  it('breaks the line at null rates and missing years, with one dot per rate', () => {
    const doc = parse(responseRatePerYear(rows, { title: 'Response rate', labels: rateLabels }));
    const ever = all(doc, 'svg[role="img"] .chart-line-ever path');
    assert.equal(ever.length, 1);
    // 2017 | gap 2018 | 2019 | gap 2020 | 2021–2022: three pieces, each starting with M.
    assert.equal((ever[0]?.getAttribute('d') ?? '').match(/M/g)?.length, 3);
    assert.equal(all(doc, 'svg[role="img"] .chart-dots-ever circle').length, 4);
    assert.equal(all(doc, 'svg[role="img"] .chart-dots-in-time circle').length, 3);
    assert.equal(all(doc, 'svg[role="img"] circle').length, 7);
    const zeroY = Math.max(...all(doc, 'svg[role="img"] circle').map((c) => num(c, 'cy')));
    assert.ok(zeroY < 264, 'no point drawn at 0 % for a missing rate');
    assert.deepEqual(tableRows(doc)[1], ['2018', '—', '—']);
    assert.deepEqual(tableRows(doc)[0], ['2017', '68%', '30%']);
  });

  it('shows the legend in the caller\'s words only with two lines', () => {
    const two = responseRatePerYear(rows, { title: 't', labels: rateLabels });
    assert.ok(two.includes('Replied within 60 days') && two.includes('class="chart-legend"'));
    const one = parse(responseRatePerYear(rows.map(({ year, rate }) => ({ year, rate })), { title: 't', labels: rateLabels }));
    assert.equal(one.querySelector('.chart-legend'), null);
    assert.equal(all(one, 'svg[role="img"] .chart-line-ever path').length, 1);
    assert.equal(all(one, 'svg[role="img"] .chart-line-in-time path').length, 0);
    assert.equal(tableRows(one)[0]?.length, 2);
  });

  it('draws shares beyond 0–1 at the edge and tables them as given', () => {
    const doc = parse(responseRatePerYear([{ year: 2020, rate: 1.5 }, { year: 2021, rate: -0.2 }], { title: 't', labels: rateLabels }));
    assert.equal(all(doc, 'svg[role="img"] circle').length, 2);
    assert.deepEqual(tableRows(doc).map((r) => r[1]), ['150%', '-20%']);
  });
});

describe('timeToReplyDistribution', () => {
  it('bins days at the edges, ignoring what cannot be counted', () => {
    const bins = binDays([0, 30, 30.5, 31, 60, 61, 365, 366, 10_000, -1, Number.NaN, Number.POSITIVE_INFINITY]);
    assert.deepEqual(bins.map((b) => b.count), [2, 3, 1, 0, 0, 0, 1, 2]);
    assert.deepEqual(bins.map((b) => [b.from, b.to]), [[0, 30], [31, 60], [61, 90], [91, 120], [121, 180], [181, 270], [271, 365], [366, null]]);
    assert.equal(deadlinePosition(60), 2);
    assert.equal(deadlinePosition(45), 1.5);
    assert.deepEqual(binDays([5], [60, 30]).length, DEFAULT_EDGES.length + 1, 'bad edges: the defaults');
  });

  it('draws one bar per bin and the 60-day mark between 31–60 and 61–90', () => {
    const days = Array.from({ length: 500 }, (_, i) => (i * 37) % 420);
    const doc = parse(timeToReplyDistribution(days, { title: 'Time to reply', labels: dayLabels }));
    const rects = all(doc, 'svg[role="img"] .chart-bars rect');
    assert.equal(rects.length, 8);
    const rule = doc.querySelector('svg[role="img"] .chart-deadline line');
    assert.ok(rule, 'the deadline mark');
    const x = num(rule, 'x1');
    const [second, third] = [rects[1], rects[2]];
    assert.ok(second && third);
    assert.ok(x >= num(second, 'x') + num(second, 'width') && x <= num(third, 'x'), `rule at ${x}`);
    assert.equal(doc.querySelector('svg[role="img"] .chart-deadline-label text')?.textContent, '60-day deadline');
    const rows = tableRows(doc);
    assert.deepEqual(rows.map((r) => r[0]), ['0–30', '31–60', '61–90', '91–120', '121–180', '181–270', '271–365', '> 365']);
    assert.equal(rows.reduce((s, r) => s + Number(r[1]), 0), 500);
  });

  it('names bins with the caller\'s functions and locale', () => {
    const markup = timeToReplyDistribution([10, 400], {
      title: 'Délai de réponse', locale: 'fr', edges: [1000, 2000], deadlineDays: 60,
      labels: { ...dayLabels, range: (a, b) => `de ${a} à ${b}`, over: (a) => `plus de ${a}` },
    });
    assert.deepEqual(tableRows(parse(markup)).map((r) => r[0]), [
      'de 0 à 1\u202f000', 'de 1\u202f001 à 2\u202f000', 'plus de 2\u202f000',
    ]);
  });
});

describe('all charts', () => {
  const evil = 'معدل الرد <script>alert("x")</script> & 回复率 \'q\'';
  const render = (title: string, locale = 'en'): string[] => [
    communicationsPerYear(sixteenYears, { title, description: title, locale, dir: 'rtl', labels: { ...countLabels, year: title } }),
    responseRatePerYear(sixteenYears.map((r) => ({ year: r.year, rate: 0.5, rateInTime: 0.25 })), { title, description: title, locale, labels: { ...rateLabels, ever: title } }),
    timeToReplyDistribution([1, 50, 100], { title, description: title, locale, labels: { ...dayLabels, deadline: title } }),
  ];

  it('escape Arabic and Chinese caller strings and keep them intact', () => {
    for (const markup of render(evil, 'ar')) {
      assert.ok(!markup.includes('<script'), 'no script');
      assert.ok(markup.includes('معدل الرد &lt;script&gt;') && markup.includes('&amp; 回复率'));
      const doc = parse(markup);
      const svg = doc.querySelector('figure svg[role="img"]');
      assert.ok(svg);
      assert.equal(svg.getAttribute('aria-label'), evil);
      assert.equal(svg.querySelector('title')?.textContent, evil);
      assert.ok(doc.querySelector('figcaption')?.textContent?.startsWith(evil));
      assert.equal(doc.querySelector('table.chart-data caption')?.textContent, evil);
    }
    assert.ok(render(evil)[0]?.startsWith('<figure class="chart chart-communications" dir="rtl"'));
  });

  it('hold no script, no external reference and nothing to load', () => {
    for (const markup of render('Communications')) {
      for (const banned of ['<script', 'http', 'href', '@import', 'url(', '<link', '<img']) assert.ok(!markup.includes(banned), banned);
    }
  });

  it('are deterministic, whatever was drawn before', () => {
    const first = render('Same');
    render('Something else in between', 'zh');
    assert.deepEqual(render('Same'), first);
  });

  it('say there is nothing to chart instead of throwing', () => {
    const empties = [
      communicationsPerYear([], { title: 'A', labels: countLabels }),
      communicationsPerYear([{ year: Number.NaN, count: 3 }, { year: 2017.5, count: 1 }], { title: 'A', labels: countLabels }),
      responseRatePerYear([], { title: 'B', labels: rateLabels }),
      timeToReplyDistribution([], { title: 'C', labels: dayLabels }),
      timeToReplyDistribution([-3, Number.NaN], { title: 'C', labels: dayLabels }),
    ];
    for (const markup of empties) {
      const doc = parse(markup);
      assert.ok(doc.querySelector('figure > figcaption'));
      const svg = doc.querySelector('figure svg[role="img"]');
      assert.ok(svg && /Nothing to chart|No rates|No replies yet/.test(svg.getAttribute('aria-label') ?? ''));
      assert.equal(doc.querySelector('table'), null);
    }
  });

  it('survive odd sizes, locales and values', () => {
    const odd = { width: Number.NaN, height: -5, locale: 'not a locale!' };
    assert.ok(communicationsPerYear([{ year: 2020, count: Number.POSITIVE_INFINITY }, { year: 2020, count: 2 }], { title: 't', ...odd, labels: countLabels }).includes('<svg'));
    assert.ok(responseRatePerYear([{ year: 1, rate: 0.5 }, { year: 9999, rate: Number.NaN }], { title: 't', ...odd, labels: rateLabels }).includes('<svg'));
    assert.ok(timeToReplyDistribution([1e12], { title: 't', ...odd, edges: [Number.NaN], deadlineDays: -1, labels: dayLabels }).includes('<svg'));
  });

  it('render any data, with the hidden table holding the same numbers (property)', () => {
    const year = fc.integer({ min: 1946, max: 2100 });
    const countRows = fc.uniqueArray(fc.record({ year, count: fc.option(fc.nat({ max: 1_000_000 }), { nil: null }) }), { selector: (r) => r.year, maxLength: 40 });
    fc.assert(fc.property(countRows, (rows) => {
      const doc = parse(communicationsPerYear(rows, { title: 't', labels: countLabels }));
      if (rows.length === 0) return assert.equal(doc.querySelector('table'), null);
      const expected = [...rows].sort((a, b) => a.year - b.year).map((r) => [String(r.year), r.count === null ? '—' : en.format(r.count)]);
      assert.deepEqual(tableRows(doc), expected);
      assert.equal(all(doc, 'svg[role="img"] rect').length, rows.filter((r) => r.count !== null).length);
    }), { numRuns: 150 });

    const share = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
    const rateRows = fc.uniqueArray(fc.record({ year, rate: share, rateInTime: share }), { selector: (r) => r.year, maxLength: 40 });
    fc.assert(fc.property(rateRows, (rows) => {
      const doc = parse(responseRatePerYear(rows, { title: 't', labels: rateLabels }));
      if (rows.length === 0) return assert.equal(doc.querySelector('table'), null);
      const cell = (v: number | null): string => (v === null ? '—' : enPercent.format(v));
      const expected = [...rows].sort((a, b) => a.year - b.year).map((r) => [String(r.year), cell(r.rate), cell(r.rateInTime)]);
      assert.deepEqual(tableRows(doc), expected);
      assert.equal(all(doc, 'svg[role="img"] circle').length, rows.filter((r) => r.rate !== null).length + rows.filter((r) => r.rateInTime !== null).length);
    }), { numRuns: 150 });

    const day = fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.double({ min: -10, max: 5000 }), fc.constant(Number.NaN));
    fc.assert(fc.property(fc.array(day, { maxLength: 300 }), (days) => {
      const doc = parse(timeToReplyDistribution(days, { title: 't', labels: dayLabels }));
      const countable = days.filter((d) => Number.isFinite(d) && d >= 0);
      if (countable.length === 0) return assert.equal(doc.querySelector('table'), null);
      const uppers = [...DEFAULT_EDGES, Number.POSITIVE_INFINITY];
      const expected = uppers.map((hi, i) => countable.filter((d) => d <= hi && (i === 0 || d > (uppers[i - 1] ?? 0))).length);
      assert.deepEqual(tableRows(doc).map((r) => Number((r[1] ?? '').replace(/,/g, ''))), expected);
    }), { numRuns: 150 });
  });
});
