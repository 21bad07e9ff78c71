import { sql, type Kysely } from 'kysely';
import { CHUNKS_PER_RECORD } from '../../search/document.js';
import { toFts5, type MatchTree } from '../../search/match.js';
import type { Database } from '../schema.js';
import type { MemoAt } from './index-memo.js';

/**
 * What relevance scores on SQLite: the text match without the parts found in at least half of the
 * newest index entries.
 *
 * BM25 gives a term held by half the collection or more an inverse document frequency of zero
 * (FTS5 clamps it to 1e-6), so such a term ranks nothing; yet FTS5's bm25() counts the entries
 * holding every phrase of the MATCH over the whole index on every query — 45 ms for a stem in
 * 758,754 of a million documents. Those parts are still matched (they decide the hits); they are
 * only left out of the expression that is scored.
 *
 * A part's density is estimated among the newest entries, where ranked windows lie: the
 * sample-th newest entry holding it, against how many records are at least as new. Each estimate
 * reads `sample` postings and at most 2 × `sample` record keys (≈0.1 ms at a million documents).
 */
export const DENSITY_SAMPLE = 256;
const SHIFT = Math.log2(CHUNKS_PER_RECORD);

export interface ScoringPlan {
  /** Whether some part of the match is left out of scoring (else the match scores as it is). */
  readonly reduced: boolean;
  /** The expression scored; null when every required part is common (all hits score alike). */
  readonly tree: MatchTree | null;
}

/** Whether the part is held by at least half of the newest index entries. */
async function isCommon(db: Kysely<Database>, part: MatchTree, sample: number): Promise<boolean> {
  const nth = await sql<{ id: number | bigint }>`SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ${toFts5(part)}
    ORDER BY rowid DESC LIMIT 1 OFFSET ${sample - 1}`.execute(db);
  const id = nth.rows[0]?.id;
  if (id === undefined) return false;
  const since = Number(BigInt(id) >> BigInt(SHIFT));
  const newer = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM search_records WHERE key >= ${since} LIMIT ${2 * sample}) x`.execute(db);
  return Number(newer.rows[0]?.n ?? 0) < 2 * sample;
}

/** A single term, phrase or facet token: what can be tested and left out on its own. */
const isLeaf = (t: MatchTree) => t.kind === 'stems' || t.kind === 'phrase' || t.kind === 'facet';

/**
 * The scoring plan of a match. Only the leaves of its top-level conjunction (required or excluded)
 * are tested: leaving out a required part keeps every hit matched by what remains, and an
 * excluded part scores nothing in any hit. Parts inside an OR are kept, so no alternative loses
 * its weight.
 */
export async function scoringPlan(db: Kysely<Database>, tree: MatchTree, sample = DENSITY_SAMPLE, memo?: MemoAt): Promise<ScoringPlan> {
  const common$ = (part: MatchTree) => (memo ? memo.get(`common ${sample} ${toFts5(part)}`, () => isCommon(db, part, sample)) : isCommon(db, part, sample));
  if (isLeaf(tree)) return (await common$(tree)) ? { reduced: true, tree: null } : { reduced: false, tree };
  if (tree.kind !== 'and') return { reduced: false, tree };
  const common = await Promise.all([...tree.positive, ...tree.negative].map((p) => (isLeaf(p) ? common$(p) : Promise.resolve(false))));
  if (!common.includes(true)) return { reduced: false, tree };
  const positive = tree.positive.filter((_, i) => !common[i]);
  const negative = tree.negative.filter((_, i) => !common[tree.positive.length + i]);
  // Facet tokens weigh nothing in the score: with only them left, every hit scores alike.
  if (positive.every((p) => p.kind === 'facet')) return { reduced: true, tree: null };
  return { reduced: true, tree: positive.length === 1 && negative.length === 0 ? (positive[0] ?? null) : { kind: 'and', positive, negative } };
}
