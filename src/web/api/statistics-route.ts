import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import { MissiveError, parseIsoDate, PUBLIC_VIEWER, todayUtc, type ReferenceData, type SessionCalendar } from '../../domain/index.js';
import type { Figures } from '../../stats/figures.js';
import { statistics, type Statistics, type StatisticsGrouping } from '../../stats/service.js';
import type { Store } from '../../store/ports.js';
import type { StatsFilter } from '../../store/stats-ports.js';
import type { DataClock } from '../freshness.js';
import { cachedPage, PageCache } from '../page-cache.js';

/** The query of `/api/v1/statistics`: a filter (docs/statistics.md, "What is counted") and a grouping. */
export type StatisticsQuery = { state?: string; mandate?: string; type?: string; from?: string; to?: string; addressee?: string; groupBy?: string; format?: string };

const TYPES = ['UA', 'AL', 'OL'] as const;
const GROUPINGS: readonly StatisticsGrouping[] = ['none', 'year', 'session'];

const oneOf = <T extends string>(field: string, value: string, allowed: readonly T[]): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new MissiveError('INVALID_VALUE', `${field}: "${value}" is not one of ${allowed.join(', ')}`, { field, value });
};

/** Checks every parameter (a bad one is a 400 naming it), then trusts them. */
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

const COLUMNS = ['group', 'from', 'to', 'communications', 'UA', 'AL', 'OL', 'untyped', 'joint', 'joint_share', 'states', 'non_state_actors', 'replied',
  'replied_in_time', 'response_rate', 'response_rate_in_time', 'median_days_to_reply', 'p90_days_to_reply', 'overdue', 'follow_ups', 'follow_up_share', 'replies',
  'rejects', 'substantive', 'acknowledges', 'partial', 'unknown_stance'] as const;

const csvRow = (group: string, from: string, to: string, f: Figures): (string | number | null)[] => [group, from, to, f.communications, f.byType.UA, f.byType.AL,
  f.byType.OL, f.byType.untyped, f.joint, f.jointShare, f.states, f.nonStateActors, f.replied, f.repliedInTime, f.responseRate, f.responseRateInTime,
  f.medianDaysToReply, f.p90DaysToReply, f.overdue, f.followUps, f.followUpShare, f.replies, f.stances.rejects, f.stances.substantive, f.stances.acknowledges, f.stances.partial, f.stances.unknown];

/** One CSV row for the whole set, then one per year or session (sent window; replies by their own window). */
export function statisticsCsv(result: Statistics): string {
  const rows = [[...COLUMNS], csvRow('all', '', result.today, result.overall)];
  for (const g of result.groups) rows.push(csvRow(g.kind === 'year' ? String(g.year) : `session ${g.session.number}`, g.sent.from, g.sent.to, g.figures));
  return stringify(rows);
}

/**
 * `/api/v1/statistics`: every figure of docs/statistics.md over any filter, as the public may see
 * the records today, for the whole set and by year or by Council session; JSON, or CSV with `format=csv`.
 * Answers are kept while the data stamp and the day stay the same (the whole set at 200,000 letters
 * takes seconds to count), with a strong ETag.
 */
export function registerStatistics(app: FastifyInstance, options: { store: Store; reference: ReferenceData; sessions: SessionCalendar; now: () => Date; clock: DataClock }): void {
  const kept = new PageCache(options.clock, 500);
  app.get<{ Querystring: StatisticsQuery }>('/api/v1/statistics', async (request, reply) => {
    const { filter, groupBy } = statisticsFilter(request.query, options.reference);
    const format = oneOf('format', request.query.format ?? 'json', ['json', 'csv'] as const);
    const today = todayUtc(options.now());
    const answer = await kept.get(`${today} ${request.url}`, async () => {
      const result = await statistics(options.store, options.sessions, { filter, viewer: PUBLIC_VIEWER, today, groupBy });
      return cachedPage(format === 'json' ? JSON.stringify(result) : statisticsCsv(result));
    });
    if (format === 'json') reply.type('application/json; charset=utf-8');
    else reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="missive-statistics.csv"');
    return reply.header('etag', answer.etag).send(answer.body);
  });
}
