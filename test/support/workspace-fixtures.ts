import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { Accounts } from '../../src/accounts/service.js';
import { loadReferenceData } from '../../src/reference/load.js';
import type { Store } from '../../src/store/ports.js';

/** Accounts for the workspace tests, and signing in over HTTP as a browser does. */

export const PASSWORD = 'a long and secret passphrase';

export const PEOPLE = {
  root: { username: 'root', role: 'admin' },
  amira: { username: 'amira', role: 'secretariat', email: 'amira@ohchr.example' },
  egypt: { username: 'egypt', role: 'mission', stateCode: 'EGY', email: 'egy@mission.example' },
  korea: { username: 'korea', role: 'mission', stateCode: 'PRK', email: 'prk@mission.example' },
  torture: { username: 'torture', role: 'mandate-holder', mandateIds: ['sr-torture'] },
  privacy: { username: 'privacy', role: 'mandate-holder', mandateIds: ['sr-privacy'] },
} as const;

export type Person = keyof typeof PEOPLE;

export async function addPeople(store: Store): Promise<void> {
  const accounts = new Accounts(store, loadReferenceData().reference);
  for (const p of Object.values(PEOPLE)) await accounts.add('test', p, PASSWORD);
}

export interface Session {
  /** The Cookie header to send. */
  readonly cookie: string;
  /** The session's CSRF token, as its forms carry it. */
  readonly csrf: string;
}

/** The value of a Set-Cookie header for one cookie, or undefined. */
export function setCookie(headers: Record<string, unknown>, name: string): string | undefined {
  const all = [headers['set-cookie']].flat().filter((v): v is string => typeof v === 'string');
  return all.find((c) => c.startsWith(`${name}=`));
}

/** GET /login, then POST it with the form's token, as a browser would. */
export async function postLogin(app: FastifyInstance, username: string, password: string, extraCookie = '') {
  const form = await app.inject({ method: 'GET', url: '/login' });
  const token = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
  const loginCookie = (setCookie(form.headers, 'missive_login') ?? '').split(';')[0] ?? '';
  return app.inject({
    method: 'POST', url: '/login', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [loginCookie, extraCookie].filter(Boolean).join('; ') },
    payload: new URLSearchParams({ username, password, _csrf: token }).toString(),
  });
}

export async function signIn(app: FastifyInstance, person: Person): Promise<Session> {
  const r = await postLogin(app, PEOPLE[person].username, PASSWORD);
  assert.equal(r.statusCode, 303, r.body);
  const cookie = (setCookie(r.headers, 'missive_session') ?? '').split(';')[0] ?? '';
  assert.ok(cookie.length > 20);
  const work = await app.inject({ method: 'GET', url: '/workspace', headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(work.body)?.[1];
  assert.ok(csrf, 'the workspace carries the session\'s CSRF token in its forms');
  return { cookie, csrf };
}

/** A form post as the signed-in browser makes it (`csrf` null: the form has no token). */
export function postForm(app: FastifyInstance, session: Session | null, url: string, fields: Record<string, string>, csrf: string | null | undefined = session?.csrf) {
  return app.inject({
    method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...(session ? { cookie: session.cookie } : {}) },
    payload: new URLSearchParams({ ...fields, ...(csrf === undefined || csrf === null ? {} : { _csrf: csrf }) }).toString(),
  });
}

/** A multipart form post with one file, as a browser sends an upload. */
export function postUpload(app: FastifyInstance, session: Session, url: string, fields: Record<string, string>, file: { readonly name: string; readonly type: string; readonly content: string | Buffer }) {
  const boundary = `----missive${Date.now().toString(16)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries({ _csrf: session.csrf, ...fields })) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
  parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content));
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return app.inject({ method: 'POST', url, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: session.cookie }, payload: Buffer.concat(parts) });
}
