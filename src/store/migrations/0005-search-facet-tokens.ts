import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.js';
import { ALL_RECORDS, queueKeys } from '../search-queue.js';

/**
 * Facet tokens in the text index (src/search/facet-tokens.ts): SQLite's FTS5 table gains a
 * `facets` column; PostgreSQL's tsvectors gain `#` lexemes, which needs no schema change. Every
 * record is queued to be indexed again (searches leave queued records out for all but staff
 * until the indexer, `missive index` or `serve`, has caught up).
 */
export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  if (ctx.dialect === 'sqlite') {
    await sql`DROP TABLE search_fts`.execute(db);
    await sql.raw(`CREATE VIRTUAL TABLE search_fts USING fts5(exact, stem, facets, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'")`).execute(db);
    // The records' index rows point at text that is gone: drop them with it, so nothing is half there.
    await sql`DELETE FROM search_facets`.execute(db);
    await sql`DELETE FROM search_records`.execute(db);
  }
  await sql.raw(queueKeys(ALL_RECORDS)).execute(db);
}
