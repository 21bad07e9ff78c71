import compress from '@fastify/compress';
import etag from '@fastify/etag';
import Fastify, { type FastifyInstance } from 'fastify';
import { PUBLIC_VIEWER, todayUtc, type ReferenceData, type SessionCalendar } from '../domain/index.js';
import { loadReferenceData } from '../reference/load.js';
import { registerReports } from './report-routes.js';
import { registerStatistics } from './api/statistics-route.js';
import type { BlobStore } from '../store/blobs.js';
import type { Store } from '../store/ports.js';
import { registerApi } from './api/routes.js';
import { registerFiles } from './files.js';
import { addLastModified, DataClock } from './freshness.js';
import { registerWorkspace } from './workspace/index.js';
import type { Accounts } from '../accounts/service.js';
import { registerPages } from './pages/routes.js';
import { communicationsPage } from './communications-page.js';

export interface ServerOptions {
  readonly store: Store;
  /** Where the original files are: downloads read them. */
  readonly blobs: BlobStore;
  readonly reference: ReferenceData;
  readonly now?: () => Date;
  readonly logger?: boolean;
  /** The Council sessions (report windows); read from data/reference when absent. */
  readonly sessions?: SessionCalendar;
  /** The accounts service (tests pass theirs to reach the login throttle); made from the store otherwise. */
  readonly accounts?: Accounts;
}

const PAGE_SIZE = 50;

export function buildServer(options: ServerOptions): FastifyInstance {
  const { store, blobs, reference } = options;
  const now = options.now ?? (() => new Date());
  const app = Fastify({ logger: options.logger ?? false });
  // Strong ETags over every buffered answer (a repeat visit is a 304), and brotli or gzip by Accept-Encoding;
  // Last-Modified on every answer from the data (freshness.ts), streamed ones included.
  void app.register(etag);
  void app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'], customTypes: /^(text\/|application\/(json|jsonl|atom\+xml|xml)\b)/ });
  // Routes go in a plugin registered after those two, so that their hooks apply to every route.
  void app.register(async (routes) => registerRoutes(routes, { store, blobs, reference, now, accounts: options.accounts, sessions: options.sessions }));
  return app;
}

function registerRoutes(app: FastifyInstance, options: { store: Store; blobs: BlobStore; reference: ReferenceData; now: () => Date; accounts?: Accounts; sessions?: SessionCalendar }): void {
  const { store, blobs, reference, now } = options;
  const clock = new DataClock(store, now);
  const sessions = options.sessions ?? loadReferenceData().sessions;
  // Dated: the API, exports, feeds and files (streamed answers have no ETag). Pages have strong ETags;
  // signed-in answers are never dated for shared caches, since they depend on who asks.
  addLastModified(app, clock, (url) => !(url.startsWith('/api/') || url.startsWith('/files/')) || url.startsWith('/api/v1/workspace'));
  app.get('/healthz', async (_request, reply) => {
    try {
      const communications = await store.communications.count({ viewer: PUBLIC_VIEWER, today: todayUtc(now()) });
      return { status: 'ok', database: store.kind, publicCommunications: communications };
    } catch (e) {
      return reply.code(503).send({ status: 'unavailable', database: store.kind, message: (e as Error).message });
    }
  });

  app.get<{ Querystring: { page?: string } }>('/communications', {
    schema: { querystring: { type: 'object', properties: { page: { type: 'string', pattern: '^[1-9][0-9]{0,6}$' } }, additionalProperties: true } },
  }, async (request, reply) => {
    const page = Number(request.query.page ?? '1');
    const today = todayUtc(now());
    const [rows, total] = await Promise.all([
      store.communications.list({ viewer: PUBLIC_VIEWER, today, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
      store.communications.count({ viewer: PUBLIC_VIEWER, today }),
    ]);
    return reply.type('text/html; charset=utf-8').send(communicationsPage({ rows, total, page, pageSize: PAGE_SIZE, reference }).value);
  });

  registerApi(app, { store, reference, now });
  registerPages(app, { store, reference, sessions, now, clock });
  registerFiles(app, { store, blobs, reference, now });
  registerReports(app, { store, reference, sessions, now });
  registerStatistics(app, { store, reference, sessions, now, clock });
  void app.register(async (workspace) => registerWorkspace(workspace, { store, blobs, reference, now, accounts: options.accounts }));
}
