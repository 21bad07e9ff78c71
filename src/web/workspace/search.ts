import type { FastifyInstance } from 'fastify';
import { isMissiveError, todayUtc, type ReferenceData } from '../../domain/index.js';
import { search, SEARCH_SORTS, type SearchResult, type SearchSort } from '../../search/service.js';
import { snippetHtml } from '../../search/snippet.js';
import { FACET_NAMES, type Store } from '../../store/ports.js';
import { html, SafeHtml } from '../html.js';
import { recordPath } from '../permalinks.js';
import { fieldTerm } from '../pages/search-page.js';
import { signedIn } from './auth.js';
import { workspacePage } from './layout.js';

/**
 * Search in the workspace: the portal's query language over everything the signed-in person may
 * see (the secretariat every record, drafts and held ones included; a mission its State's letters
 * once sent and its own replies; a mandate-holder their mandates' records), each hit opening its
 * workspace page. `/workspace/search?q=…&sort=…&cursor=…`, and `/api/v1/workspace/search` as JSON.
 * Never cached: what it shows depends on who asks.
 */

type Query = { q?: string; sort?: string; cursor?: string };

const sortOf = (value: string | undefined): SearchSort => ((SEARCH_SORTS as readonly string[]).includes(value ?? '') ? (value as SearchSort) : 'relevance');
/** A hit's workspace page: the portal's path under /workspace (communication, reply, or a search by reference). */
const hitPath = (h: SearchResult['hits'][number]): string => `/workspace${recordPath(h)}`;
const FACETS_SHOWN = 10;

function resultsHtml(q: string, sort: SearchSort, result: SearchResult): SafeHtml {
  const url = (query: string, more: Record<string, string> = {}) => `/workspace/search?${new URLSearchParams({ q: query, ...(sort === 'relevance' ? {} : { sort }), ...more })}`;
  const facets = FACET_NAMES.filter((f) => (result.facets[f] ?? []).length > 0).map((field) => html`<section><h2>${field}</h2><ul>
${(result.facets[field] ?? []).slice(0, FACETS_SHOWN).map((v) => html`<li><a href="${url(`${q} ${fieldTerm(field, v.value)}`.trim())}">${v.value}</a> <span class="muted">${v.count}</span></li>`)}
</ul></section>`);
  const hits = result.hits.map((h) => html`<li><span class="kind">${h.kind}</span>${h.date ? html` · <time datetime="${h.date}">${h.date}</time>` : html` · draft`}${h.replied ? html` · ${h.replied}` : ''}${h.dueOn ? html` · due ${h.dueOn}` : ''}
<div><a href="${hitPath(h)}">${h.title}</a></div>${h.subject ? html`<div>${h.subject}</div>` : ''}
${h.snippet ? html`<p>${h.snippet.page === null ? '' : html`<span class="muted">p. ${h.snippet.page}</span> `}${new SafeHtml(snippetHtml(h.snippet))}</p>` : ''}</li>`);
  return html`<div class="layout"><aside class="facets" aria-label="Narrow the search">${facets}</aside>
<section aria-live="polite"><h2>${result.total === null ? 'Results' : `${result.total} results`}</h2>
${result.window === null ? '' : html`<p class="muted">The newest ${result.window} matching entries were ranked; sort by date or narrow the search to reach the others.</p>`}
${result.hits.length === 0 ? html`<p>Nothing found.</p>` : html`<ol class="hits">${hits}</ol>`}
${result.nextCursor ? html`<p><a rel="next" href="${url(q, { cursor: result.nextCursor })}">More results</a></p>` : ''}</section></div>`;
}

export function registerWorkspaceSearch(app: FastifyInstance, options: { store: Store; reference: ReferenceData; now: () => Date }): void {
  const run = (q: string, sort: SearchSort, cursor: string | undefined, viewer: Parameters<typeof search>[2]['viewer']) =>
    search(options.store, { referenceData: options.reference }, { q, viewer, today: todayUtc(options.now()), sort, limit: 20, cursor: cursor ?? null, facets: [...FACET_NAMES] });

  app.get<{ Querystring: Query }>('/workspace/search', async (request, reply) => {
    const signed = signedIn(request);
    const q = request.query.q ?? '';
    const sort = sortOf(request.query.sort);
    const form = html`<form role="search" method="get" action="/workspace/search"><p><label for="wq">Search the records you may see</label>
<input id="wq" name="q" type="search" value="${q}" size="50"> <label for="wsort">Sort</label> <select id="wsort" name="sort">${SEARCH_SORTS.map((s) => html`<option value="${s}"${s === sort ? html` selected` : ''}>${s}</option>`)}</select>
<button type="submit">Search</button></p><p class="muted">The portal's query language: words, "phrases", OR, -word, country:PRK, mandate:…, year:2024, replied:overdue, kind:reply.</p></form>`;
    try {
      const result = await run(q, sort, request.query.cursor, signed.viewer);
      return reply.type('text/html; charset=utf-8').send(workspacePage(signed, '/workspace/search', q ? `Search: ${q}` : 'Search', html`<h1>Search</h1>${form}${resultsHtml(q, sort, result)}`).value);
    } catch (e) {
      if (!isMissiveError(e, 'INVALID_VALUE')) throw e;
      return reply.code(400).type('text/html; charset=utf-8').send(workspacePage(signed, '/workspace/search', 'Search', html`<h1>Search</h1><p role="alert">${e.message}</p>${form}`).value);
    }
  });

  app.get<{ Querystring: Query }>('/api/v1/workspace/search', async (request) => {
    const signed = signedIn(request);
    const result = await run(request.query.q ?? '', sortOf(request.query.sort), request.query.cursor, signed.viewer);
    return { ...result, hits: result.hits.map((h) => ({ ...h, url: hitPath(h) })) };
  });
}
