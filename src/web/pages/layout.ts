import { html, SafeHtml } from '../html.js';
import { direction, LOCALE_NAMES, LOCALES, localePath, type Locale } from '../i18n/locales.js';
import { MESSAGES } from '../i18n/messages.js';

/** What every page knows of its request: the interface language, and its own path and query without the prefix. */
export interface PageContext {
  /** An Atom feed of this page's records, for feed readers to discover. */
  readonly feed?: string;
  readonly locale: Locale;
  /** The path as in English (`/search`), for the language switcher. */
  readonly path: string;
  /** The query string, with its `?`, or ''. */
  readonly query: string;
  /** False for a page that exists in English only (no language switcher). */
  readonly localized?: boolean;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
a{color:#0b57a4}a:focus,button:focus,input:focus,select:focus{outline:3px solid #f0a500;outline-offset:1px}
.skip{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.skip:focus{width:auto;height:auto;clip-path:none;inset-block-start:.5rem;inset-inline-start:.5rem;background:#fff;padding:.5rem;z-index:1}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between;border-bottom:1px solid #ccc}
.brand{font-weight:700;font-size:1.3rem;text-decoration:none;color:#1b1b1b}form.search{display:flex;gap:.5rem;flex-wrap:wrap;margin:1rem 0}
form.search input[type=search]{flex:1 1 24rem;font:inherit;padding:.4rem}button,select{font:inherit;padding:.35rem .8rem}
.hint,.muted{color:#555}.hits{list-style:none;padding:0}.hits li{margin:0 0 1.2rem}.kind{font-size:.85rem;color:#555;text-transform:uppercase;letter-spacing:.03em}
mark{background:#ffe58a}.layout{display:grid;grid-template-columns:minmax(12rem,16rem) 1fr;gap:2rem}@media(max-width:50rem){.layout{grid-template-columns:1fr}}
.facets h2{font-size:1rem;margin:1rem 0 .3rem}.facets ul{list-style:none;padding:0;margin:0}dl.record{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}
dl.record dt{font-weight:600}ol.timeline{padding-inline-start:1.2rem}nav.languages ul{display:flex;gap:.8rem;list-style:none;padding:0;margin:0}
footer{border-top:1px solid #ccc;margin-top:2rem;padding-top:1rem;padding-bottom:2rem}`;

export function page(ctx: PageContext, title: string, body: SafeHtml): SafeHtml {
  const t = MESSAGES[ctx.locale];
  // English at the root home page says so, or a browser asking for another language would be sent back to it.
  const here = (locale: Locale) => localePath(locale, ctx.path) + (locale === 'en' && ctx.path === '/' && ctx.query === '' ? '?hl=en' : ctx.query);
  return html`<!doctype html>
<html lang="${ctx.locale}" dir="${direction(ctx.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Missive</title><style>${new SafeHtml(STYLE)}</style>
${ctx.localized === false ? '' : LOCALES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${here(l)}">`)}
${ctx.feed ? html`<link rel="alternate" type="application/atom+xml" title="${title}" href="${ctx.feed}">` : ''}</head>
<body><a class="skip" href="#main">${t.searchLabel}</a>
<header><a class="brand" href="${localePath(ctx.locale, '/')}">Missive</a>
${ctx.localized === false ? '' : html`<nav class="languages" aria-label="${t.language}"><ul>${LOCALES.map((l) => html`<li><a href="${here(l)}" hreflang="${l}" lang="${l}"${l === ctx.locale ? html` aria-current="true"` : ''}>${LOCALE_NAMES[l]}</a></li>`)}</ul></nav>`}</header>
<main id="main">${body}</main>
<footer><p class="muted">${t.tagline}</p><p><a href="${localePath(ctx.locale, '/trends')}">${t.trends.title}</a> · <a href="/api/docs">${t.api}</a></p></footer>
</body></html>`;
}

/** The search form, with the query as typed. */
export function searchForm(ctx: PageContext, q: string, extra: SafeHtml | string = ''): SafeHtml {
  const t = MESSAGES[ctx.locale];
  return html`<form class="search" role="search" action="${localePath(ctx.locale, '/search')}" method="get">
<label for="q">${t.searchLabel}</label>
<input type="search" id="q" name="q" value="${q}" aria-describedby="hint">${extra}<button type="submit">${t.searchButton}</button></form>
<p id="hint" class="hint">${t.searchHint}</p>`;
}
