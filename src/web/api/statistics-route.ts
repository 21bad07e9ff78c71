import type { FastifyInstance } from 'fastify';
import { PUBLIC_VIEWER, todayUtc, type ReferenceData, type SessionCalendar } from '../../domain/index.js';
import { statisticsCsv } from '../../stats/csv.js';
import { oneOf, statisticsFilter, type StatisticsQuery } from '../../stats/filter.js';
import { statistics } from '../../stats/service.js';
import type { Store } from '../../store/ports.js';
import type { DataClock } from '../freshness.js';
import { cachedPage, PageCache } from '../page-cache.js';

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
