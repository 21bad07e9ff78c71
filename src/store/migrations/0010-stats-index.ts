import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';
import { statsIndexInserts, statsIndexTables } from '../stats-index-sql.js';

/** The statistics index (src/store/stats-index-sql.ts), built for every sent letter already stored. */
export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  for (const statement of statsIndexTables(ctx.dialect)) await sql.raw(statement).execute(db);
  for (const statement of statsIndexInserts('SELECT id FROM communications')) await sql.raw(statement).execute(db);
}
