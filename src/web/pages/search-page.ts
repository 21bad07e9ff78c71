import type { ReferenceData } from '../../domain/index.js';
import type { SearchResult } from '../../search/service.js';
import { snippetHtml } from '../../search/snippet.js';
import { html, SafeHtml } from '../html.js';
import { localePath } from '../i18n/locales.js';
import { MESSAGES, type Messages } from '../i18n/messages.js';
import { recordPath } from '../permalinks.js';
import { page, searchForm, type PageContext } from './layout.js';

/** The search page (and the home page, which is the search of everything, newest first). */

const FACET_ORDER = ['country', 'mandate', 'type', 'year', 'replied', 'stance', 'lang', 'kind'] as const;
const FACET_SHOWN = 12;

function facetLabel(ctx: PageContext, reference: ReferenceData, field: (typeof FACET_ORDER)[number], value: string): string {
  const t = MESSAGES[ctx.locale];
  try {
    switch (field) {
      case 'country': { const names = reference.country(value).names; return names[ctx.locale] ?? names.en ?? value; }
      case 'mandate': return reference.mandate(value).name;
      case 'replied': return t.replied[value as keyof Messages['replied']] ?? value;
      case 'stance': return t.stances[value as keyof Messages['stances']] ?? value;
      case 'kind': return t.kinds[value as keyof Messages['kinds']] ?? value;
      default: return value;
    }
  } catch {
    return value;
  }
}

/** A query value as the query language writes it (quoted when it holds a space). */
export const fieldTerm = (field: string, value: string) => `${field}:${/\s/.test(value) ? `"${value}"` : value}`;

export function searchPage(ctx: PageContext, input: { q: string; sort: string; result: SearchResult; reference: ReferenceData; home?: boolean }): SafeHtml {
  const t = MESSAGES[ctx.locale];
  const { q, sort, result, reference } = input;
  const searchUrl = (query: string, more: Record<string, string> = {}) => `${localePath(ctx.locale, '/search')}?${new URLSearchParams({ q: query, ...(sort === 'relevance' ? {} : { sort }), ...more })}`;
  const api = (ext: string) => `/api/v1/search.${ext}?${new URLSearchParams({ q })}`;
  const sortSelect = html`<label for="sort">${t.sortLabel}</label> <select id="sort" name="sort">${(['relevance', 'date', 'oldest'] as const).map((s) => html`<option value="${s}"${s === sort ? html` selected` : ''}>${t.sorts[s]}</option>`)}</select>`;
  const count = result.total === null ? '' : result.total.toLocaleString(ctx.locale);
  const facets = FACET_ORDER.filter((f) => (result.facets[f] ?? []).length > 0).map((field) => html`<section><h2>${t.facets[field]}</h2><ul>
${(result.facets[field] ?? []).slice(0, FACET_SHOWN).map((v) => html`<li><a href="${searchUrl(`${q} ${fieldTerm(field, v.value)}`.trim())}">${facetLabel(ctx, reference, field, v.value)}</a> <span class="muted">${v.count.toLocaleString(ctx.locale)}</span></li>`)}
</ul></section>`);
  const hits = result.hits.map((h) => html`<li><span class="kind">${t.kinds[h.kind]}</span>${h.date ? html` · <time datetime="${h.date}">${h.date}</time>` : ''}${h.replied ? html` · ${t.replied[h.replied]}` : ''}
<div><a href="${localePath(ctx.locale, recordPath(h))}">${h.title}</a></div>${h.subject ? html`<div>${h.subject}</div>` : ''}
${h.snippet ? html`<p>${h.snippet.page === null ? '' : html`<span class="muted">p. ${h.snippet.page}</span> `}${new SafeHtml(snippetHtml(h.snippet))}</p>` : ''}</li>`);
  const kindCount = (k: string) => (result.facets.kind ?? []).find((v) => v.value === k)?.count ?? 0;
  const headline = t.headline(kindCount('communication').toLocaleString(ctx.locale), kindCount('reply').toLocaleString(ctx.locale));
  const body = html`${input.home ? html`<h1>Missive</h1><p>${t.tagline}</p><p class="headline"><strong>${headline}</strong></p>` : html`<h1>${t.searchLabel}</h1>`}
${searchForm(ctx, q, sortSelect)}
<div class="layout"><aside class="facets" aria-label="${t.facets.country}">${facets}</aside>
<section aria-live="polite"><h2>${input.home ? t.latest : t.results(count)}</h2>
${result.window === null ? '' : html`<p class="muted">${t.windowNote(result.window.toLocaleString(ctx.locale))}</p>`}
${result.hits.length === 0 ? html`<p>${t.noResults}</p>` : html`<ol class="hits">${hits}</ol>`}
${result.nextCursor ? html`<p><a rel="next" href="${searchUrl(q, { cursor: result.nextCursor })}">${t.more}</a></p>` : ''}
<p>${t.downloads}: <a href="${api('csv')}">CSV</a> · <a href="${api('jsonl')}">JSON Lines</a> · <a href="${api('atom')}" type="application/atom+xml">${t.feed}</a></p>
</section></div>`;
  return page({ ...ctx, feed: api('atom') }, input.home ? 'Missive' : `${q || t.searchLabel}`, body);
}

/** The search could not be read: the form again, with what is wrong. */
export function badSearchPage(ctx: PageContext, q: string, message: string): SafeHtml {
  const t = MESSAGES[ctx.locale];
  return page(ctx, t.badQuery, html`<h1>${t.badQuery}</h1><p role="alert">${message}</p>${searchForm(ctx, q)}`);
}
