import type { Profile } from '../../public/profiles.js';
import type { YearFigures } from '../../stats/response.js';
import { html, type SafeHtml } from '../html.js';
import { localePath, type Locale } from '../i18n/locales.js';
import { MESSAGES } from '../i18n/messages.js';
import { page, type PageContext } from './layout.js';

/** A State's or a mandate's page: its figures, a chart by year (SVG drawn here), the table behind it. */

const percent = (locale: Locale, share: number | null) => (share === null ? '—' : `${Math.round(share * 100).toLocaleString(locale)} %`);

/** Bars of communications per year, the replied part darker; the table below carries the same numbers. */
function yearChart(title: string, years: readonly YearFigures[]): SafeHtml {
  const width = 640;
  const height = 200;
  const top = Math.max(1, ...years.map((y) => y.communications));
  const step = years.length === 0 ? width : width / years.length;
  const bar = Math.max(2, step * 0.7);
  const y = (n: number) => height - 20 - (n / top) * (height - 40);
  return html`<svg role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">
<title id="chart-title">${title}</title>
${years.map((f, i) => html`<g><rect x="${(i * step + (step - bar) / 2).toFixed(1)}" y="${y(f.communications).toFixed(1)}" width="${bar.toFixed(1)}" height="${(height - 20 - y(f.communications)).toFixed(1)}" fill="#9db9d8"></rect>
<rect x="${(i * step + (step - bar) / 2).toFixed(1)}" y="${y(f.replied).toFixed(1)}" width="${bar.toFixed(1)}" height="${(height - 20 - y(f.replied)).toFixed(1)}" fill="#0b57a4"></rect>
<text x="${(i * step + step / 2).toFixed(1)}" y="${height - 5}" font-size="11" text-anchor="middle" fill="#1b1b1b">${f.year}</text></g>`)}
</svg>`;
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
${yearChart(t.figures.chart, p.byYear)}
<table><caption>${t.figures.byYear}</caption><thead><tr><th scope="col">${t.figures.year}</th><th scope="col">${t.figures.communications}</th><th scope="col">${t.figures.replied}</th><th scope="col">${t.figures.responseRate}</th><th scope="col">${t.figures.responseRateInTime}</th><th scope="col">${t.figures.medianDays}</th></tr></thead>
<tbody>${p.byYear.map((y) => html`<tr><th scope="row">${y.year}</th><td>${n(y.communications)}</td><td>${n(y.replied)}</td><td>${percent(ctx.locale, y.responseRate)}</td><td>${percent(ctx.locale, y.responseRateInTime)}</td><td>${y.medianDaysToReply === null ? '—' : n(y.medianDaysToReply)}</td></tr>`)}</tbody></table>`);
}

export function methodologyPage(ctx: PageContext): SafeHtml {
  const t = MESSAGES[ctx.locale];
  return page(ctx, t.howComputed, html`<h1>${t.howComputed}</h1>${t.methodology.map((para) => html`<p>${para}</p>`)}`);
}
