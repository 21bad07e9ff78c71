import type { FastifyInstance, FastifyReply } from 'fastify';
import { SESSION_HOURS, type Accounts } from '../../accounts/service.js';
import { newSecret } from '../../accounts/secrets.js';
import { isMissiveError, MissiveError } from '../../domain/index.js';
import { html } from '../html.js';
import { sameSecret, sessionCookie, signedIn } from './auth.js';
import { csrfField, workspacePage } from './layout.js';

/**
 * Signing in and out. The login form is protected from cross-site posting by a double-submit
 * token (a random cookie the form must repeat), since there is no session yet to hold one.
 */

const LOGIN_COOKIE = 'missive_login';

/** Where to go after signing in: only a workspace path of this site. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/workspace(\/[\w\-./%?=&]*)?$/.test(next) && !next.includes('//') ? next : '/workspace';
}

function loginPage(reply: FastifyReply, next: string, problem: string | null, status = 200) {
  const token = newSecret();
  reply.setCookie(LOGIN_COOKIE, token, { path: '/login', httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600 });
  return reply.code(status).type('text/html; charset=utf-8').send(workspacePage(null, '/login', 'Sign in', html`<h1>Sign in to the workspace</h1>
${problem ? html`<p role="alert" class="error">${problem}</p>` : ''}
<form method="post" action="/login">${csrfField(token)}<input type="hidden" name="next" value="${next}">
<p><label for="username">Username</label><br><input id="username" name="username" autocomplete="username" required></p>
<p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Sign in</button></p></form>
<p class="muted">The public portal needs no account: <a href="/">search the published records</a>.</p>`).value);
}

export function registerLogin(app: FastifyInstance, accounts: Accounts): void {
  app.get<{ Querystring: { next?: string } }>('/login', async (request, reply) => {
    if (request.signed) return reply.redirect(safeNext(request.query.next), 303);
    return loginPage(reply, safeNext(request.query.next), null);
  });

  app.post<{ Body: { username?: unknown; password?: unknown; next?: unknown; _csrf?: unknown } }>('/login', async (request, reply) => {
    const body = request.body ?? {};
    const next = safeNext(body.next);
    const cookie = request.cookies[LOGIN_COOKIE];
    if (typeof body._csrf !== 'string' || !cookie || !sameSecret(body._csrf, cookie)) {
      return loginPage(reply, next, 'This sign-in form expired or did not come from Missive. Please try again.', 403);
    }
    if (typeof body.username !== 'string' || typeof body.password !== 'string') return loginPage(reply, next, 'Enter your username and password.', 400);
    try {
      const { sessionId } = await accounts.login(body.username, body.password, request.ip);
      reply.clearCookie(LOGIN_COOKIE, { path: '/login' });
      return sessionCookie(reply, sessionId, SESSION_HOURS * 3600).redirect(next, 303);
    } catch (e) {
      if (isMissiveError(e, 'RATE_LIMITED')) return loginPage(reply.header('retry-after', String(e.value)), next, `Too many failed attempts. Try again in ${Math.ceil(Number(e.value) / 60)} minutes.`, 429);
      if (isMissiveError(e, 'UNAUTHORIZED')) return loginPage(reply, next, 'Wrong username or password.', 401);
      throw e;
    }
  });

  app.post('/logout', async (request, reply) => {
    const signed = signedIn(request);
    if (!signed.sessionId) throw new MissiveError('INVALID_VALUE', 'an API token has no session to end; revoke the token instead', { field: 'authorization' });
    await accounts.logout(signed.sessionId);
    return sessionCookie(reply, null).redirect('/', 303);
  });
}
