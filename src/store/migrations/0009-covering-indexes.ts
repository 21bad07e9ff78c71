import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

/**
 * Indexes that answer the statistics' and work lists' lookups by themselves (no table read per
 * row): a State's or a mandate's letters (code or mandate → letter id), a letter's addressees
 * (id → kind, code, name) and a letter's replies (id → reply id). They replace the one-column
 * indexes on the same first column. bench/stats: a large State at 200,000 letters.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropIndex('communication_addressees_code').execute();
  await db.schema.createIndex('communication_addressees_code').on('communication_addressees').columns(['code', 'communication_id']).execute();
  await db.schema.createIndex('communication_addressees_letter').on('communication_addressees').columns(['communication_id', 'kind', 'code', 'name']).execute();
  await db.schema.dropIndex('communication_mandates_mandate').execute();
  await db.schema.createIndex('communication_mandates_mandate').on('communication_mandates').columns(['mandate_id', 'communication_id']).execute();
  await db.schema.dropIndex('reply_links_communication').execute();
  await db.schema.createIndex('reply_links_communication').on('reply_links').columns(['communication_id', 'reply_id']).execute();
}
