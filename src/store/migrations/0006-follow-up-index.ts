import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

/** The letters that follow a communication up are looked up by the one they follow (its page lists them). */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createIndex('communication_follow_ups_follows').on('communication_follow_ups').columns(['follows_id', 'communication_id']).execute();
}
