import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * The facet values of indexed records (State, mandate, type, reference, language, stance), kept
 * in memory between searches: counting the facets of thousands of hits then reads each record's
 * values once, instead of joining every hit to its facet rows on every search. The cache is
 * valid for one generation of the index, which every index write bumps (`bumpGeneration`, in
 * the writer's transaction); it is emptied when the generation moves or when it grows too big.
 */

/** The settings key of the index generation. */
export const GENERATION = 'search.generation';
/** Searches with more hits than this count their facets in SQL, so the cache stays small. */
const MAX_CACHED_HITS = 50_000;
const LOAD_BATCH = 1_000;

type FacetPairs = readonly (readonly [field: string, value: string])[];
export type FacetCounts = Record<string, { value: string; count: number }[]>;

/** Marks the index as changed, for every process that caches what it holds. */
export async function bumpGeneration(db: Kysely<Database>): Promise<void> {
  await sql`INSERT INTO settings (key, value) VALUES (${GENERATION}, '1')
    ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(settings.value AS INTEGER) + 1 AS TEXT)`.execute(db);
}

export class FacetCache {
  private generation: string | null = null;
  private readonly byKey = new Map<number, FacetPairs>();
  private readonly limit: number;

  /** `maxHits`: the most hits a search hands to the cache (more are counted in SQL). */
  constructor(readonly maxHits = MAX_CACHED_HITS) {
    this.limit = 4 * maxHits;
  }

  /** Counts the values of `fields` over `keys` (each key once), loading what the cache lacks; `generation`: the index's, as the search read it. */
  async count(db: Kysely<Database>, keys: readonly number[], fields: readonly string[], generation: string): Promise<FacetCounts> {
    if (generation !== this.generation || this.byKey.size + keys.length > this.limit) {
      this.byKey.clear();
      this.generation = generation;
    }
    await this.load(db, keys.filter((k) => !this.byKey.has(k)));
    const wanted = new Set(fields);
    const counts = new Map<string, Map<string, number>>();
    for (const key of keys) {
      for (const [field, value] of this.byKey.get(key) ?? []) {
        if (!wanted.has(field)) continue;
        let values = counts.get(field);
        if (!values) counts.set(field, (values = new Map()));
        values.set(value, (values.get(value) ?? 0) + 1);
      }
    }
    const out: FacetCounts = {};
    for (const [field, values] of counts) out[field] = [...values].map(([value, count]) => ({ value, count }));
    return out;
  }

  private async load(db: Kysely<Database>, keys: readonly number[]): Promise<void> {
    for (const [key, list] of await readFacetValues(db, keys)) this.byKey.set(key, list);
  }
}

/** The facet values the index holds for these records (every key present, with [] when none), in field and value order. */
export async function readFacetValues(db: Kysely<Database>, keys: readonly number[]): Promise<Map<number, FacetPairs>> {
  const out = new Map<number, [string, string][]>(keys.map((k) => [k, []]));
  for (let i = 0; i < keys.length; i += LOAD_BATCH) {
    const rows = await db.selectFrom('search_facets').select(['key', 'field', 'value']).where('key', 'in', keys.slice(i, i + LOAD_BATCH))
      .orderBy('key').orderBy('field').orderBy('value').execute();
    for (const r of rows) out.get(Number(r.key))?.push([r.field, r.value]);
  }
  return out;
}
