import { MissiveError, type IsoDate, type Viewer } from '../domain/index.js';
import type { FacetName, SearchQuery, SearchRow, Store } from '../store/ports.js';
import { FACET_NAMES } from '../store/ports.js';
import type { QueryContext } from './query-parser.js';
import { formatQuery, parseQuery } from './query-parser.js';
import { planSearch } from './plan.js';
import { highlighterFor, leadSnippet, snippetFor, type Snippet } from './snippet.js';

/** Search as every caller (CLI, pages, API) uses it: parse, plan, run with visibility, cut snippets. */

export const SEARCH_SORTS = ['relevance', 'date', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const MAX_SEARCH_LIMIT = 100;
/**
 * How many of the newest matching index entries relevance ranks, totals and facets count when a
 * text matches more (a common word in a large collection): it bounds the cost of any query.
 * Sorting by date, or narrowing the query, reaches everything.
 */
export const RANK_WINDOW = 5_000;

export interface SearchRequest {
  readonly q: string;
  readonly viewer: Viewer;
  readonly today: IsoDate;
  readonly sort?: SearchSort;
  readonly limit?: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string | null;
  readonly facets?: readonly FacetName[];
  /** Count all hits even without facets (default true). */
  readonly count?: boolean;
  /** Cut highlighted snippets (default true). */
  readonly snippets?: boolean;
  /** The relevance window (default RANK_WINDOW); tests make it small. */
  readonly window?: number;
}

export interface SearchHit extends SearchRow {
  readonly snippet: Snippet | null;
}

export interface SearchResult {
  /** The query as understood, in canonical syntax. */
  readonly query: string;
  readonly sort: SearchSort;
  readonly total: number | null;
  /**
   * Null when hits, total and facets are complete; otherwise the text matched more than this
   * many index entries and relevance ranked (and counted) the newest this many only.
   */
  readonly window: number | null;
  readonly hits: readonly SearchHit[];
  readonly facets: Readonly<Record<string, readonly { readonly value: string; readonly count: number }[]>>;
  readonly nextCursor: string | null;
}

type Cursor = { readonly s: SearchSort; readonly o: number } | { readonly s: SearchSort; readonly d: string; readonly k: number };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodeCursor(text: string, sort: SearchSort): SearchQuery['after'] {
  const bad = (why: string) => new MissiveError('INVALID_VALUE', `cursor: "${text.slice(0, 40)}" ${why}; pass the nextCursor of a previous page unchanged`, { field: 'cursor', value: text });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw bad('is not a cursor');
  }
  if (typeof parsed !== 'object' || parsed === null) throw bad('is not a cursor');
  const c = parsed as Record<string, unknown>;
  if (c.s !== sort) throw bad(`belongs to another sort order (${String(c.s)}, not ${sort})`);
  if (typeof c.o === 'number' && Number.isInteger(c.o) && c.o >= 0) return { offset: c.o };
  if (typeof c.d === 'string' && typeof c.k === 'number' && Number.isInteger(c.k)) return { date: c.d, key: c.k };
  throw bad('is not a cursor');
}

function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
    throw new MissiveError('INVALID_VALUE', `limit: ${limit} must be a whole number from 1 to ${MAX_SEARCH_LIMIT}`, { field: 'limit', value: limit });
  }
  return limit;
}

export function checkFacets(names: readonly string[]): FacetName[] {
  for (const name of names) {
    if (!(FACET_NAMES as readonly string[]).includes(name)) {
      throw new MissiveError('INVALID_VALUE', `facets: "${name}" is not a facet; facets are ${FACET_NAMES.join(', ')}`, { field: 'facets', value: name });
    }
  }
  return [...new Set(names)] as FacetName[];
}

export async function search(store: Store, context: QueryContext, request: SearchRequest): Promise<SearchResult> {
  const node = parseQuery(request.q, context);
  const plan = planSearch(node);
  const sort = request.sort ?? 'relevance';
  if (!SEARCH_SORTS.includes(sort)) throw new MissiveError('INVALID_VALUE', `sort: "${String(sort)}" is not one of ${SEARCH_SORTS.join(', ')}`, { field: 'sort', value: sort });
  const limit = checkLimit(request.limit ?? 20);
  const facets = checkFacets(request.facets ?? []);
  const after = request.cursor ? decodeCursor(request.cursor, sort) : null;
  const window = request.window ?? RANK_WINDOW;
  if (!Number.isInteger(window) || window < 1) throw new MissiveError('INVALID_VALUE', `window: ${window} must be a whole number of at least 1`, { field: 'window', value: window });
  const result = await store.search.run({
    plan, viewer: request.viewer, today: request.today, sort, limit: limit + 1, after, facets, count: request.count ?? true, window,
  });
  const rows = result.rows.slice(0, limit);
  const last = rows[rows.length - 1];
  let nextCursor: string | null = null;
  if (result.rows.length > limit && last) {
    const byRelevance = sort === 'relevance' && plan.match !== null;
    const offset = after && 'offset' in after ? after.offset : 0;
    nextCursor = encodeCursor(byRelevance ? { s: sort, o: offset + limit } : { s: sort, d: last.date ?? '', k: last.key });
  }
  let hits: SearchHit[] = rows.map((r) => ({ ...r, snippet: null }));
  if (request.snippets ?? true) {
    const texts = await store.search.texts(rows.map((r) => r.key));
    const highlighter = highlighterFor(node);
    hits = rows.map((r) => {
      const sources = texts.get(r.key) ?? [];
      return { ...r, snippet: snippetFor(highlighter, sources) ?? leadSnippet(sources) };
    });
  }
  return { query: node === null ? '' : formatQuery(node), sort, total: result.total, window: result.windowed ? window : null, hits, facets: result.facets, nextCursor };
}
