import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';
import { ALL_RECORDS, createQueueTriggers, queueKeys } from '../search-queue.js';

/**
 * The search index (src/search): one row per record with what filters, sorts and shows it, its
 * facet values, and its analyzed text in chunks — an FTS5 table on SQLite, a tsvector with a GIN
 * index on PostgreSQL. A record's key is `id * 2` for a communication and `id * 2 + 1` for a
 * reply; a chunk's id is `key * 4096 + chunk`.
 *
 * Triggers put the key of every record whose searchable data changes into `search_dirty`, in
 * the same transaction as the change, bumping its version when it is already there. The indexer
 * reads keys with their versions, indexes them, and removes each only if its version is still
 * the one it read; searches leave out what is queued for viewers who are not staff, so a stale
 * entry never shows anything.
 */

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  // The page triggers find a file's owners by its hash.
  await db.schema.createIndex('communication_files_sha256').on('communication_files').column('sha256').execute();
  await db.schema.createIndex('reply_files_sha256').on('reply_files').column('sha256').execute();
  const key = ctx.dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema.createTable('search_dirty')
    .addColumn('key', key, (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema.createTable('search_records')
    .addColumn('key', key, (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull()) // '' for drafts, so the date index also orders them
    .addColumn('year', 'integer')
    .addColumn('public_on', 'text')
    .addColumn('due_on', 'text')
    .addColumn('replied_on', 'text')
    .addColumn('public_replied_on', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('chunks', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('search_records_date').on('search_records').columns(['date', 'key']).execute();
  await db.schema.createIndex('search_records_public_on').on('search_records').column('public_on').execute();
  await sql`CREATE INDEX search_records_long ON search_records (key) WHERE chunks > 1`.execute(db);

  await db.schema.createTable('search_facets')
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('key', key, (c) => c.notNull())
    .addPrimaryKeyConstraint('search_facets_pk', ['field', 'value', 'key'])
    .execute();
  await db.schema.createIndex('search_facets_key').on('search_facets').columns(['key', 'field', 'value']).execute();

  if (ctx.dialect === 'sqlite') {
    await sql.raw(`CREATE VIRTUAL TABLE search_fts USING fts5(exact, stem, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'")`).execute(db);
  } else {
    await db.schema.createTable('search_chunks')
      .addColumn('id', 'bigint', (c) => c.primaryKey())
      .addColumn('key', 'bigint', (c) => c.notNull())
      .addColumn('terms', sql`tsvector`, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('search_chunks_key').on('search_chunks').column('key').execute();
    await sql`CREATE INDEX search_chunks_terms ON search_chunks USING gin (terms)`.execute(db);
  }
  await createQueueTriggers(db, ctx.dialect, { functions: true });
  await sql.raw(queueKeys(ALL_RECORDS)).execute(db);
}
