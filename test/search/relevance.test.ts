import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseIsoDate, type Viewer } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { planSearch } from '../../src/search/plan.js';
import { parseQuery } from '../../src/search/query-parser.js';
import { search } from '../../src/search/service.js';
import { scoringPlan } from '../../src/store/kysely/common-terms.js';
import { KyselySearchQuery } from '../../src/store/kysely/search-query.js';
import type { KyselyStore } from '../../src/store/kysely/store.js';
import type { SearchQuery, Store } from '../../src/store/ports.js';
import { addLetter, indexAll, state } from '../support/search-fixtures.js';
import { forEachStore, freshStore } from '../support/stores.js';

const reference = loadReferenceData().reference;
const PUBLIC: Viewer = { role: 'public' };
const TODAY = parseIsoDate('2025-06-01');
const ken = state('KEN', 'Kenya');

/** Letters where "rights" is everywhere and "pastoralists" in a few, as often as their names say. */
const LETTERS: Record<string, string> = {
  thrice: 'Pastoralists were evicted; pastoralists lost herds; pastoralists appealed. Their rights.',
  once: 'A long letter on land, water, grazing, courts, police, schools and clinics, which names pastoralists once among their rights.',
  twice: 'Pastoralists and the rights of pastoralists in the valley, with other matters of land and water.',
};
const FILLER = 12;

forEachStore('relevance', (kind) => {
  let store: Store;
  const ids: Record<string, number> = {};

  before(async () => {
    store = await freshStore(kind, () => new Date('2025-01-01T00:00:00Z'));
    let day = 1;
    for (const [name, text] of Object.entries(LETTERS)) {
      ids[name] = await addLetter(store, { to: ken, sent: `2024-01-${String(day++).padStart(2, '0')}`, subject: 'Letter', pages: [text] });
    }
    // Newer letters on rights alone: "rights" ends up in every record, "pastoralists" in the oldest few.
    for (let i = 0; i < FILLER; i++) await addLetter(store, { to: ken, sent: `2024-02-${String(i + 1).padStart(2, '0')}`, subject: 'Letter', pages: [`Rights of tenants, number ${i + 1}.`] });
    await indexAll(store);
  });
  after(async () => { await store.close(); });

  const planned = (q: string, window = 5_000): SearchQuery => ({
    plan: planSearch(parseQuery(q, { referenceData: reference })), viewer: PUBLIC, today: TODAY,
    sort: 'relevance', limit: 50, after: null, facets: ['country'], count: true, window,
  });
  /** A query runner that judges commonness from two entries, so this small collection has common words. */
  const runner = () => new KyselySearchQuery((store as KyselyStore).db, kind, undefined, 2);
  const order = async (q: string, window?: number) => (await runner().run(planned(q, window))).rows.map((r) => r.recordId);

  test('a record where the word is frequent and the text short ranks first', async () => {
    const hits = (await search(store, { referenceData: reference }, { q: 'pastoralists', viewer: PUBLIC, today: TODAY, limit: 10 })).hits.map((h) => h.recordId);
    assert.deepEqual(hits, [ids.thrice, ids.twice, ids.once]);
  });

  test('a word found in most records finds the same hits, totals and counts, windowed or not', async () => {
    for (const window of [5_000, 2]) {
      const withCommon = await runner().run(planned('pastoralists rights', window));
      const rare = await runner().run(planned('pastoralists', window));
      assert.deepEqual(withCommon.rows.map((r) => r.recordId).sort(), rare.rows.map((r) => r.recordId).sort(), `window ${window}`);
      assert.equal(withCommon.total, rare.total);
      assert.deepEqual(withCommon.facets, rare.facets);
    }
    // Everything matches "rights": ranked or not, each record is there once.
    assert.equal((await order('rights')).length, Object.keys(LETTERS).length + FILLER);
    assert.deepEqual(await order('pastoralists -rights'), []);
  });

  if (kind === 'sqlite') {
    test('SQLite leaves a common word out of scoring, so it ranks as the rest of the query does', async () => {
      const db = (store as KyselyStore).db;
      const tree = (q: string) => {
        const match = planSearch(parseQuery(q, { referenceData: reference })).match;
        assert.ok(match !== null, q);
        return match;
      };
      assert.deepEqual(await scoringPlan(db, tree('pastoralists rights'), 2), { reduced: true, tree: tree('pastoralists') });
      assert.deepEqual(await scoringPlan(db, tree('rights'), 2), { reduced: true, tree: null });
      assert.deepEqual(await scoringPlan(db, tree('pastoralists'), 2), { reduced: false, tree: tree('pastoralists') });
      // An alternative keeps its weight: parts of an OR are never left out.
      assert.equal((await scoringPlan(db, tree('(pastoralists OR rights) valley'), 2)).reduced, false);
      // With the default sample, nothing in so small a collection is common.
      assert.equal((await scoringPlan(db, tree('pastoralists rights'))).reduced, false);
      assert.deepEqual(await order('pastoralists rights'), [ids.thrice, ids.twice, ids.once]);
      assert.deepEqual(await order('pastoralists rights', 2), [ids.twice, ids.once], 'the two newest matches, by relevance');
      // Only common words: every hit scores alike, the newest first.
      const newestFirst = (await order('rights'));
      assert.deepEqual(newestFirst, [...newestFirst].sort((a, b) => b - a));
    });
  }
});
