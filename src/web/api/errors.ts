import type { FastifyError, FastifyInstance } from 'fastify';
import { isMissiveError, type ErrorCode } from '../../domain/index.js';

/**
 * Errors of the JSON API as JSON: `{ "error": { "code", "message", "field"? } }`. A bad
 * parameter is a 400 naming it (never an empty 200); an unknown record and one not yet public
 * are the same 404, so the answer says nothing about what exists.
 */
export interface ApiError {
  readonly error: { readonly code: 'invalid_parameter' | 'not_found' | 'internal'; readonly message: string; readonly field?: string };
}

export function notFound(what: string): ApiError {
  return { error: { code: 'not_found', message: `${what} is not among the published records` } };
}

/** What a request can get wrong: a value it passed. */
const BAD_PARAMETER: ReadonlySet<ErrorCode> = new Set(['INVALID_VALUE', 'INVALID_DATE', 'INVALID_REFERENCE', 'UNKNOWN_COUNTRY', 'UNKNOWN_MANDATE', 'UNKNOWN_SESSION']);

export function registerApiErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (!request.url.startsWith('/api/')) return reply.send(error);
    if (isMissiveError(error) && BAD_PARAMETER.has(error.code)) {
      return reply.code(400).send({ error: { code: 'invalid_parameter', message: error.message, ...(error.field ? { field: error.field } : {}) } } satisfies ApiError);
    }
    if (error.validation) {
      const field = error.validation[0]?.instancePath.replace(/^\//, '') || error.validation[0]?.params?.missingProperty;
      return reply.code(400).send({ error: { code: 'invalid_parameter', message: error.message, ...(typeof field === 'string' && field ? { field } : {}) } } satisfies ApiError);
    }
    request.log.error(error);
    return reply.code(500).send({ error: { code: 'internal', message: 'the server failed to answer; the error is logged' } } satisfies ApiError);
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) return reply.code(404).send({ error: { code: 'not_found', message: `no API route ${request.method} ${request.url.split('?')[0] ?? ''}` } } satisfies ApiError);
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
  });
}
