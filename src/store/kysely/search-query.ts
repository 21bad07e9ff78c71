import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { IsoDate, Viewer } from '../../domain/index.js';
import { CHUNKS_PER_RECORD } from '../../search/document.js';
import { textOnly, toFts5, toTsquery, type MatchTree } from '../../search/match.js';
import type { Condition } from '../../search/plan.js';
import type { RecordKind } from '../../search/query-ast.js';
import type { FacetName, SearchQuery, SearchRow, SearchRows } from '../ports.js';
import type { Database } from '../schema.js';
import { DENSITY_SAMPLE, scoringPlan, type ScoringPlan } from './common-terms.js';
import { FacetCache } from './facet-cache.js';
import { IndexMemo, type MemoAt } from './index-memo.js';
import { facetKeys, firstReplyKnown, MATCH_KEY, repliedStatus, visibleTo } from './search-visibility.js';

/**
 * Runs a planned search over the index with the viewer's visibility inside the SQL, so hits,
 * totals and facet counts never include what the viewer may not see. One query shape for both
 * stores; only the text match differs (FTS5 MATCH, or tsquery over a GIN index).
 */

type Sql = RawBuilder<unknown>;
const FACET_TABLE_FIELDS = new Set(['country', 'mandate', 'type', 'ref', 'lang', 'stance']);
const SHIFT = Math.log2(CHUNKS_PER_RECORD);

export class KyselySearchQuery {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: 'sqlite' | 'postgres',
    private readonly facetCache = new FacetCache(),
    /** Index entries read to judge whether a part of a match is common (common-terms.ts). */
    private readonly densitySample = DENSITY_SAMPLE,
    private readonly memo = new IndexMemo(),
  ) {}

  /** An index entry's id, and the key of the record it belongs to. */
  private get entryId(): Sql { return sql.raw(this.dialect === 'sqlite' ? 'rowid' : 'id'); }
  private get entryKey(): Sql { return this.dialect === 'sqlite' ? sql`rowid >> ${sql.lit(SHIFT)}` : sql`key`; }

  /**
   * `FROM … WHERE …` over the index entries matching a text match, limited to one kind of record
   * when the plan says so (a reply's key is odd, a communication's even).
   */
  private entries(tree: MatchTree, kind: RecordKind | null): Sql {
    const ofKind = kind === null ? sql`` : sql` AND (${this.entryKey}) % 2 = ${sql.lit(kind === 'reply' ? 1 : 0)}`;
    return this.dialect === 'sqlite'
      ? sql`FROM search_fts WHERE search_fts MATCH ${toFts5(tree)}${ofKind}`
      : sql`FROM search_chunks WHERE terms @@ CAST(${toTsquery(tree)} AS tsquery)${ofKind}`;
  }

  /**
   * Rows matching a text match, with a score (higher is better) per record: BM25 over the text
   * columns (the facet column weighs nothing), or ts_rank of the text part of the query. With a
   * window, only the newest `window` index entries are scored (read newest first, which FTS5
   * does far faster than seeking to a rowid bound).
   */
  private scored(tree: MatchTree, kind: RecordKind | null, longRecords: boolean, window: number | null, scoring: ScoringPlan | null): Sql {
    const limit = window !== null ? sql` ORDER BY ${this.entryId} DESC LIMIT ${window}` : longRecords && this.dialect === 'sqlite' ? sql` LIMIT -1` : sql``;
    const rows = scoring?.reduced ? this.scoredApart(tree, kind, window, scoring.tree) : sql`SELECT ${this.entryKey} AS key, ${this.score(tree)} AS score ${this.entries(tree, kind)}${limit}`;
    // Only a record of several chunks can match more than once; without any, no grouping is needed.
    return longRecords ? sql`SELECT key, max(score) AS score FROM (${rows}) s GROUP BY key` : rows;
  }

  private score(tree: MatchTree): Sql {
    if (this.dialect === 'sqlite') return sql`-bm25(search_fts, 1.0, 1.0, 0.0)`;
    const text = textOnly(tree);
    return text === null ? sql`0.0` : sql`ts_rank(terms, CAST(${toTsquery(text)} AS tsquery))`;
  }

  /**
   * SQLite, when common parts are left out of scoring (common-terms.ts): the entries matching the
   * whole match (newest first, windowed or not), and scores from a second, lighter MATCH read newest
   * first down to the oldest of them. Each MATCH is materialized once: joined row by row, FTS5
   * would start bm25() over for every entry.
   */
  private scoredApart(tree: MatchTree, kind: RecordKind | null, window: number | null, scoring: MatchTree | null): Sql {
    const limit = window !== null ? sql` LIMIT ${window}` : sql``;
    const hits = sql`SELECT rowid AS id ${this.entries(tree, kind)} ORDER BY rowid DESC${limit}`;
    if (scoring === null) return sql`SELECT id >> ${sql.lit(SHIFT)} AS key, 0.0 AS score FROM (${hits}) w`;
    return sql`SELECT * FROM (WITH w AS MATERIALIZED (${hits}),
      s AS MATERIALIZED (SELECT rowid AS id, ${this.score(scoring)} AS score FROM search_fts
        WHERE search_fts MATCH ${toFts5(scoring)} AND rowid >= (SELECT min(id) FROM w) ORDER BY rowid DESC)
      SELECT w.id >> ${sql.lit(SHIFT)} AS key, coalesce(s.score, 0.0) AS score FROM w LEFT JOIN s ON s.id = w.id) apart`;
  }

  /** Whether more than `size` index entries match: relevance then ranks the newest `size` only (a common word costs what `size` matches cost); kept per index generation. */
  private async exceeds(tree: MatchTree, kind: RecordKind | null, size: number, memo: MemoAt): Promise<boolean> {
    // An AND exceeds only if each required part does: parts recur across queries (a word, a State, a year) and their answers are kept.
    if (tree.kind === 'and' && tree.positive.length > 1) for (const part of tree.positive) if (!(await this.exceeds(part, kind, size, memo))) return false;
    const beyond = sql`SELECT ${this.entryId} AS id ${this.entries(tree, kind)} ORDER BY ${this.entryId} DESC LIMIT 1 OFFSET ${size}`;
    return memo.get(`exceeds ${kind} ${size} ${this.dialect === 'sqlite' ? toFts5(tree) : toTsquery(tree)}`, async () => (await beyond.execute(this.db)).rows.length > 0);
  }

  /** Whether any record is long enough to have several chunks. */
  private async longRecords(): Promise<boolean> {
    // A literal 1 (not a parameter), so that both databases use the partial index on long records.
    return (await sql<{ key: number }>`SELECT key FROM search_records WHERE chunks > 1 LIMIT 1`.execute(this.db)).rows.length > 0;
  }

  private keysMatching(tree: MatchTree): Sql {
    return sql`SELECT ${this.entryKey} ${this.entries(tree, null)}`;
  }

  private condition(c: Condition, replied: Sql): Sql {
    switch (c.kind) {
      case 'match': return sql`r.key IN (${this.keysMatching(c.tree)})`;
      case 'not': return sql`NOT (${this.condition(c.child, replied)})`;
      case 'and': case 'or': return sql`(${sql.join(c.children.map((x) => this.condition(x, replied)), sql.raw(` ${c.kind.toUpperCase()} `))})`;
      case 'field': {
        const { field, values } = c.field;
        if (FACET_TABLE_FIELDS.has(field)) return sql`r.key IN (${facetKeys(field, values)})`;
        switch (field) {
          case 'year': return sql`r.year IN (${sql.join(values.map(Number))})`;
          case 'from': return sql`r.date >= ${values[0] ?? ''}`;
          case 'to': return sql`(r.date <= ${values[0] ?? ''} AND r.date <> '')`;
          case 'kind': return sql`r.kind IN (${sql.join([...values])})`;
          case 'replied': {
            const statuses = [...new Set(values.flatMap((v) => (v === 'no' ? ['overdue', 'pending'] : [v])))];
            return sql`(${replied}) IN (${sql.join(statuses)})`;
          }
          default: throw new Error(`search field ${field} has no condition`);
        }
      }
    }
  }

  /** Keys matching a text match, each once, unscored: what totals and facets count. */
  private distinctKeys(tree: MatchTree, kind: RecordKind | null): Sql {
    return sql`SELECT DISTINCT ${this.entryKey} AS key ${this.entries(tree, kind)}`;
  }

  private source(q: SearchQuery, scored: boolean, longRecords = true, window: number | null = null, scoring: ScoringPlan | null = null): { from: Sql; where: Sql; replied: Sql; key: Sql } {
    const replied = repliedStatus(q.viewer, q.today);
    const match = q.plan.match;
    if (match === null) return { from: sql`search_records r`, where: this.where(q, replied), replied, key: sql`r.key` };
    const matches = scored ? this.scored(match, q.plan.matchKind, longRecords, window, scoring) : this.distinctKeys(match, q.plan.matchKind);
    // Ranked by relevance with nothing else to filter or count by: the records need not be joined.
    const bare = q.plan.where === null && (q.sort === 'relevance' || !scored) && !q.facets.some((f) => f === 'year' || f === 'replied');
    if (bare) return { from: sql`(${matches}) m`, where: visibleTo(q.viewer, q.today, MATCH_KEY), replied, key: MATCH_KEY };
    return { from: sql`(${matches}) m JOIN search_records r ON r.key = m.key`, where: this.where(q, replied), replied, key: sql`r.key` };
  }

  private where(q: SearchQuery, replied: Sql): Sql {
    const parts = [visibleTo(q.viewer, q.today)];
    if (q.plan.where !== null) parts.push(this.condition(q.plan.where, replied));
    return sql.join(parts, sql` AND `);
  }

  async run(q: SearchQuery): Promise<SearchRows> {
    const byRelevance = q.sort === 'relevance' && q.plan.match !== null;
    const desc = q.sort !== 'oldest';
    let after: Sql = sql`TRUE`;
    let offset = 0;
    if (q.after && 'offset' in q.after) offset = q.after.offset;
    else if (q.after && !byRelevance) {
      after = desc
        ? sql`(h.d < ${q.after.date} OR (h.d = ${q.after.date} AND h.key < ${q.after.key}))`
        : sql`(h.d > ${q.after.date} OR (h.d = ${q.after.date} AND h.key > ${q.after.key}))`;
    }
    const order = byRelevance ? sql`h.score DESC, h.key DESC` : desc ? sql`h.d DESC, h.key DESC` : sql`h.d ASC, h.key ASC`;
    const counting = q.count || q.facets.length > 0;
    const memo = await this.memo.open(this.db);
    const match = byRelevance ? q.plan.match : null;
    const window = match !== null && await this.exceeds(match, q.plan.matchKind, q.window, memo) ? q.window : null;
    const scoring = match !== null && this.dialect === 'sqlite' ? await scoringPlan(this.db, match, this.densitySample, memo) : null;
    const { from, where, replied, key } = this.source(q, true, q.plan.match !== null && await this.longRecords(), window, scoring);
    const score = q.plan.match === null ? sql`NULL` : sql`m.score`;
    // Only the columns this query sorts, pages or counts by: every one is read for every hit.
    const wanted = [sql`${key} AS key`, sql`${score} AS score`];
    if (!byRelevance) wanted.push(sql`r.date AS d`);
    if (q.facets.includes('year')) wanted.push(sql`r.year AS year`);
    if (q.facets.includes('replied')) wanted.push(sql`${replied} AS replied`);
    const columns = sql.join(wanted);
    const page = sql`SELECT 'hit' AS field, CAST(h.key AS TEXT) AS value, h.score AS n FROM h WHERE ${after} ORDER BY ${order} LIMIT ${q.limit} OFFSET ${offset}`;
    let rows: { field: string; value: string; n: number | string | null }[];
    if (q.plan.match !== null && counting) {
      // One pass over the matches: they are ranked, paged and counted from the same materialized set.
      rows = (await sql<{ field: string; value: string; n: number | string | null }>`
        WITH h AS MATERIALIZED (SELECT ${columns} FROM ${from} WHERE ${where})
        SELECT * FROM (${page}) p UNION ALL ${this.countParts(q.facets)}`.execute(this.db)).rows;
    } else {
      // Without text, the page walks the date index; counting (if asked) is a separate scan.
      rows = (await sql<{ field: string; value: string; n: number | string | null }>`
        WITH h AS (SELECT ${columns} FROM ${from} WHERE ${where}) ${page}`.execute(this.db)).rows;
      if (counting) {
        const unscored = this.source(q, false);
        rows.push(...(await sql<{ field: string; value: string; n: number | string | null }>`
          WITH h AS MATERIALIZED (SELECT r.key AS key, r.year AS year, ${unscored.replied} AS replied FROM ${unscored.from} WHERE ${unscored.where})
          ${this.countParts(q.facets)}`.execute(this.db)).rows);
      }
    }
    const pageKeys: { key: number; score: number | null }[] = [];
    const hitKeys: number[] = [];
    let total: number | null = counting ? 0 : null;
    const facets: Record<string, { value: string; count: number }[]> = {};
    for (const r of rows) {
      if (r.field === 'hit') pageKeys.push({ key: Number(r.value), score: r.n === null ? null : Number(r.n) });
      else if (r.field === 'keys') { if (r.value !== null && r.value !== '') for (const k of r.value.split(',')) hitKeys.push(Number(k)); }
      else if (r.field === 'total') total = Number(r.n);
      else (facets[r.field] ??= []).push({ value: r.value, count: Number(r.n) });
    }
    const tableFields = q.facets.filter((f) => FACET_TABLE_FIELDS.has(f));
    if (tableFields.length > 0 && hitKeys.length > 0) Object.assign(facets, await this.facetCache.count(this.db, hitKeys, tableFields, memo.generation));
    for (const list of Object.values(facets)) list.sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
    return { rows: await this.details(pageKeys, q.viewer, q.today), total, facets, windowed: window !== null };
  }

  /**
   * Total and facet counts over the set `h` (key, year, replied), as (field, value, n) rows; for
   * the facets the index keeps per record, every hit's key instead (counted by the facet cache).
   */
  private countParts(facets: readonly FacetName[]): Sql {
    const parts: Sql[] = [sql`SELECT 'total' AS field, '' AS value, count(*) AS n FROM h`];
    const tableFields = facets.filter((f) => FACET_TABLE_FIELDS.has(f));
    if (tableFields.length > 0) {
      // Up to a limit, the keys go to the facet cache; past it (say, every record), SQL counts.
      const few = sql`(SELECT count(*) FROM h) <= ${sql.lit(this.facetCache.maxHits)}`;
      // One row listing every key: thousands of one-key rows cost more to hand over than to count.
      const list = this.dialect === 'sqlite' ? sql`group_concat(h.key, ',')` : sql`string_agg(CAST(h.key AS TEXT), ',')`;
      parts.push(sql`SELECT 'keys', ${list}, NULL FROM h WHERE ${few}`);
      // CROSS JOIN keeps SQLite from looping over every facet row and scanning the hits for each.
      // On SQLite, `+f.field` keeps it to one index seek per hit (reading its few facet rows) instead of one per field.
      const field = this.dialect === 'sqlite' ? sql`+f.field` : sql`f.field`;
      parts.push(sql`SELECT f.field, f.value, count(*) AS n FROM h CROSS JOIN search_facets f
        WHERE NOT ${few} AND f.key = h.key AND ${field} IN (${sql.join(tableFields)}) GROUP BY f.field, f.value`);
    }
    if (facets.includes('year')) parts.push(sql`SELECT 'year', CAST(h.year AS TEXT), count(*) FROM h WHERE h.year IS NOT NULL GROUP BY h.year`);
    // A record's kind is the parity of its key.
    if (facets.includes('kind')) parts.push(sql`SELECT 'kind', CASE WHEN h.key % 2 = 1 THEN 'reply' ELSE 'communication' END AS kind, count(*) FROM h GROUP BY 2`);
    if (facets.includes('replied')) parts.push(sql`SELECT 'replied', h.replied, count(*) FROM h WHERE h.replied IS NOT NULL GROUP BY h.replied`);
    return sql.join(parts, sql` UNION ALL `);
  }

  /** For every communication of a State or mandate the viewer sees: its date sent and first reply the viewer may know of. */
  async replyTimes(field: 'country' | 'mandate', value: string, viewer: Viewer, today: IsoDate): Promise<{ sent: string; firstReply: string | null }[]> {
    const firstReply = firstReplyKnown(viewer);
    const rows = await sql<{ sent: string; first_reply: string | null }>`
      SELECT r.date AS sent, CASE WHEN ${firstReply} <= ${today} THEN ${firstReply} END AS first_reply
      FROM search_facets f JOIN search_records r ON r.key = f.key
      WHERE f.field = ${field} AND f.value = ${value} AND r.kind = 'communication' AND r.date <> '' AND r.date <= ${today} AND ${visibleTo(viewer, today)}
      ORDER BY r.date`.execute(this.db);
    return rows.rows.map((r) => ({ sent: r.sent, firstReply: r.first_reply }));
  }

  private async details(page: readonly { key: number; score: number | null }[], viewer: Viewer, today: IsoDate): Promise<SearchRow[]> {
    if (page.length === 0) return [];
    const first = firstReplyKnown(viewer);
    const rows = await sql<{ key: number | string; kind: string; record_id: number | string; date: string; title: string; subject: string; replied: string | null; due_on: string | null; first_reply: string | null }>`
      SELECT r.key, r.kind, r.record_id, r.date, r.title, r.subject, ${repliedStatus(viewer, today)} AS replied, r.due_on,
        CASE WHEN r.kind = 'communication' AND (${first}) <= ${today} THEN ${first} END AS first_reply FROM search_records r WHERE r.key IN (${sql.join(page.map((p) => p.key))})`.execute(this.db);
    const byKey = new Map(rows.rows.map((r) => [Number(r.key), r]));
    return page.flatMap(({ key, score }) => {
      const r = byKey.get(key);
      return r ? [{ key, kind: r.kind as SearchRow['kind'], recordId: Number(r.record_id), date: r.date === '' ? null : r.date, title: r.title, subject: r.subject, score, replied: r.replied as SearchRow['replied'], dueOn: r.due_on, firstReply: r.first_reply }] : [];
    });
  }
}
