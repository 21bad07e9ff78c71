import type { IsoDate, Viewer } from '../domain/index.js';
import type { Store } from '../store/ports.js';
import type { StatsFilter } from '../store/stats-ports.js';
import { statisticsGrouped, type Figures, type Grouping, type SessionGroup, type SessionLookup, type YearGroup } from './statistics.js';

export type StatisticsGrouping = Grouping;

export interface StatisticsRequest {
  readonly filter: StatsFilter;
  readonly viewer: Viewer;
  /** The reference day: what had happened, and what the viewer may see, on that day. */
  readonly today: IsoDate;
  readonly groupBy: StatisticsGrouping;
}

export interface Statistics {
  readonly filter: StatsFilter;
  readonly today: IsoDate;
  readonly groupBy: StatisticsGrouping;
  /** The whole filtered set. */
  readonly overall: Figures;
  /** Years or sessions in order; empty when not grouped. */
  readonly groups: readonly (YearGroup | SessionGroup)[];
}

/** Statistics over a filter as a viewer may see them on a day (docs/statistics.md): one load, then pure counting. */
export async function statistics(store: Pick<Store, 'stats'>, sessions: SessionLookup, request: StatisticsRequest): Promise<Statistics> {
  const { filter, viewer, today, groupBy } = request;
  const rows = await store.stats.rows(filter, viewer, today);
  return { filter, today, groupBy, ...statisticsGrouped(rows, today, groupBy, sessions) };
}
