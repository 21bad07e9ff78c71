import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseIsoDate } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { rebuildSearchIndex, refreshSearchIndex } from '../../src/search/indexer.js';
import { search } from '../../src/search/service.js';
import type { Store } from '../../src/store/ports.js';
import { addLetter, addReply, state } from '../support/search-fixtures.js';
import { forEachStore, freshStore } from '../support/stores.js';

const reference = loadReferenceData().reference;
const ken = state('KEN', 'Kenya');

forEachStore('search indexer', (kind) => {
  let store: Store;
  before(async () => { store = await freshStore(kind); });
  after(async () => { await store.close(); });

  const keys = async (q: string) => (await search(store, { referenceData: reference }, { q, viewer: { role: 'secretariat' }, today: parseIsoDate('2030-01-01'), sort: 'date', limit: 100, snippets: false })).hits.map((h) => h.key);

  test('a record that changes while it is being indexed stays queued, and the next pass indexes its new state', async () => {
    const id = await addLetter(store, { to: ken, sent: '2024-01-10', subject: 'Forced evictions', pages: ['Evictions in Nairobi.'] });
    const [queued] = await store.search.queued(-1, 10);
    assert.equal(queued?.key, id * 2);
    const [source] = await store.search.sources([id * 2]);
    assert.ok(source);
    // A reply arrives between reading the letter and writing its entry.
    await addReply(store, { from: ken, received: '2024-02-01', answers: [id], pages: ['The Government explains the resettlement plan.'] });
    const { searchDocument } = await import('../../src/search/document.js');
    await store.transaction(async (trx) => {
      await trx.search.write([id * 2], [searchDocument(source)]);
      await trx.search.settle([queued ?? { key: 0, version: 0 }]);
    });
    assert.ok((await store.search.queued(-1, 10)).some((q) => q.key === id * 2), 'the letter changed again, so it is still queued');
    await refreshSearchIndex(store);
    assert.equal(await store.search.pending(), 0);
    assert.deepEqual(await keys('replied:yes Nairobi'), [id * 2]);
  });

  test('indexing on worker threads writes the same index as on the main thread', async () => {
    for (let i = 0; i < 30; i++) {
      await addLetter(store, { to: ken, sent: `2024-03-${String((i % 28) + 1).padStart(2, '0')}`, subject: `Case ${i} of land grabbing`, pages: [`Community ${i} lost its land near Lake Turkana.`, 'Second page about the pastoralists.'] });
    }
    await refreshSearchIndex(store, { workers: 0, batch: 7 });
    const inline = [await keys('land'), await keys('pastoralist'), await keys('"Lake Turkana"'), await keys('grab*')];
    assert.equal(inline[0]?.length, 30);
    await store.transaction((trx) => trx.search.clear());
    assert.ok((await store.search.pending()) >= 31);
    assert.deepEqual(await keys('land'), [], 'a cleared index finds nothing until rebuilt');
    assert.equal(await rebuildSearchIndex(store, { workers: 2, batch: 7 }), 32, '31 letters and a reply');
    assert.equal(await store.search.pending(), 0);
    assert.deepEqual([await keys('land'), await keys('pastoralist'), await keys('"Lake Turkana"'), await keys('grab*')], inline);
  });
});
