import type { Kysely, Selectable } from 'kysely';
import type { AccountRepository, ApiToken, LoginSession, NewUser, StaffRole, User } from '../account-ports.js';
import type { Database } from '../schema.js';

type UserRow = Selectable<Database['users']>;

/** People, their login sessions and API tokens, over Kysely (both stores). */
export class KyselyAccounts implements AccountRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
    private readonly inTransaction: <T>(work: (db: Kysely<Database>) => Promise<T>) => Promise<T>,
  ) {}

  private async users(rows: readonly UserRow[]): Promise<User[]> {
    if (rows.length === 0) return [];
    const mandates = await this.db.selectFrom('user_mandates').select(['user_id', 'mandate_id']).where('user_id', 'in', rows.map((r) => r.id)).orderBy('mandate_id').execute();
    return rows.map((r) => ({
      id: Number(r.id), username: r.username, displayName: r.display_name, email: r.email, role: r.role as StaffRole, stateCode: r.state_code,
      mandateIds: mandates.filter((m) => Number(m.user_id) === Number(r.id)).map((m) => m.mandate_id), disabled: r.disabled === 1, createdAt: r.created_at,
    }));
  }

  private async one(rows: readonly UserRow[]): Promise<User | null> {
    return (await this.users(rows))[0] ?? null;
  }

  create(user: NewUser): Promise<User> {
    return this.inTransaction(async (db) => {
      const at = this.now().toISOString();
      const row = await db.insertInto('users').values({
        username: user.username, display_name: user.displayName, email: user.email, role: user.role, state_code: user.stateCode,
        password_hash: user.passwordHash, disabled: 0, created_at: at, updated_at: at,
      }).returning('id').executeTakeFirstOrThrow();
      const id = Number(row.id);
      if (user.mandateIds.length > 0) await db.insertInto('user_mandates').values(user.mandateIds.map((mandate_id) => ({ user_id: id, mandate_id }))).execute();
      const created = await new KyselyAccounts(db, this.now, this.inTransaction).byId(id);
      if (!created) throw new Error(`user ${id} vanished while being created`);
      return created;
    });
  }

  async byId(id: number): Promise<User | null> {
    return this.one(await this.db.selectFrom('users').selectAll().where('id', '=', id).execute());
  }

  async byUsername(username: string): Promise<User | null> {
    return this.one(await this.db.selectFrom('users').selectAll().where('username', '=', username).execute());
  }

  async passwordHash(userId: number): Promise<string | null> {
    const row = await this.db.selectFrom('users').select('password_hash').where('id', '=', userId).where('disabled', '=', 0).executeTakeFirst();
    return row?.password_hash ?? null;
  }

  async list(): Promise<User[]> {
    return this.users(await this.db.selectFrom('users').selectAll().orderBy('username').execute());
  }

  async withEmail(filter: { readonly role: StaffRole; readonly stateCode?: string }): Promise<User[]> {
    let q = this.db.selectFrom('users').selectAll().where('role', '=', filter.role).where('disabled', '=', 0).where('email', 'is not', null);
    if (filter.stateCode !== undefined) q = q.where('state_code', '=', filter.stateCode);
    return this.users(await q.orderBy('username').execute());
  }

  async setDisabled(userId: number, disabled: boolean): Promise<void> {
    await this.db.updateTable('users').set({ disabled: disabled ? 1 : 0, updated_at: this.now().toISOString() }).where('id', '=', userId).execute();
  }

  async setPassword(userId: number, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash, updated_at: this.now().toISOString() }).where('id', '=', userId).execute();
  }

  async createSession(session: { readonly idHash: string; readonly userId: number; readonly csrfToken: string; readonly expiresAt: string }): Promise<void> {
    await this.db.insertInto('login_sessions').values({
      id_hash: session.idHash, user_id: session.userId, csrf_token: session.csrfToken, created_at: this.now().toISOString(), expires_at: session.expiresAt,
    }).execute();
  }

  async session(idHash: string, now: string): Promise<LoginSession | null> {
    const row = await this.db.selectFrom('login_sessions').select(['user_id', 'csrf_token', 'expires_at']).where('id_hash', '=', idHash).where('expires_at', '>', now).executeTakeFirst();
    if (!row) return null;
    const user = await this.byId(Number(row.user_id));
    return user && !user.disabled ? { user, csrfToken: row.csrf_token, expiresAt: row.expires_at } : null;
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.deleteFrom('login_sessions').where('id_hash', '=', idHash).execute();
  }

  async deleteSessionsOf(userId: number): Promise<void> {
    await this.db.deleteFrom('login_sessions').where('user_id', '=', userId).execute();
  }

  async createToken(token: { readonly userId: number; readonly name: string; readonly tokenHash: string }): Promise<ApiToken> {
    const row = await this.db.insertInto('api_tokens').values({ user_id: token.userId, name: token.name, token_hash: token.tokenHash, created_at: this.now().toISOString() })
      .returning(['id', 'name', 'created_at']).executeTakeFirstOrThrow();
    return { id: Number(row.id), name: row.name, createdAt: row.created_at, lastUsedAt: null, revokedAt: null };
  }

  async tokenUser(tokenHash: string): Promise<User | null> {
    const row = await this.db.selectFrom('api_tokens').select(['id', 'user_id']).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
    if (!row) return null;
    const user = await this.byId(Number(row.user_id));
    if (!user || user.disabled) return null;
    await this.db.updateTable('api_tokens').set({ last_used_at: this.now().toISOString() }).where('id', '=', Number(row.id)).execute();
    return user;
  }

  async tokens(userId: number): Promise<ApiToken[]> {
    const rows = await this.db.selectFrom('api_tokens').select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at']).where('user_id', '=', userId).orderBy('id').execute();
    return rows.map((r) => ({ id: Number(r.id), name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at }));
  }

  async revokeToken(userId: number, tokenId: number): Promise<boolean> {
    const result = await this.db.updateTable('api_tokens').set({ revoked_at: this.now().toISOString() })
      .where('id', '=', tokenId).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
