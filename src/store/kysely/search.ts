import { sql, type CompiledQuery, type Kysely } from 'kysely';
import { recordOfKey, recordKey, type SearchDocument, type SearchSource } from '../../search/document.js';
import type { IsoDate, Viewer } from '../../domain/index.js';
import type { QueuedRecord, SearchQuery, SearchRepository, SearchRows } from '../ports.js';
import type { Database } from '../schema.js';
import type { ReadAtOnce } from './store.js';

type StampRow = { g: string | null; n: number | string; v: number | string | null };
const stampText = (row: StampRow | undefined) => `${row?.g ?? 0}:${row?.n ?? 0}:${row?.v ?? 0}`;
import { GENERATION, readFacetValues } from './facet-cache.js';
import { indexedFile } from './search-sources.js';
import { KyselySearchIndex } from './search-index.js';
import { KyselySearchQuery } from './search-query.js';

/** The SearchRepository port: the index writer, the query runner, and the texts snippets come from. */
export class KyselySearch implements SearchRepository {
  private readonly index: KyselySearchIndex;
  private readonly query: KyselySearchQuery;

  /** The data's stamp: asked on every page request (page cache, Last-Modified), so compiled once. */
  private readonly stampQuery: CompiledQuery<StampRow>;

  /** The stamp read in this event-loop turn, while this process has not written since. */
  private turn: { readonly stamp: string; readonly writes: number } | null = null;

  constructor(private readonly db: Kysely<Database>, dialect: 'sqlite' | 'postgres', private readonly atOnce?: ReadAtOnce) {
    this.index = new KyselySearchIndex(db, dialect);
    this.query = new KyselySearchQuery(db, dialect);
    this.stampQuery = sql<StampRow>`SELECT
      (SELECT value FROM settings WHERE key = ${GENERATION}) AS g,
      (SELECT count(*) FROM search_dirty) AS n, (SELECT sum(version) FROM search_dirty) AS v`.compile(db);
  }

  pending(): Promise<number> { return this.index.pending(); }
  queued(after: number, limit: number): Promise<QueuedRecord[]> { return this.index.queued(after, limit); }
  settle(records: readonly QueuedRecord[]): Promise<void> { return this.index.settle(records); }
  sources(keys: readonly number[]): Promise<SearchSource[]> { return this.index.sources(keys); }
  write(keys: readonly number[], documents: readonly SearchDocument[]): Promise<void> { return this.index.write(keys, documents); }
  clear(): Promise<void> { return this.index.clear(); }
  inBulk<T>(work: () => Promise<T>): Promise<T> { return this.index.inBulk(work); }
  run(query: SearchQuery): Promise<SearchRows> { return this.query.run(query); }

  replyTimes(field: 'country' | 'mandate', value: string, viewer: Viewer, today: IsoDate): Promise<{ sent: string; firstReply: string | null }[]> {
    return this.query.replyTimes(field, value, viewer, today);
  }

  /**
   * On SQLite the stamp is read at once, and shared by the calls of one event-loop turn unless
   * this process writes in between: another process's change is seen from the next turn, as if the
   * request had come a moment earlier. Read within a transaction, it may include the transaction's
   * own writes, which only moves it early (a cache is dropped, never kept).
   */
  stamp(): string | Promise<string> {
    const atOnce = this.atOnce;
    if (!atOnce) return this.db.executeQuery(this.stampQuery).then(({ rows }) => stampText(rows[0]));
    const turn = this.turn;
    if (turn !== null && turn.writes === atOnce.writes) return turn.stamp;
    const stamp = stampText(atOnce.read(this.stampQuery.sql, this.stampQuery.parameters) as StampRow | undefined);
    if (turn === null) setImmediate(() => { this.turn = null; });
    this.turn = { stamp, writes: atOnce.writes };
    return stamp;
  }

  facetValues(keys: readonly number[]): Promise<Map<number, readonly (readonly [string, string])[]>> { return readFacetValues(this.db, keys); }

  async texts(keys: readonly number[]): Promise<Map<number, { readonly page: number | null; readonly text: string }[]>> {
    const out = new Map<number, { page: number | null; text: string }[]>();
    const add = (key: number, page: number | null, text: string) => {
      const list = out.get(key) ?? [];
      list.push({ page, text });
      out.set(key, list);
    };
    const records = keys.map(recordOfKey);
    const communicationIds = records.filter((r) => r.kind === 'communication').map((r) => r.id);
    const replyIds = records.filter((r) => r.kind === 'reply').map((r) => r.id);
    if (communicationIds.length > 0) {
      for (const c of await this.db.selectFrom('communications').select(['id', 'subject', 'summary', 'themes']).where('id', 'in', communicationIds).execute()) {
        add(recordKey('communication', Number(c.id)), null, [c.subject, c.summary, c.themes.replace(/,/g, ', ')].filter((t) => t.length > 0).join('\n'));
      }
      for (const p of await this.db.selectFrom('communication_files as f').innerJoin('document_pages as p', 'p.sha256', 'f.sha256')
        .select(['f.communication_id as id', 'p.page', 'p.text']).where('f.communication_id', 'in', communicationIds).where(indexedFile('communication')).orderBy('f.communication_id').orderBy('f.sha256').orderBy('p.page').execute()) {
        add(recordKey('communication', Number(p.id)), Number(p.page), p.text);
      }
    }
    if (replyIds.length > 0) {
      for (const p of await this.db.selectFrom('reply_files as f').innerJoin('document_pages as p', 'p.sha256', 'f.sha256')
        .select(['f.reply_id as id', 'p.page', 'p.text']).where('f.reply_id', 'in', replyIds).where(indexedFile('reply')).orderBy('f.reply_id').orderBy('f.sha256').orderBy('p.page').execute()) {
        add(recordKey('reply', Number(p.id)), Number(p.page), p.text);
      }
    }
    return out;
  }
}
