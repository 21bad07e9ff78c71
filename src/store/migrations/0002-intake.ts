import type { Kysely } from 'kysely';

/** Files taken in by `missive ingest`, with their fate, and the text of every stored document page by page. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('intake_files')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('format', 'text')
    .addColumn('kind', 'text')
    .addColumn('record_kind', 'text')
    .addColumn('record_id', 'integer')
    .addColumn('extraction', 'text')
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('intake_files_status').on('intake_files').column('status').execute();

  await db.schema.createTable('document_pages')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('page', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_pages_pk', ['sha256', 'page'])
    .execute();
}
