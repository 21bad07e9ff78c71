import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Accounts } from '../../accounts/service.js';
import { isMissiveError, type ErrorCode, type ReferenceData } from '../../domain/index.js';
import type { BlobStore } from '../../store/blobs.js';
import type { Store } from '../../store/ports.js';
import { html } from '../html.js';
import { addAuthentication, CALENDAR_ROUTE } from './auth.js';
import { registerDashboard } from './dashboard.js';
import { workspacePage } from './layout.js';
import { registerLogin } from './login.js';
import { registerIntake } from './intake.js';
import { registerRecords } from './records.js';
import { communicationActions, registerSecretariat } from './secretariat.js';
import { registerTokens } from './tokens.js';
import { registerAdmin } from './admin.js';
import { registerWorkspaceSearch } from './search.js';

/**
 * The workspace behind the portal: /login, /logout, /workspace/… pages and /api/v1/workspace/…
 * JSON, in an encapsulated plugin so that cookies, sessions and forms exist only here; the
 * public portal never reads a session, so nothing it answers can depend on who asks.
 * Nothing here is cached by shared caches (`Cache-Control: private, no-store`).
 */

export interface WorkspaceOptions {
  readonly store: Store;
  readonly blobs: BlobStore;
  readonly reference: ReferenceData;
  readonly now: () => Date;
  /** Shared with tests, which need to reach the login throttle. */
  readonly accounts?: Accounts;
}


const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429, CONFLICT: 409,
  INVALID_VALUE: 400, INVALID_DATE: 400, INVALID_REFERENCE: 400, UNKNOWN_COUNTRY: 400, UNKNOWN_MANDATE: 400, UNSUPPORTED_FORMAT: 400, UNREADABLE_FILE: 400, LIMIT_EXCEEDED: 413,
};

const wantsJson = (request: FastifyRequest) => request.url.startsWith('/api/') || request.headers.authorization !== undefined || request.routeOptions.url === CALENDAR_ROUTE;

function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = isMissiveError(error) ? STATUS[error.code] ?? 500 : error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) request.log.error(error);
  const message = status === 500 ? 'the server failed to answer; the error is logged' : error.message;
  const code = isMissiveError(error) ? error.code.toLowerCase() : status === 500 ? 'internal' : 'invalid_request';
  if (wantsJson(request)) return reply.code(status).send({ error: { code, message, ...(isMissiveError(error) && error.field ? { field: error.field } : {}) } });
  if (status === 401 && request.method === 'GET') return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
  const title = status === 404 ? 'Not found' : status === 403 ? 'Not allowed' : 'Something is wrong';
  return reply.code(status).type('text/html; charset=utf-8').send(workspacePage(request.signed, request.url, title, html`<h1>${title}</h1><p role="alert">${message}</p><p><a href="/workspace">Back to work</a></p>`).value);
}

export async function registerWorkspace(app: FastifyInstance, options: WorkspaceOptions): Promise<void> {
  const accounts = options.accounts ?? new Accounts(options.store, options.reference, options.now);
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  // Uploads: one file of up to 50 MB per form, its fields beside it in the body (the CSRF token among them).
  await app.register(multipart, { attachFieldsToBody: true, limits: { fileSize: 50 * 1024 * 1024, files: 1, fields: 20 } });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'private, no-store');
    return payload;
  });
  addAuthentication(app, accounts);
  app.setErrorHandler(answerError);
  registerLogin(app, accounts);
  registerDashboard(app, options);
  registerWorkspaceSearch(app, options);
  registerRecords(app, { ...options, communicationActions });
  registerSecretariat(app, options);
  registerIntake(app, options);
  registerTokens(app, accounts, options.store);
  registerAdmin(app, { ...options, accounts });
}
