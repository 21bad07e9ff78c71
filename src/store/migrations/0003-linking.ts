import type { Kysely } from 'kysely';

/**
 * Linking decisions: a link a person removed is remembered so that automatic linking never
 * puts it back; replies the matcher could not link confidently wait in a review queue with
 * their ranked candidates; the automatic stance is kept beside any human one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('link_rejections')
    .addColumn('reply_id', 'integer', (c) => c.notNull().references('replies.id').onDelete('cascade'))
    .addColumn('communication_id', 'integer', (c) => c.notNull().references('communications.id').onDelete('cascade'))
    .addColumn('rejected_by', 'text', (c) => c.notNull())
    .addColumn('rejected_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('link_rejections_pk', ['reply_id', 'communication_id'])
    .execute();

  await db.schema.createTable('link_reviews')
    .addColumn('reply_id', 'integer', (c) => c.primaryKey().references('replies.id').onDelete('cascade'))
    .addColumn('candidates', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('replies').addColumn('stance_auto', 'text').execute();
  await db.schema.alterTable('replies').addColumn('stance_evidence', 'text').execute();
}
