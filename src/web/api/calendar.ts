import type { FastifyInstance } from 'fastify';
import { createEvents, type EventAttributes } from 'ics';
import { addDays, parseIsoDate, PUBLIC_VIEWER, REPLY_WINDOW_DAYS, type IsoDate, type ReferenceData } from '../../domain/index.js';
import { exportRows, prepareExport } from '../../search/export.js';
import type { Store } from '../../store/ports.js';
import { origin, recordPath } from '../permalinks.js';

/**
 * /api/v1/deadlines.ics: the reply deadlines of public communications as an iCalendar feed
 * (one all-day event on the day each reply is due), from a day (a year back by default), for
 * any search (`q`, the query language of /api/v1/search).
 */

const MAX_EVENTS = 10_000;

const dateParts = (d: IsoDate): [number, number, number] => [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];

export function registerCalendar(app: FastifyInstance, options: { store: Store; reference: ReferenceData; today: () => IsoDate }): void {
  const { store, reference, today } = options;
  app.get<{ Querystring: { q?: string; from?: string } }>('/api/v1/deadlines.ics', async (request, reply) => {
    const day = today();
    const from = request.query.from === undefined ? addDays(day, -365) : parseIsoDate(request.query.from, 'from');
    const prepared = prepareExport({ referenceData: reference }, { q: request.query.q ?? '' });
    // Newest first: once a letter was sent more than the reply window before `from`, every later row is due earlier.
    const sentSince = addDays(from, -REPLY_WINDOW_DAYS);
    const base = origin(request);
    const events: EventAttributes[] = [];
    for await (const row of exportRows(store, prepared, { viewer: PUBLIC_VIEWER, today: day, facets: false })) {
      if (row.date !== null && row.date < sentSince) break;
      if (row.kind !== 'communication' || row.dueOn === null || row.dueOn < from) continue;
      const end = addDays(row.dueOn as IsoDate, 1);
      const url = base + recordPath(row);
      events.push({ uid: `${url}#reply-due`, title: `Reply due: ${row.title}`, description: row.subject, url, start: dateParts(row.dueOn as IsoDate), end: dateParts(end), productId: 'missive' });
      if (events.length >= MAX_EVENTS) break;
    }
    const { error, value } = createEvents(events, { productId: 'missive', calName: 'Missive: reply deadlines' });
    if (error || value === undefined) throw error ?? new Error('the calendar could not be written');
    return reply.type('text/calendar; charset=utf-8').send(value);
  });
}
