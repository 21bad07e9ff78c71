import { timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { viewerOf, type Accounts } from '../../accounts/service.js';
import { MissiveError, type Viewer } from '../../domain/index.js';
import type { User } from '../../store/ports.js';

/**
 * Who is asking, for the workspace: a session cookie (browsers) or a personal API token
 * (`Authorization: Bearer mst_…`, scripts). Forms posted with a session must carry its CSRF token
 * (a hidden `_csrf` field or an `x-csrf-token` header); a token request carries no ambient
 * credential, so it needs none.
 */

export const SESSION_COOKIE = 'missive_session';
/** The one route that accepts an API token in its query string (`?token=`), for calendar subscriptions. */
export const CALENDAR_ROUTE = '/workspace/deadlines.ics';

export interface Signed {
  readonly user: User;
  readonly viewer: Viewer;
  /** Present for a session (forms must echo it); null for an API token. */
  readonly csrfToken: string | null;
  readonly sessionId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    signed: Signed | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A text field of a posted form, url-encoded or multipart (where a field is `{ value }`). */
export function formValue(body: unknown, name: string): string | undefined {
  const raw = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  if (typeof raw === 'string') return raw;
  const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { value?: unknown }).value : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The session cookie: HTTP-only, Secure (browsers keep it on http://localhost too), same-site lax. */
export function sessionCookie(reply: FastifyReply, value: string | null, maxAgeSeconds = 0): FastifyReply {
  return reply.setCookie(SESSION_COOKIE, value ?? '', { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: value === null ? 0 : maxAgeSeconds });
}

/** Resolves `request.signed` for every route of `app`, and checks CSRF tokens on unsafe methods. */
export function addAuthentication(app: FastifyInstance, accounts: Accounts): void {
  if (!app.hasRequestDecorator('signed')) app.decorateRequest('signed', null);
  app.addHook('preHandler', async (request: FastifyRequest) => {
    request.signed = null;
    // Calendar programs cannot send headers: the deadlines feed also takes the token in its address.
    const inAddress = request.routeOptions.url === CALENDAR_ROUTE ? (request.query as { token?: unknown }).token : undefined;
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? (typeof inAddress === 'string' ? inAddress : undefined);
    if (bearer !== undefined) {
      const user = await accounts.tokenUser(bearer);
      if (!user) throw new MissiveError('UNAUTHORIZED', 'the API token is unknown, revoked, or its account disabled', { field: 'authorization' });
      request.signed = { user, viewer: viewerOf(user), csrfToken: null, sessionId: null };
      return;
    }
    const sessionId = request.cookies[SESSION_COOKIE];
    const session = sessionId ? await accounts.session(sessionId) : null;
    if (session && sessionId) request.signed = { user: session.user, viewer: viewerOf(session.user), csrfToken: session.csrfToken, sessionId };
    if (UNSAFE.has(request.method) && request.signed?.csrfToken) {
      const sent = formValue(request.body, '_csrf') ?? request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, request.signed.csrfToken)) {
        throw new MissiveError('FORBIDDEN', 'this form is out of date or did not come from Missive (CSRF token missing or wrong): reload the page and try again', { field: '_csrf' });
      }
    }
  });
}

/** The signed-in person, or an UNAUTHORIZED error (pages turn it into a redirect to the login). */
export function signedIn(request: FastifyRequest): Signed {
  if (!request.signed) throw new MissiveError('UNAUTHORIZED', 'sign in first', { field: 'session' });
  return request.signed;
}

/** The signed-in person if their role is one of `roles`; otherwise FORBIDDEN. */
export function requireRole(request: FastifyRequest, ...roles: User['role'][]): Signed {
  const signed = signedIn(request);
  if (!roles.includes(signed.user.role)) throw new MissiveError('FORBIDDEN', `this needs the role ${roles.join(' or ')}`, { field: 'role' });
  return signed;
}
