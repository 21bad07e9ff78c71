import type { IsoDate, Viewer } from '../domain/index.js';
import type { SearchDocument, SearchSource } from '../search/document.js';
import type { SearchPlan } from '../search/plan.js';

/** The search index's port: what the index writer and the query runner ask of a store. */

export const FACET_NAMES = ['country', 'mandate', 'type', 'year', 'replied', 'stance', 'lang', 'kind'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface SearchQuery {
  readonly plan: SearchPlan;
  readonly viewer: Viewer;
  readonly today: IsoDate;
  /** relevance (falls back to date without text), date (newest first) or oldest. */
  readonly sort: 'relevance' | 'date' | 'oldest';
  readonly limit: number;
  /** Where the previous page ended: an offset for relevance, the last (date, key) otherwise. */
  readonly after: { readonly offset: number } | { readonly date: string; readonly key: number } | null;
  readonly facets: readonly FacetName[];
  /** Count every hit (also done whenever facets are asked for). */
  readonly count: boolean;
  /**
   * Relevance ranks at most this many index entries, the newest that match: past it, hits,
   * total and facets cover those entries only (`windowed`), as a search engine's result window.
   */
  readonly window: number;
}

export interface SearchRow {
  readonly key: number;
  readonly kind: 'communication' | 'reply';
  readonly recordId: number;
  readonly date: string | null;
  readonly title: string;
  readonly subject: string;
  /** Higher is more relevant; null without a text match. */
  readonly score: number | null;
  /** For communications: yes, overdue or pending, as the viewer may know it. */
  readonly replied: 'yes' | 'overdue' | 'pending' | null;
  /** For sent communications: the day a reply is due. */
  readonly dueOn: string | null;
  /** For communications: the first reply the viewer may know of, received by the day of the search. */
  readonly firstReply: string | null;
}

export interface SearchRows {
  readonly rows: readonly SearchRow[];
  readonly total: number | null;
  /** True when the text matched more than the query's window: total and facets count the window only. */
  readonly windowed: boolean;
  readonly facets: Readonly<Record<string, readonly { readonly value: string; readonly count: number }[]>>;
}

/** A record waiting for the index, and how many changes it has had since it was queued. */
export interface QueuedRecord {
  readonly key: number;
  readonly version: number;
}

/** The search index: kept current from a queue of changed records, queried with visibility inside. */
export interface SearchRepository {
  /** How many changed records wait to be indexed. */
  pending(): Promise<number>;
  /** Up to `limit` queued records with keys above `after`, in key order. */
  queued(after: number, limit: number): Promise<QueuedRecord[]>;
  /** Takes records off the queue, each only if it has not changed again since it was read. */
  settle(records: readonly QueuedRecord[]): Promise<void>;
  /** What the index needs of these records; a deleted record has no source. */
  sources(keys: readonly number[]): Promise<SearchSource[]>;
  /** Replaces the entries of `keys` by `documents` (keys without a document are removed). */
  write(keys: readonly number[], documents: readonly SearchDocument[]): Promise<void>;
  /** Empties the index and queues every record, to rebuild it from nothing (inside a transaction). */
  clear(): Promise<void>;
  /**
   * Runs a bulk load with the change triggers off, then queues every record once: for loading
   * many records into an empty database. Call it inside a transaction, so a crash changes nothing.
   */
  inBulk<T>(work: () => Promise<T>): Promise<T>;
  run(query: SearchQuery): Promise<SearchRows>;
  /** The texts a hit's snippet is cut from: its own fields (page null) and its files' pages. */
  texts(keys: readonly number[]): Promise<Map<number, { readonly page: number | null; readonly text: string }[]>>;
  /** Every communication of a State (`country`) or mandate the viewer sees, sent by `today`: its date and the first reply the viewer may know of. */
  replyTimes(field: 'country' | 'mandate', value: string, viewer: Viewer, today: IsoDate): Promise<{ readonly sent: string; readonly firstReply: string | null }[]>;
  /**
   * A value that changes whenever a record, its links, files or text change (they queue it for
   * the index) and whenever the index is written: what a cache of published pages is valid for.
   * Given at once where the store can read it without waiting (SQLite), else as a promise.
   */
  stamp(): string | Promise<string>;
  /** The facet values the index holds for these records (country, mandate, type, ref, lang, stance). */
  facetValues(keys: readonly number[]): Promise<Map<number, readonly (readonly [field: string, value: string])[]>>;
}
