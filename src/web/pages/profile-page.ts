import type { Profile } from '../../public/profiles.js';
import type { YearFigures } from '../../stats/response.js';
import { communicationsPerYear, responseRatePerYear } from '../../charts/charts.js';
import { html, SafeHtml } from '../html.js';
import { direction, localePath, type Locale } from '../i18n/locales.js';
import { MESSAGES } from '../i18n/messages.js';
import { page, type PageContext } from './layout.js';

/** A State's or a mandate's page: its figures, charts by year, the table behind them. */

const percent = (locale: Locale, share: number | null) => (share === null ? '—' : `${Math.round(share * 100).toLocaleString(locale)} %`);

/** The charts of a profile (src/charts: SVG drawn on the server), in the page's language. */
function charts(ctx: PageContext, years: readonly YearFigures[]): SafeHtml {
  const t = MESSAGES[ctx.locale];
  const common = { locale: ctx.locale, dir: direction(ctx.locale) } as const;
  const bars = communicationsPerYear(years.map((y) => ({ year: y.year, count: y.communications })), {
    ...common, title: t.figures.chart, labels: { year: t.figures.year, communications: t.figures.communications, empty: t.figures.noData },
  });
  const rates = responseRatePerYear(years.map((y) => ({ year: y.year, rate: y.responseRate, rateInTime: y.responseRateInTime })), {
    ...common, title: t.figures.rateChart, labels: { year: t.figures.year, rate: t.figures.responseRate, ever: t.figures.responseRate, inTime: t.figures.responseRateInTime, empty: t.figures.noData },
  });
  return html`${new SafeHtml(bars)}${new SafeHtml(rates)}`;
}

export function profilePage(ctx: PageContext, p: Profile): SafeHtml {
  const t = MESSAGES[ctx.locale];
  const f = p.figures;
  const n = (v: number) => v.toLocaleString(ctx.locale);
  const q = p.kind === 'state' ? `country:${p.id}` : `mandate:${p.id}`;
  return page({ ...ctx, feed: `/api/v1/search.atom?${new URLSearchParams({ q })}` }, p.name, html`<p class="kind">${p.kind === 'state' ? t.facets.country : t.facets.mandate}</p><h1>${p.name}</h1>
<dl class="record">
<dt>${t.figures.communications}</dt><dd>${n(f.communications)}</dd>
<dt>${t.figures.replied}</dt><dd>${n(f.replied)}</dd>
<dt>${t.figures.responseRate}</dt><dd>${percent(ctx.locale, f.responseRate)}</dd>
<dt>${t.figures.responseRateInTime}</dt><dd>${percent(ctx.locale, f.responseRateInTime)}</dd>
<dt>${t.figures.medianDays}</dt><dd>${f.medianDaysToReply === null ? '—' : n(f.medianDaysToReply)}</dd>
</dl>
<p><a href="${localePath(ctx.locale, '/search')}?${new URLSearchParams({ q, sort: 'date' })}">${t.searchThese}</a> · <a href="/api/v1/search.atom?${new URLSearchParams({ q })}" type="application/atom+xml">${t.feed}</a>
 · <a href="${localePath(ctx.locale, '/about/figures')}">${t.howComputed}</a></p>
<h2>${t.figures.byYear}</h2>
${charts(ctx, p.byYear)}
<table><caption>${t.figures.byYear}</caption><thead><tr><th scope="col">${t.figures.year}</th><th scope="col">${t.figures.communications}</th><th scope="col">${t.figures.replied}</th><th scope="col">${t.figures.responseRate}</th><th scope="col">${t.figures.responseRateInTime}</th><th scope="col">${t.figures.medianDays}</th></tr></thead>
<tbody>${p.byYear.map((y) => html`<tr><th scope="row">${y.year}</th><td>${n(y.communications)}</td><td>${n(y.replied)}</td><td>${percent(ctx.locale, y.responseRate)}</td><td>${percent(ctx.locale, y.responseRateInTime)}</td><td>${y.medianDaysToReply === null ? '—' : n(y.medianDaysToReply)}</td></tr>`)}</tbody></table>`);
}

export function methodologyPage(ctx: PageContext): SafeHtml {
  const t = MESSAGES[ctx.locale];
  return page(ctx, t.howComputed, html`<h1>${t.howComputed}</h1>${t.methodology.map((para) => html`<p>${para}</p>`)}`);
}
