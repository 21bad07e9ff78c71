import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseIsoDate, type Viewer } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { planSearch } from '../../src/search/plan.js';
import { parseQuery } from '../../src/search/query-parser.js';
import { FacetCache } from '../../src/store/kysely/facet-cache.js';
import { KyselySearchQuery } from '../../src/store/kysely/search-query.js';
import type { KyselyStore } from '../../src/store/kysely/store.js';
import type { FacetName, SearchQuery, SearchRows, Store } from '../../src/store/ports.js';
import { addLetter, addReply, indexAll, state } from '../support/search-fixtures.js';
import { forEachStore, freshStore } from '../support/stores.js';

const reference = loadReferenceData().reference;
const FACETS: FacetName[] = ['country', 'mandate', 'type', 'year', 'replied', 'stance', 'lang', 'kind'];
const PUBLIC: Viewer = { role: 'public' };

forEachStore('facet counts kept in memory', (kind) => {
  let store: Store;
  const ids: Record<string, number> = {};

  before(async () => {
    store = await freshStore(kind, () => new Date('2025-01-01T00:00:00Z'));
    const ken = state('KEN', 'Kenya');
    const bra = state('BRA', 'Brazil');
    ids.kenya = await addLetter(store, { to: ken, sent: '2024-02-01', type: 'UA', mandates: ['sr-hrds'], subject: 'Evictions', pages: ['Evictions of pastoralists.'] });
    ids.brazil = await addLetter(store, { to: bra, sent: '2024-03-01', type: 'AL', mandates: ['sr-torture', 'sr-hrds'], subject: 'Favelas', pages: ['Evictions in favelas.'] });
    ids.brazil2 = await addLetter(store, { to: bra, sent: '2023-05-01', type: 'OL', mandates: ['sr-privacy'], subject: 'Housing law', pages: ['A law on evictions.'] });
    ids.reply = await addReply(store, { from: bra, received: '2024-04-01', answers: [ids.brazil], stance: 'rejects', pages: ['No evictions took place.'] });
    await indexAll(store);
  });
  after(async () => { await store.close(); });

  const query = (q: string, facets: readonly FacetName[] = FACETS): SearchQuery => ({
    plan: planSearch(parseQuery(q, { referenceData: reference })), viewer: PUBLIC, today: parseIsoDate('2025-06-01'),
    sort: 'relevance', limit: 10, after: null, facets, count: true, window: 5_000,
  });
  const runner = (cache?: FacetCache) => new KyselySearchQuery((store as KyselyStore).db, kind, cache);
  const counts = (r: SearchRows) => JSON.stringify(Object.entries(r.facets).sort());

  test('the cache and the SQL count the same, with text and without', async () => {
    const cached = runner();
    const inSql = runner(new FacetCache(1)); // more than one hit: counted in SQL
    for (const q of ['evictions', 'evictions country:BRA', 'country:BRA', '']) {
      const a = await cached.run(query(q));
      const b = await inSql.run(query(q));
      assert.equal(counts(a), counts(b), q);
      assert.equal(a.total, b.total, q);
      assert.ok((a.facets.country ?? []).length > 0, q);
    }
    assert.deepEqual((await cached.run(query('evictions'))).facets.mandate?.find((m) => m.value === 'sr-hrds'), { value: 'sr-hrds', count: 3 });
  });

  test('a record whose facet values change is counted anew once the index has it', async () => {
    const cached = runner();
    const before = await cached.run(query('evictions', ['mandate', 'type']));
    assert.equal(before.facets.mandate?.find((m) => m.value === 'sr-privacy')?.count, 1);
    // The reply now also answers the letter of another mandate and type: its own facet values change.
    await store.links.link({ replyId: ids.reply ?? -1, communicationId: ids.brazil2 ?? -1, origin: 'manual', score: null, by: 'test' });
    await indexAll(store);
    const afterChange = await cached.run(query('evictions', ['mandate', 'type']));
    assert.equal(afterChange.facets.mandate?.find((m) => m.value === 'sr-privacy')?.count, 2);
    assert.equal(counts(afterChange), counts(await runner().run(query('evictions', ['mandate', 'type']))), 'the same as a cold cache');
  });
});
