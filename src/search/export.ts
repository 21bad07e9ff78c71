import { MissiveError, type IsoDate, type Viewer } from '../domain/index.js';
import type { SearchRow, Store } from '../store/ports.js';
import { planSearch, type SearchPlan } from './plan.js';
import { parseQuery, type QueryContext } from './query-parser.js';
import { RANK_WINDOW } from './service.js';

/**
 * Every hit of a search in date order, read in batches by keyset, so that an export of any size
 * holds one batch in memory. The query is checked before the first row (a bad query is an error,
 * not a truncated file), and each row carries the facet values the index holds for it.
 */

export const EXPORT_SORTS = ['date', 'oldest'] as const;
export type ExportSort = (typeof EXPORT_SORTS)[number];
const BATCH = 500;

export interface ExportRow extends SearchRow {
  readonly facets: readonly (readonly [field: string, value: string])[];
}

export interface ExportRequest {
  readonly q: string;
  readonly viewer: Viewer;
  readonly today: IsoDate;
  readonly sort?: string;
  /** At most this many rows (all by default). */
  readonly max?: number;
  /** Read each row's facet values (default true). */
  readonly facets?: boolean;
}

export interface PreparedExport {
  readonly plan: SearchPlan;
  readonly sort: ExportSort;
}

/** Parses and checks an export request; throws INVALID_VALUE naming the parameter. */
export function prepareExport(context: QueryContext, request: Pick<ExportRequest, 'q' | 'sort'>): PreparedExport {
  const sort = request.sort ?? 'date';
  if (!(EXPORT_SORTS as readonly string[]).includes(sort)) {
    throw new MissiveError('INVALID_VALUE', `sort: "${sort}" cannot be exported; exports and feeds are in date order: ${EXPORT_SORTS.join(' or ')}`, { field: 'sort', value: sort });
  }
  return { plan: planSearch(parseQuery(request.q, context)), sort: sort as ExportSort };
}

export async function* exportRows(store: Store, prepared: PreparedExport, request: Omit<ExportRequest, 'q' | 'sort'>): AsyncGenerator<ExportRow> {
  let after: { date: string; key: number } | null = null;
  let left = request.max ?? Number.POSITIVE_INFINITY;
  while (left > 0) {
    const limit = Math.min(BATCH, left);
    const { rows } = await store.search.run({
      plan: prepared.plan, viewer: request.viewer, today: request.today, sort: prepared.sort, limit, after, facets: [], count: false, window: RANK_WINDOW,
    });
    const facets = request.facets === false ? new Map<number, ExportRow['facets']>() : await store.search.facetValues(rows.map((r) => r.key));
    for (const row of rows) yield { ...row, facets: facets.get(row.key) ?? [] };
    const last = rows[rows.length - 1];
    if (rows.length < limit || !last) return;
    left -= rows.length;
    after = { date: last.date ?? '', key: last.key };
  }
}
