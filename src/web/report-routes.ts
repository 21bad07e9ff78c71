import type { FastifyInstance } from 'fastify';
import { MissiveError, PUBLIC_VIEWER, todayUtc, type ReferenceData, type SessionCalendar } from '../domain/index.js';
import { reportCsv, reportHtml } from '../report/render.js';
import { sessionReport } from '../report/session-report.js';
import type { Store } from '../store/ports.js';

/**
 * The communications report to a Council session, from the records public on the day:
 * `/reports/sessions/{n}` (the printable page), `/api/v1/reports/sessions/{n}` (JSON, or CSV with
 * `?format=csv`). A PDF comes from `missive report --format pdf`.
 */
export function registerReports(app: FastifyInstance, options: { store: Store; reference: ReferenceData; sessions: SessionCalendar; now: () => Date }): void {
  const build = (value: string) => {
    if (!/^[1-9][0-9]{0,3}$/.test(value)) throw new MissiveError('UNKNOWN_SESSION', `session: "${value}" is not a session number`, { field: 'session', value });
    return sessionReport(options.store, options, { session: Number(value), today: todayUtc(options.now()), viewer: PUBLIC_VIEWER });
  };

  app.get<{ Params: { session: string }; Querystring: { format?: string } }>('/api/v1/reports/sessions/:session', async (request, reply) => {
    const format = request.query.format ?? 'json';
    if (format !== 'json' && format !== 'csv') throw new MissiveError('INVALID_VALUE', `format: "${format}" is not json or csv`, { field: 'format', value: format });
    const report = await build(request.params.session);
    if (format === 'json') return report;
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="missive-report-session-${report.session.number}.csv"`).send(reportCsv(report));
  });

  app.get<{ Params: { session: string } }>('/reports/sessions/:session', async (request, reply) => {
    try {
      return reply.type('text/html; charset=utf-8').send(reportHtml(await build(request.params.session)));
    } catch (e) {
      if (e instanceof MissiveError && e.code === 'UNKNOWN_SESSION') return reply.code(404).type('text/plain; charset=utf-8').send(e.message);
      throw e;
    }
  });
}
