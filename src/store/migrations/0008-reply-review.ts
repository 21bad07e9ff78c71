import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

/**
 * Replies taken in through the workspace wait for the secretariat's review: `review` is
 * 'pending' until a person confirms what the reply answers (and corrects what was read), and a
 * pending reply is never public. Replies already stored count as confirmed. Who submitted a
 * reply, and whether its sender asked for confidentiality, are kept for the reviewer. Communications
 * get their themes (tags the secretariat gives) and an index on their due date, for the work lists
 * and reminders.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('replies').addColumn('review', 'text', (c) => c.notNull().defaultTo('confirmed')).execute();
  await db.schema.alterTable('replies').addColumn('submitted_by', 'text').execute();
  await db.schema.alterTable('replies').addColumn('confidentiality_requested', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('replies_pending').on('replies').column('review').where('review', '=', 'pending').execute();
  // A communication's themes, as the secretariat tags it (a list, stored comma-separated).
  await db.schema.alterTable('communications').addColumn('themes', 'text', (c) => c.notNull().defaultTo('')).execute();
  // The work lists (due soon, overdue) and reminders read communications by due date.
  await db.schema.createIndex('communications_due_on').on('communications').column('due_on').execute();
}
