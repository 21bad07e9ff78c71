import { sql, type Kysely } from 'kysely';
import { documentFacetTokens } from '../../search/facet-tokens.js';
import { CHUNKS_PER_RECORD, type IndexChunk, type SearchDocument, type SearchSource } from '../../search/document.js';
import { ALL_RECORDS, createQueueTriggers, dropQueueTriggers, queueKeys } from '../search-queue.js';
import type { QueuedRecord } from '../ports.js';
import type { Database } from '../schema.js';
import { bumpGeneration } from './facet-cache.js';
import { loadSearchSources } from './search-sources.js';
import { clearStatsIndex, refreshStatsIndex } from './stats-index.js';

/** Writes the search index (see migration 0004): records, facets, and the analyzed text. */

const BATCH = 400;

/**
 * A literal tsvector: terms as written, stems prefixed with `~`, at the same 1-based positions,
 * and the record's facet tokens prefixed with `#`, without positions (they are never ranked).
 */
export function tsvectorLiteral(chunk: IndexChunk, facetTokens = ''): string {
  const positions = new Map<string, number[]>();
  const add = (lexeme: string, position: number) => {
    const list = positions.get(lexeme);
    if (list) list.push(position);
    else positions.set(lexeme, [position]);
  };
  if (chunk.exact.length > 0) chunk.exact.split(' ').forEach((term, i) => add(term, i + 1));
  if (chunk.stem.length > 0) chunk.stem.split(' ').forEach((term, i) => add(`~${term}`, i + 1));
  const parts: string[] = [];
  for (const [lexeme, list] of positions) parts.push(`'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}':${list.join(',')}`);
  if (facetTokens.length > 0) for (const token of facetTokens.split(' ')) parts.push(`'#${token}'`);
  return parts.join(' ');
}

export class KyselySearchIndex {
  constructor(private readonly db: Kysely<Database>, private readonly dialect: 'sqlite' | 'postgres') {}

  async pending(): Promise<number> {
    const row = await this.db.selectFrom('search_dirty').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async queued(after: number, limit: number): Promise<QueuedRecord[]> {
    const rows = await this.db.selectFrom('search_dirty').select(['key', 'version']).where('key', '>', after).orderBy('key').limit(limit).execute();
    return rows.map((r) => ({ key: Number(r.key), version: Number(r.version) }));
  }

  async settle(records: readonly QueuedRecord[]): Promise<void> {
    for (let i = 0; i < records.length; i += BATCH) {
      const part = records.slice(i, i + BATCH);
      await this.db.deleteFrom('search_dirty')
        .where((eb) => eb.or(part.map((r) => eb.and([eb('key', '=', r.key), eb('version', '=', r.version)])))).execute();
    }
  }

  private async markAll(): Promise<void> {
    await sql.raw(queueKeys(ALL_RECORDS)).execute(this.db);
  }

  /**
   * Empties the index and queues every record (call it inside a transaction): far faster than
   * replacing each entry, and searches leave queued records out for all but staff meanwhile.
   */
  async clear(): Promise<void> {
    if (this.dialect === 'sqlite') {
      await sql`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`.execute(this.db);
      await sql`DELETE FROM search_facets`.execute(this.db);
      await sql`DELETE FROM search_records`.execute(this.db);
    } else {
      await sql`TRUNCATE search_chunks, search_facets, search_records`.execute(this.db);
    }
    await clearStatsIndex(this.db);
    await bumpGeneration(this.db);
    await this.markAll();
  }

  /** Runs `work` with the queue's triggers off, then queues every record once (call it inside a transaction). */
  async inBulk<T>(work: () => Promise<T>): Promise<T> {
    await dropQueueTriggers(this.db, this.dialect);
    const result = await work();
    await createQueueTriggers(this.db, this.dialect, { functions: false });
    await this.markAll();
    return result;
  }

  sources(keys: readonly number[]): Promise<SearchSource[]> {
    return loadSearchSources(this.db, keys);
  }

  /** Replaces the entries of these keys: the documents given are written, every other key is removed. */
  async write(keys: readonly number[], documents: readonly SearchDocument[]): Promise<void> {
    for (let i = 0; i < keys.length; i += BATCH) await this.remove(keys.slice(i, i + BATCH));
    for (let i = 0; i < documents.length; i += BATCH) await this.insert(documents.slice(i, i + BATCH));
    // The statistics index follows the communications written here (a reply's change queues its letters too).
    await refreshStatsIndex(this.db, keys.filter((k) => k % 2 === 0).map((k) => k / 2));
    await bumpGeneration(this.db);
  }

  private async remove(keys: readonly number[]): Promise<void> {
    if (keys.length === 0) return;
    if (this.dialect === 'sqlite') {
      const old = await this.db.selectFrom('search_records').select(['key', 'chunks']).where('key', 'in', [...keys]).execute();
      const rowids = old.flatMap((r) => Array.from({ length: Number(r.chunks) }, (_, c) => Number(r.key) * CHUNKS_PER_RECORD + c));
      for (let i = 0; i < rowids.length; i += BATCH) {
        const part = rowids.slice(i, i + BATCH);
        await sql`DELETE FROM search_fts WHERE rowid IN (${sql.join(part)})`.execute(this.db);
      }
    } else {
      await this.db.deleteFrom('search_chunks').where('key', 'in', [...keys]).execute();
    }
    await this.db.deleteFrom('search_facets').where('key', 'in', [...keys]).execute();
    await this.db.deleteFrom('search_records').where('key', 'in', [...keys]).execute();
  }

  private async insert(documents: readonly SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.db.insertInto('search_records').values(documents.map((d) => ({
      key: d.key, kind: d.kind, record_id: d.recordId, date: d.date ?? '', year: d.year, public_on: d.publicOn, due_on: d.dueOn,
      replied_on: d.repliedOn, public_replied_on: d.publicRepliedOn, title: d.title, subject: d.subject, chunks: d.chunks.length,
    }))).execute();
    const facets = documents.flatMap((d) => d.facets.map(([field, value]) => ({ field, value, key: d.key })));
    for (let i = 0; i < facets.length; i += BATCH) await this.db.insertInto('search_facets').values(facets.slice(i, i + BATCH)).execute();
    const chunks = documents.flatMap((d) => {
      const tokens = documentFacetTokens(d);
      return d.chunks.map((chunk, c) => ({ id: d.key * CHUNKS_PER_RECORD + c, key: d.key, chunk, tokens }));
    });
    if (this.dialect === 'sqlite') {
      for (const c of chunks) await sql`INSERT INTO search_fts (rowid, exact, stem, facets) VALUES (${c.id}, ${c.chunk.exact}, ${c.chunk.stem}, ${c.tokens})`.execute(this.db);
    } else {
      for (let i = 0; i < chunks.length; i += 100) {
        const part = chunks.slice(i, i + 100);
        await sql`INSERT INTO search_chunks (id, key, terms) VALUES ${sql.join(part.map((c) => sql`(${c.id}, ${c.key}, ${tsvectorLiteral(c.chunk, c.tokens)}::tsvector)`))}`.execute(this.db);
      }
    }
  }
}
