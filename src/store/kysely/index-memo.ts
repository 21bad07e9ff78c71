import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { GENERATION } from './facet-cache.js';

/**
 * Answers that depend on the search index's content alone (how common a word is, whether a match
 * exceeds the ranking window), kept for one generation of the index: every index write bumps it
 * in its own transaction, so an answer is never used once the index has changed. Real queries
 * repeat their words (`torture country:EGY`, `torture year:2019`): each such answer is read once.
 */
export class IndexMemo {
  private generation: string | null = null;
  private readonly answers = new Map<string, unknown>();

  constructor(private readonly limit = 10_000) {}

  /** Reads the index generation (dropping the answers of another) for one search. */
  async open(db: Kysely<Database>): Promise<MemoAt> {
    const row = await db.selectFrom('settings').select('value').where('key', '=', GENERATION).executeTakeFirst();
    const generation = row?.value ?? '0';
    if (generation !== this.generation) {
      this.answers.clear();
      this.generation = generation;
    }
    return { generation, get: (key, compute) => this.get(generation, key, compute) };
  }

  private async get<T>(generation: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (generation === this.generation && this.answers.has(key)) return this.answers.get(key) as T;
    const answer = await compute();
    // Kept only while no later search has seen a newer generation: an answer read after an index
    // write is then never filed under the generation before it for long, and never after it.
    if (generation === this.generation) {
      if (this.answers.size >= this.limit) this.answers.clear();
      this.answers.set(key, answer);
    }
    return answer;
  }
}

/** The memo as of one search's generation. */
export interface MemoAt {
  readonly generation: string;
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
}
