import type { Role } from '../domain/index.js';

/** The workspace's storage ports: people, their sessions and tokens, and the audit log. */

export type StaffRole = Exclude<Role, 'public'>;

export interface User {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly role: StaffRole;
  /** A mission's State (ISO 3166 alpha-3); null for other roles. */
  readonly stateCode: string | null;
  /** A mandate-holder's mandates; empty for other roles. */
  readonly mandateIds: readonly string[];
  readonly disabled: boolean;
  readonly createdAt: string;
}

export type NewUser = Omit<User, 'id' | 'disabled' | 'createdAt'> & { readonly passwordHash: string };

export interface LoginSession {
  readonly user: User;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface ApiToken {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface AccountRepository {
  create(user: NewUser): Promise<User>;
  byId(id: number): Promise<User | null>;
  byUsername(username: string): Promise<User | null>;
  /** The stored password hash of an enabled user, for a login. */
  passwordHash(userId: number): Promise<string | null>;
  list(): Promise<User[]>;
  /** Users who receive mail about a State (its missions) or about everything (the secretariat). */
  withEmail(filter: { readonly role: StaffRole; readonly stateCode?: string }): Promise<User[]>;
  setDisabled(userId: number, disabled: boolean): Promise<void>;
  setPassword(userId: number, passwordHash: string): Promise<void>;

  createSession(session: { readonly idHash: string; readonly userId: number; readonly csrfToken: string; readonly expiresAt: string }): Promise<void>;
  /** The session with this id hash, if it has not expired at `now` and its user is enabled. */
  session(idHash: string, now: string): Promise<LoginSession | null>;
  deleteSession(idHash: string): Promise<void>;
  deleteSessionsOf(userId: number): Promise<void>;

  createToken(token: { readonly userId: number; readonly name: string; readonly tokenHash: string }): Promise<ApiToken>;
  /** The enabled user a live (not revoked) token belongs to; marks the token used. */
  tokenUser(tokenHash: string): Promise<User | null>;
  tokens(userId: number): Promise<ApiToken[]>;
  revokeToken(userId: number, tokenId: number): Promise<boolean>;
}

export interface AuditEntry {
  readonly id: number;
  /** ISO timestamp. */
  readonly at: string;
  /** Who: a username, `cli:<system user>`, or `system` for scheduled jobs. */
  readonly actor: string;
  /** What, as `subject.verb`: `user.add`, `communication.send`, `reply.confirm`… */
  readonly action: string;
  readonly subjectKind: string;
  readonly subjectId: string;
  /** The subject before and after the change (JSON values), null where it did not exist. */
  readonly before: unknown;
  readonly after: unknown;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'>;

export interface AuditRepository {
  /** Appends an entry (the database refuses to change or delete one). */
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Entries in order, oldest first, after the entry `after` (0 from the start). */
  list(filter: { readonly after: number; readonly limit: number; readonly subjectKind?: string; readonly subjectId?: string; readonly actor?: string }): Promise<AuditEntry[]>;
}
