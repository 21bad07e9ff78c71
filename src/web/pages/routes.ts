import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isMissiveError, PUBLIC_VIEWER, todayUtc, type ReferenceData, type SessionCalendar } from '../../domain/index.js';
import { mandateProfile, stateProfile } from '../../public/profiles.js';
import { PublicRecords } from '../../public/records.js';
import { FACET_NAMES, type Store } from '../../store/ports.js';
import { search, SEARCH_SORTS, type SearchSort } from '../../search/service.js';
import type { SafeHtml } from '../html.js';
import { LOCALES, localePath, negotiate, type Locale } from '../i18n/locales.js';
import type { DataClock } from '../freshness.js';
import { cachedPage, PageCache, type CachedPage } from '../page-cache.js';
import type { PageContext } from './layout.js';
import { methodologyPage, profilePage } from './profile-page.js';
import { trendsPage } from './trends-page.js';
import { statistics } from '../../stats/service.js';
import type { YearGroup } from '../../stats/statistics.js';
import { communicationPage, notFoundPage, replyPage } from './record-pages.js';
import { badSearchPage, searchPage } from './search-page.js';

/**
 * The portal's pages, server-rendered, in every interface language: English at the root, the
 * others under their prefix. Only published records, as of the day of the request.
 */

type Query = { q?: string; sort?: string; cursor?: string; hl?: string };

function context(locale: Locale, request: FastifyRequest, prefix: string): PageContext {
  const [path = '/', query = ''] = request.url.split('?', 2);
  const bare = path.slice(prefix.length) || '/';
  return { locale, path: bare, query: query ? `?${query}` : '' };
}

const send = (reply: FastifyReply, page: CachedPage) => reply.code(page.status).type('text/html; charset=utf-8').header('etag', page.etag).send(page.body);
const rendered = (body: SafeHtml, status = 200): CachedPage => cachedPage(body.value, status);

export function registerPages(app: FastifyInstance, options: { store: Store; reference: ReferenceData; sessions: SessionCalendar; now: () => Date; clock: DataClock }): void {
  const { store, reference, now } = options;
  const records = new PublicRecords(store, reference);
  const cache = new PageCache(options.clock);
  /**
   * A page from the cache of this day's pages, or rendered. Pages are validated by their strong
   * ETag alone: dating them too cost a fifth of the cached page's throughput (bench/web).
   */
  const cached = (request: FastifyRequest, render: () => Promise<CachedPage>): CachedPage | Promise<CachedPage> => cache.get(`${todayUtc(now())} ${request.url}`, render);

  for (const locale of LOCALES) {
    const prefix = locale === 'en' ? '' : `/${locale}`;

    app.get<{ Querystring: Query }>(`${prefix}/`, async (request, reply) => {
      // At the root, a browser asking for another of our languages is sent to it (unless it chose English).
      const wanted = locale === 'en' && request.query.hl !== 'en' ? negotiate(request.headers['accept-language']) : null;
      reply.header('vary', 'Accept-Language');
      if (wanted !== null && wanted !== 'en') return reply.redirect(localePath(wanted, '/'), 302);
      return send(reply, await cached(request, async () => {
        const result = await search(store, { referenceData: reference }, { q: '', viewer: PUBLIC_VIEWER, today: todayUtc(now()), sort: 'date', limit: 20, facets: ['kind', 'country', 'year'] });
        return rendered(searchPage(context(locale, request, prefix), { q: '', sort: 'date', result, reference, home: true }));
      }));
    });

    app.get<{ Querystring: Query }>(`${prefix}/search`, async (request, reply) => {
      const ctx = context(locale, request, prefix);
      const q = request.query.q ?? '';
      const sort = (SEARCH_SORTS as readonly string[]).includes(request.query.sort ?? '') ? (request.query.sort as SearchSort) : 'relevance';
      return send(reply, await cached(request, async () => {
        try {
          const result = await search(store, { referenceData: reference }, {
            q, viewer: PUBLIC_VIEWER, today: todayUtc(now()), sort, limit: 20, cursor: request.query.cursor ?? null, facets: [...FACET_NAMES],
          });
          return rendered(searchPage(ctx, { q, sort, result, reference }));
        } catch (e) {
          if (isMissiveError(e, 'INVALID_VALUE')) return rendered(badSearchPage(ctx, q, e.message), 400);
          throw e;
        }
      }));
    });

    app.get<{ Params: { ref: string } }>(`${prefix}/communications/:ref`, async (request, reply) => {
      const ctx = context(locale, request, prefix);
      return send(reply, await cached(request, async () => {
        const found = await records.communication(request.params.ref, todayUtc(now()));
        return found ? rendered(communicationPage(ctx, found)) : rendered(notFoundPage(ctx), 404);
      }));
    });

    app.get<{ Params: { code: string } }>(`${prefix}/states/:code`, async (request, reply) => {
      const ctx = context(locale, request, prefix);
      return send(reply, await cached(request, async () => {
        const found = await stateProfile(store, reference, request.params.code, todayUtc(now()), locale);
        return found ? rendered(profilePage(ctx, found)) : rendered(notFoundPage(ctx), 404);
      }));
    });

    app.get<{ Params: { id: string } }>(`${prefix}/mandates/:id`, async (request, reply) => {
      const ctx = context(locale, request, prefix);
      return send(reply, await cached(request, async () => {
        const found = await mandateProfile(store, reference, request.params.id, todayUtc(now()));
        return found ? rendered(profilePage(ctx, found)) : rendered(notFoundPage(ctx), 404);
      }));
    });

    app.get(`${prefix}/trends`, async (request, reply) => {
      const ctx = context(locale, request, prefix);
      return send(reply, await cached(request, async () => {
        const all = await statistics(store, options.sessions, { filter: {}, viewer: PUBLIC_VIEWER, today: todayUtc(now()), groupBy: 'year' });
        return rendered(trendsPage(ctx, all.groups as YearGroup[]));
      }));
    });

    app.get(`${prefix}/about/figures`, async (request, reply) => send(reply, rendered(methodologyPage(context(locale, request, prefix)))));

    app.get<{ Params: { id: string } }>(`${prefix}/replies/:id`, async (request, reply) => {
      const ctx = context(locale, request, prefix);
        return send(reply, await cached(request, async () => {
        const found = await records.reply(request.params.id, todayUtc(now()));
        return found ? rendered(replyPage(ctx, found)) : rendered(notFoundPage(ctx), 404);
      }));
    });
  }
}
