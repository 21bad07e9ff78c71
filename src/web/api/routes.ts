import type { FastifyInstance } from 'fastify';
import { MissiveError, PUBLIC_VIEWER, todayUtc, type IsoDate, type ReferenceData } from '../../domain/index.js';
import { checkFacets, MAX_SEARCH_LIMIT, search, SEARCH_SORTS, type SearchSort } from '../../search/service.js';
import type { Store } from '../../store/ports.js';
import { recordPath } from '../permalinks.js';
import { mandateProfile, stateProfile } from '../../public/profiles.js';
import { exportRows, prepareExport } from '../../search/export.js';
import { figuresByYear, replyFigures, type ReplyTime } from '../../stats/response.js';
import { PublicRecords } from '../../public/records.js';
import { registerCalendar } from './calendar.js';
import { OPENAPI } from './openapi.js';
import { apiDocsPage } from '../pages/api-docs-page.js';
import { registerExports } from './exports.js';
import { wholeNumber } from './params.js';
import { notFound, registerApiErrors } from './errors.js';

/** The JSON API under /api/v1: what the public may see, as of the day of the request. */

interface SearchParams { q?: string; sort?: string; facets?: string; limit?: string; cursor?: string }

function sortParam(value: string | undefined): SearchSort {
  if (value === undefined) return 'relevance';
  if (!(SEARCH_SORTS as readonly string[]).includes(value)) throw new MissiveError('INVALID_VALUE', `sort: "${value}" is not one of ${SEARCH_SORTS.join(', ')}`, { field: 'sort', value });
  return value as SearchSort;
}

export function registerApi(app: FastifyInstance, options: { store: Store; reference: ReferenceData; now: () => Date }): void {
  const { store, reference, now } = options;
  const records = new PublicRecords(store, reference);
  const today = (): IsoDate => todayUtc(now());
  registerApiErrors(app);
  registerExports(app, { store, reference, today });
  registerCalendar(app, { store, reference, today });
  app.get('/api/openapi.json', async () => OPENAPI);
  app.get('/api/docs', async (request, reply) => reply.type('text/html; charset=utf-8').send(apiDocsPage({ locale: 'en', path: '/api/docs', query: '', localized: false }, OPENAPI).value));

  app.get<{ Querystring: SearchParams }>('/api/v1/search', async (request) => {
    const p = request.query;
    const result = await search(store, { referenceData: reference }, {
      q: p.q ?? '', viewer: PUBLIC_VIEWER, today: today(), sort: sortParam(p.sort), limit: wholeNumber(p.limit, 'limit', 20, { min: 1, max: MAX_SEARCH_LIMIT }),
      cursor: p.cursor ?? null, facets: p.facets ? checkFacets(p.facets.split(',').filter((f) => f.length > 0)) : [],
    });
    return {
      query: result.query, sort: result.sort, total: result.total, window: result.window, nextCursor: result.nextCursor,
      facets: result.facets,
      hits: result.hits.map((h) => ({
        kind: h.kind, id: h.recordId, title: h.title, subject: h.subject, date: h.date, replied: h.replied, score: h.score,
        url: recordPath(h), snippet: h.snippet,
      })),
    };
  });

  app.get<{ Params: { ref: string } }>('/api/v1/communications/:ref', async (request, reply) => {
    const found = await records.communication(request.params.ref, today());
    return found ?? reply.code(404).send(notFound(`communication ${request.params.ref}`));
  });

  app.get<{ Params: { code: string } }>('/api/v1/states/:code', async (request, reply) => {
    const found = await stateProfile(store, reference, request.params.code, today());
    return found ?? reply.code(404).send(notFound(`State ${request.params.code}`));
  });

  app.get<{ Params: { id: string } }>('/api/v1/mandates/:id', async (request, reply) => {
    const found = await mandateProfile(store, reference, request.params.id, today());
    return found ?? reply.code(404).send(notFound(`mandate ${request.params.id}`));
  });

  app.get<{ Querystring: { q?: string } }>('/api/v1/stats', async (request) => {
    const q = request.query.q ?? '';
    const prepared = prepareExport({ referenceData: reference }, { q });
    const times: ReplyTime[] = [];
    for await (const row of exportRows(store, prepared, { viewer: PUBLIC_VIEWER, today: today(), facets: false })) {
      if (row.kind === 'communication' && row.date !== null) times.push({ sent: row.date as IsoDate, firstReply: row.firstReply as IsoDate | null });
    }
    return { query: q, figures: replyFigures(times), byYear: figuresByYear(times) };
  });

  app.get<{ Params: { id: string } }>('/api/v1/replies/:id', async (request, reply) => {
    const found = await records.reply(request.params.id, today());
    return found ?? reply.code(404).send(notFound(`reply ${request.params.id}`));
  });
}
