import { MissiveError, type ReferenceData, type Viewer } from '../domain/index.js';
import type { ApiToken, LoginSession, StaffRole, Store, User } from '../store/ports.js';
import { LoginThrottle } from './login-throttle.js';
import { DUMMY_HASH, hashPassword, passwordProblem, verifyPassword } from './password.js';
import { hashSecret, newApiToken, newSecret, TOKEN_PREFIX } from './secrets.js';

/**
 * People and how they prove who they are: accounts with a role and a scope, password logins
 * that open sessions, personal API tokens. Every change is written to the audit log in the
 * same transaction as the change itself.
 */

export const STAFF_ROLES: readonly StaffRole[] = ['admin', 'secretariat', 'mandate-holder', 'mission'];
/** A session lasts this long from login, whatever is done with it. */
export const SESSION_HOURS = 12;
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface AccountInput {
  readonly username: string;
  readonly displayName?: string;
  readonly email?: string | null;
  readonly role: string;
  readonly stateCode?: string | null;
  readonly mandateIds?: readonly string[];
}

/** What the audit log shows of a person (never a password hash). */
const audited = (u: User) => ({ username: u.username, displayName: u.displayName, email: u.email, role: u.role, stateCode: u.stateCode, mandateIds: u.mandateIds, disabled: u.disabled });

export function viewerOf(user: User): Viewer {
  switch (user.role) {
    case 'admin': case 'secretariat': return { role: user.role };
    case 'mission': return { role: 'mission', stateCode: user.stateCode ?? '' };
    case 'mandate-holder': return { role: 'mandate-holder', mandateIds: user.mandateIds };
  }
}

/** A valid account (or an error naming the field): a mission has one State, a mandate-holder at least one mandate, no one else a scope. */
export function checkAccount(input: AccountInput, reference: ReferenceData): Omit<User, 'id' | 'disabled' | 'createdAt'> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) throw new MissiveError('INVALID_VALUE', `username: "${input.username}" must be 2 to 63 letters, digits, dots, dashes or underscores, starting with a letter or digit`, { field: 'username', value: input.username });
  if (!(STAFF_ROLES as readonly string[]).includes(input.role)) throw new MissiveError('INVALID_VALUE', `role: "${input.role}" is not one of ${STAFF_ROLES.join(', ')}`, { field: 'role', value: input.role });
  const role = input.role as StaffRole;
  const email = input.email?.trim() || null;
  if (email !== null && !EMAIL.test(email)) throw new MissiveError('INVALID_VALUE', `email: "${email}" is not an e-mail address`, { field: 'email', value: email });
  const stateCode = input.stateCode?.trim().toUpperCase() || null;
  const mandateIds = [...new Set(input.mandateIds ?? [])];
  if (role === 'mission') {
    if (stateCode === null) throw new MissiveError('INVALID_VALUE', 'state: a mission account needs its State (ISO 3166-1 alpha-3, e.g. PRK)', { field: 'state' });
    reference.country(stateCode, 'state');
  } else if (stateCode !== null) throw new MissiveError('INVALID_VALUE', `state: only a mission account has a State (this one is ${role})`, { field: 'state', value: stateCode });
  if (role === 'mandate-holder') {
    if (mandateIds.length === 0) throw new MissiveError('INVALID_VALUE', 'mandate: a mandate-holder account needs at least one mandate', { field: 'mandate' });
    for (const id of mandateIds) reference.mandate(id, 'mandate');
  } else if (mandateIds.length > 0) throw new MissiveError('INVALID_VALUE', `mandate: only a mandate-holder account has mandates (this one is ${role})`, { field: 'mandate', value: mandateIds });
  return { username, displayName: input.displayName?.trim() || username, email, role, stateCode, mandateIds };
}

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem !== null) throw new MissiveError('INVALID_VALUE', `password: ${problem}`, { field: 'password' });
}

export class Accounts {
  constructor(
    private readonly store: Store,
    private readonly reference: ReferenceData,
    private readonly now: () => Date = () => new Date(),
    readonly throttle = new LoginThrottle(now),
  ) {}

  private async existing(username: string): Promise<User> {
    const user = await this.store.accounts.byUsername(username.trim().toLowerCase());
    if (!user) throw new MissiveError('NOT_FOUND', `username: no account is named "${username}"`, { field: 'username', value: username });
    return user;
  }

  async add(actor: string, input: AccountInput, password: string): Promise<User> {
    const account = checkAccount(input, this.reference);
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    return this.store.transaction(async (store) => {
      if (await store.accounts.byUsername(account.username)) throw new MissiveError('CONFLICT', `username: "${account.username}" is taken`, { field: 'username', value: account.username });
      const user = await store.accounts.create({ ...account, passwordHash });
      await store.audit.append({ actor, action: 'user.add', subjectKind: 'user', subjectId: user.username, before: null, after: audited(user) });
      return user;
    });
  }

  list(): Promise<User[]> {
    return this.store.accounts.list();
  }

  /** Disables (or enables) an account; a disabled account's sessions end at once and its tokens stop working. */
  async setDisabled(actor: string, username: string, disabled: boolean): Promise<User> {
    const user = await this.existing(username);
    return this.store.transaction(async (store) => {
      await store.accounts.setDisabled(user.id, disabled);
      if (disabled) await store.accounts.deleteSessionsOf(user.id);
      const after = { ...user, disabled };
      await store.audit.append({ actor, action: disabled ? 'user.disable' : 'user.enable', subjectKind: 'user', subjectId: user.username, before: audited(user), after: audited(after) });
      return after;
    });
  }

  /** Sets a new password and ends the account's sessions. */
  async resetPassword(actor: string, username: string, password: string): Promise<void> {
    const user = await this.existing(username);
    checkPassword(password);
    const passwordHash = await hashPassword(password);
    await this.store.transaction(async (store) => {
      await store.accounts.setPassword(user.id, passwordHash);
      await store.accounts.deleteSessionsOf(user.id);
      await store.audit.append({ actor, action: 'user.password', subjectKind: 'user', subjectId: user.username, before: null, after: null });
    });
  }

  /**
   * Checks a password and opens a new session (a fresh random id, whatever the client held before,
   * so a session id planted before login is worth nothing after it). Refused while throttled.
   */
  async login(username: string, password: string, address: string): Promise<{ sessionId: string; session: LoginSession }> {
    const name = username.trim().toLowerCase();
    const wait = this.throttle.retryAfter(name, address);
    if (wait > 0) throw new MissiveError('RATE_LIMITED', `too many failed logins: try again in ${wait} s`, { value: wait });
    const user = await this.store.accounts.byUsername(name);
    const hash = user && !user.disabled ? await this.store.accounts.passwordHash(user.id) : null;
    // A missing account costs the same time as a wrong password.
    const good = await verifyPassword(password, hash ?? DUMMY_HASH) && hash !== null;
    if (!good || !user) {
      this.throttle.fail(name, address);
      throw new MissiveError('UNAUTHORIZED', 'wrong username or password', { field: 'password' });
    }
    this.throttle.succeed(name);
    const sessionId = newSecret();
    const session = { user, csrfToken: newSecret(), expiresAt: new Date(this.now().getTime() + SESSION_HOURS * 3_600_000).toISOString() };
    await this.store.transaction(async (store) => {
      await store.accounts.createSession({ idHash: hashSecret(sessionId), userId: user.id, csrfToken: session.csrfToken, expiresAt: session.expiresAt });
      await store.audit.append({ actor: user.username, action: 'session.login', subjectKind: 'user', subjectId: user.username, before: null, after: { address } });
    });
    return { sessionId, session };
  }

  async logout(sessionId: string): Promise<void> {
    const session = await this.session(sessionId);
    if (!session) return;
    await this.store.transaction(async (store) => {
      await store.accounts.deleteSession(hashSecret(sessionId));
      await store.audit.append({ actor: session.user.username, action: 'session.logout', subjectKind: 'user', subjectId: session.user.username, before: null, after: null });
    });
  }

  /** The live session with this id, or null (unknown, expired, or its account disabled). */
  session(sessionId: string): Promise<LoginSession | null> {
    return this.store.accounts.session(hashSecret(sessionId), this.now().toISOString());
  }

  /** A new personal API token: the token itself is shown this once; only its hash is kept. */
  async createToken(user: User, name: string): Promise<{ token: string; info: ApiToken }> {
    const label = name.trim();
    if (label.length === 0 || label.length > 100) throw new MissiveError('INVALID_VALUE', 'name: a token needs a name of 1 to 100 characters', { field: 'name', value: name });
    const token = newApiToken();
    const info = await this.store.transaction(async (store) => {
      const created = await store.accounts.createToken({ userId: user.id, name: label, tokenHash: hashSecret(token) });
      await store.audit.append({ actor: user.username, action: 'token.create', subjectKind: 'user', subjectId: user.username, before: null, after: { id: created.id, name: label } });
      return created;
    });
    return { token, info };
  }

  async revokeToken(user: User, tokenId: number): Promise<void> {
    await this.store.transaction(async (store) => {
      if (!(await store.accounts.revokeToken(user.id, tokenId))) throw new MissiveError('NOT_FOUND', `token: ${tokenId} is not a live token of yours`, { field: 'token', value: tokenId });
      await store.audit.append({ actor: user.username, action: 'token.revoke', subjectKind: 'user', subjectId: user.username, before: { id: tokenId }, after: null });
    });
  }

  /** The account a bearer token belongs to, or null. */
  async tokenUser(token: string): Promise<User | null> {
    return token.startsWith(TOKEN_PREFIX) ? this.store.accounts.tokenUser(hashSecret(token)) : null;
  }
}
