import { communicationsPerYear, responseRatePerYear } from '../../charts/charts.js';
import type { YearGroup } from '../../stats/statistics.js';
import { html, SafeHtml } from '../html.js';
import { direction, localePath, type Locale } from '../i18n/locales.js';
import { MESSAGES } from '../i18n/messages.js';
import { page, type PageContext } from './layout.js';

/** The whole system's figures year by year (docs/statistics.md), with two charts and the table behind them. */

const percent = (locale: Locale, share: number | null) => (share === null ? '—' : `${Math.round(share * 100).toLocaleString(locale)} %`);

export function trendsPage(ctx: PageContext, years: readonly YearGroup[]): SafeHtml {
  const t = MESSAGES[ctx.locale];
  const n = (v: number | null) => (v === null ? '—' : v.toLocaleString(ctx.locale));
  const common = { locale: ctx.locale, dir: direction(ctx.locale) } as const;
  const bars = communicationsPerYear(years.map((y) => ({ year: y.year, count: y.figures.communications })), {
    ...common, title: t.figures.chart, labels: { year: t.figures.year, communications: t.figures.communications, empty: t.figures.noData },
  });
  const rates = responseRatePerYear(years.map((y) => ({ year: y.year, rate: y.figures.responseRate, rateInTime: y.figures.responseRateInTime })), {
    ...common, title: t.figures.rateChart, labels: { year: t.figures.year, rate: t.figures.responseRate, ever: t.figures.responseRate, inTime: t.figures.responseRateInTime, empty: t.figures.noData },
  });
  const head = [t.figures.year, t.figures.communications, t.trends.joint, t.trends.states, t.trends.actors, t.trends.replies, t.figures.responseRate, t.figures.responseRateInTime, t.figures.medianDays, t.trends.p90];
  return page(ctx, t.trends.title, html`<h1>${t.trends.title}</h1><p>${t.trends.intro} <a href="${localePath(ctx.locale, '/about/figures')}">${t.howComputed}</a></p>
${new SafeHtml(bars)}${new SafeHtml(rates)}
<table><caption>${t.figures.byYear}</caption><thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${years.map((y) => html`<tr><th scope="row">${y.year}</th><td>${n(y.figures.communications)}</td><td>${percent(ctx.locale, y.figures.jointShare)}</td><td>${n(y.figures.states)}</td><td>${n(y.figures.nonStateActors)}</td>
<td>${n(y.figures.replies)}</td><td>${percent(ctx.locale, y.figures.responseRate)}</td><td>${percent(ctx.locale, y.figures.responseRateInTime)}</td><td>${n(y.figures.medianDaysToReply)}</td><td>${n(y.figures.p90DaysToReply)}</td></tr>`)}</tbody></table>`);
}
