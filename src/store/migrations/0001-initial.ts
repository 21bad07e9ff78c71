import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  const id = (c: ColumnDefinitionBuilder) => (ctx.dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement());

  await db.schema.createTable('reference_counters')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('reference_counters_pk', ['code', 'year'])
    .execute();

  await db.schema.createTable('communications')
    .addColumn('id', 'integer', id)
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('legacy_reference', 'text')
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('draft', 'sent')`))
    .addColumn('date_sent', 'text')
    .addColumn('due_on', 'text')
    .addColumn('public_on', 'text')
    .addColumn('published_early_on', 'text')
    .addColumn('confidential_reason', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('communications_key', ['code', 'number', 'year'])
    .execute();
  await db.schema.createIndex('communications_date_sent').on('communications').column('date_sent').execute();
  await db.schema.createIndex('communications_public_on').on('communications').columns(['public_on', 'date_sent']).execute();

  await db.schema.createTable('communication_mandates')
    .addColumn('communication_id', 'integer', (c) => c.notNull().references('communications.id').onDelete('cascade'))
    .addColumn('mandate_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('communication_mandates_pk', ['communication_id', 'mandate_id'])
    .execute();
  await db.schema.createIndex('communication_mandates_mandate').on('communication_mandates').column('mandate_id').execute();

  await db.schema.createTable('communication_addressees')
    .addColumn('communication_id', 'integer', (c) => c.notNull().references('communications.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('communication_addressees_pk', ['communication_id', 'position'])
    .execute();
  await db.schema.createIndex('communication_addressees_code').on('communication_addressees').column('code').execute();

  await db.schema.createTable('communication_follow_ups')
    .addColumn('communication_id', 'integer', (c) => c.notNull().references('communications.id').onDelete('cascade'))
    .addColumn('follows_id', 'integer', (c) => c.notNull().references('communications.id'))
    .addPrimaryKeyConstraint('communication_follow_ups_pk', ['communication_id', 'follows_id'])
    .execute();

  await db.schema.createTable('replies')
    .addColumn('id', 'integer', id)
    .addColumn('sender_kind', 'text', (c) => c.notNull())
    .addColumn('sender_code', 'text', (c) => c.notNull())
    .addColumn('sender_name', 'text', (c) => c.notNull())
    .addColumn('note_number', 'text')
    .addColumn('date_on_note', 'text')
    .addColumn('date_received', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('stance', 'text')
    .addColumn('confidential', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('public_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('replies_sender_code').on('replies').column('sender_code').execute();

  await db.schema.createTable('reply_links')
    .addColumn('reply_id', 'integer', (c) => c.notNull().references('replies.id').onDelete('cascade'))
    .addColumn('communication_id', 'integer', (c) => c.notNull().references('communications.id').onDelete('cascade'))
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('manual', 'automatic')`))
    .addColumn('score', 'real')
    .addColumn('confirmed_by', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reply_links_pk', ['reply_id', 'communication_id'])
    .execute();
  await db.schema.createIndex('reply_links_communication').on('reply_links').column('communication_id').execute();

  await db.schema.createTable('documents')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  for (const [table, owner, ownerTable] of [['communication_files', 'communication_id', 'communications'], ['reply_files', 'reply_id', 'replies']] as const) {
    await db.schema.createTable(table)
      .addColumn(owner, 'integer', (c) => c.notNull().references(`${ownerTable}.id`).onDelete('cascade'))
      .addColumn('sha256', 'text', (c) => c.notNull().references('documents.sha256'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, [owner, 'sha256', 'role'])
      .execute();
  }

  await db.schema.createTable('demo_truth')
    .addColumn('reply_id', 'integer', (c) => c.primaryKey().references('replies.id').onDelete('cascade'))
    .addColumn('communication_ids', 'text', (c) => c.notNull())
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('citation_style', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
