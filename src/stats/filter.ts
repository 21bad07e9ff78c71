import { MissiveError, parseIsoDate, type ReferenceData } from '../domain/index.js';
import type { StatsFilter } from '../store/stats-ports.js';
import type { StatisticsGrouping } from './service.js';

/**
 * A statistics filter and grouping as people write them (`/api/v1/statistics`, `missive stats`):
 * every parameter checked, a bad one an error naming it; then trusted.
 */

/** The query: a filter (docs/statistics.md, "What is counted") and a grouping. */
export type StatisticsQuery = { state?: string; mandate?: string; type?: string; from?: string; to?: string; addressee?: string; groupBy?: string; format?: string };

const TYPES = ['UA', 'AL', 'OL'] as const;
const GROUPINGS: readonly StatisticsGrouping[] = ['none', 'year', 'session'];

/** `value` if it is one of `allowed`, else an error naming `field`. */
export const oneOf = <T extends string>(field: string, value: string, allowed: readonly T[]): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new MissiveError('INVALID_VALUE', `${field}: "${value}" is not one of ${allowed.join(', ')}`, { field, value });
};

/** Checks every parameter (a bad one is an INVALID_VALUE, UNKNOWN_COUNTRY, UNKNOWN_MANDATE or INVALID_DATE error naming it). */
export function statisticsFilter(query: StatisticsQuery, reference: ReferenceData): { filter: StatsFilter; groupBy: StatisticsGrouping } {
  const filter: { -readonly [K in keyof StatsFilter]: StatsFilter[K] } = {};
  if (query.state !== undefined) filter.state = reference.checkAddresseeCode(query.state.toUpperCase(), 'state');
  if (query.mandate !== undefined) filter.mandateId = reference.mandate(query.mandate, 'mandate').id;
  if (query.type !== undefined) filter.type = oneOf('type', query.type.toUpperCase(), TYPES);
  if (query.from !== undefined) filter.from = parseIsoDate(query.from, 'from');
  if (query.to !== undefined) filter.to = parseIsoDate(query.to, 'to');
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    throw new MissiveError('INVALID_VALUE', `to: ${filter.to} is before from: ${filter.from}`, { field: 'to', value: filter.to });
  }
  if (query.addressee !== undefined) filter.addresseeKind = oneOf('addressee', query.addressee, ['state', 'non-state'] as const);
  return { filter, groupBy: oneOf('groupBy', query.groupBy ?? 'year', GROUPINGS) };
}
