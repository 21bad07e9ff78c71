import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Feed } from 'feed';
import { PUBLIC_VIEWER, type IsoDate, type ReferenceData } from '../../domain/index.js';
import { publicDataset } from '../../public/dataset.js';
import { exportRows, prepareExport, type ExportRow } from '../../search/export.js';
import type { Store } from '../../store/ports.js';
import { origin, recordPath } from '../permalinks.js';
import { MAX_SEARCH_LIMIT } from '../../search/service.js';
import { wholeNumber } from './params.js';

/**
 * A search as a file: CSV and JSON Lines of every hit (streamed, whatever the size), and an Atom
 * feed of the newest. Same query parameters as /api/v1/search; exports are in date order.
 */

interface ExportParams { q?: string; sort?: string; limit?: string }

const COLUMNS = ['kind', 'id', 'title', 'date', 'country', 'type', 'mandates', 'languages', 'stance', 'references', 'replied', 'subject', 'url'] as const;
const FEED_SIZE = 50;

function flat(row: ExportRow, base: string): Record<(typeof COLUMNS)[number], string | number | null> {
  const values = (field: string) => row.facets.filter(([f]) => f === field).map(([, v]) => v).join(';');
  return {
    kind: row.kind, id: row.recordId, title: row.title, date: row.date, country: values('country'), type: values('type'),
    mandates: values('mandate'), languages: values('lang'), stance: values('stance') || null, references: values('ref'),
    replied: row.replied, subject: row.subject, url: base + recordPath(row),
  };
}

export function registerExports(app: FastifyInstance, options: { store: Store; reference: ReferenceData; today: () => IsoDate }): void {
  const { store, reference, today } = options;
  /** Checks the request (a bad one is a 400 before any byte is sent) and starts reading its rows. */
  const start = (request: FastifyRequest<{ Querystring: ExportParams }>, feed = false) => {
    const p = request.query;
    const prepared = prepareExport({ referenceData: reference }, { q: p.q ?? '', ...(p.sort ? { sort: p.sort } : {}) });
    const max = feed ? wholeNumber(p.limit, 'limit', FEED_SIZE, { min: 1, max: MAX_SEARCH_LIMIT }) : p.limit === undefined ? undefined : wholeNumber(p.limit, 'limit', 0, { min: 1, max: 999_999_999 });
    return exportRows(store, prepared, { viewer: PUBLIC_VIEWER, today: today(), ...(max === undefined ? {} : { max }) });
  };
  const filename = (ext: string) => `attachment; filename="missive-search.${ext}"`;

  app.get<{ Querystring: ExportParams }>('/api/v1/search.csv', async (request, reply) => {
    const rows = start(request);
    const base = origin(request);
    const csv = Readable.from((async function* () { for await (const row of rows) yield flat(row, base); })())
      .pipe(stringify({ header: true, columns: [...COLUMNS], bom: false }));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', filename('csv')).send(csv);
  });

  app.get<{ Querystring: ExportParams }>('/api/v1/search.jsonl', async (request, reply) => {
    const rows = start(request);
    const base = origin(request);
    const lines = Readable.from((async function* () { for await (const row of rows) yield `${JSON.stringify(flat(row, base))}\n`; })());
    return reply.type('application/jsonl; charset=utf-8').header('content-disposition', filename('jsonl')).send(lines);
  });

  app.get('/api/v1/export', async (_request, reply) => {
    const records = publicDataset(store, reference, today());
    const lines = Readable.from((async function* () { for await (const record of records) yield `${JSON.stringify(record)}\n`; })());
    return reply.type('application/jsonl; charset=utf-8').header('content-disposition', 'attachment; filename="missive-dataset.jsonl"').send(lines);
  });

  app.get<{ Querystring: ExportParams }>('/api/v1/search.atom', async (request, reply) => {
    const rows = start(request, true);
    const base = origin(request);
    const q = request.query.q ?? '';
    const self = `${base}${request.url}`;
    const feed = new Feed({
      title: q ? `Missive: ${q}` : 'Missive: newest communications and replies', id: self, link: `${base}/search?q=${encodeURIComponent(q)}`,
      copyright: 'Public records of the UN Special Procedures', updated: new Date(`${today()}T00:00:00Z`), feedLinks: { atom: self },
    });
    for await (const row of rows) {
      const url = base + recordPath(row);
      feed.addItem({ title: row.title, id: url, link: url, description: row.subject, date: new Date(`${row.date ?? today()}T00:00:00Z`) });
    }
    return reply.type('application/atom+xml; charset=utf-8').send(feed.atom1());
  });
}
