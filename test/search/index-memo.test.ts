import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseIsoDate } from '../../src/domain/index.js';
import { search } from '../../src/search/service.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { bumpGeneration } from '../../src/store/kysely/facet-cache.js';
import { IndexMemo } from '../../src/store/kysely/index-memo.js';
import type { KyselyStore } from '../../src/store/kysely/store.js';
import type { Store } from '../../src/store/ports.js';
import { addLetter, indexAll, state } from '../support/search-fixtures.js';
import { forEachStore, freshStore } from '../support/stores.js';

const reference = loadReferenceData().reference;

forEachStore('answers kept for one index generation', (kind) => {
  let store: Store;
  before(async () => { store = await freshStore(kind, () => new Date('2025-01-01T00:00:00Z')); });
  after(async () => { await store.close(); });
  const db = () => (store as KyselyStore).db;

  test('an answer is computed once per generation, and again after any index write', async () => {
    const memo = new IndexMemo();
    let computed = 0;
    const ask = async () => (await memo.open(db())).get('question', async () => ++computed);
    assert.equal(await ask(), 1);
    assert.equal(await ask(), 1, 'kept');
    await bumpGeneration(db());
    assert.equal(await ask(), 2, 'the index changed: asked again');
    assert.equal(await ask(), 2);
  });

  test('a search that began before a newer generation was seen does not file its answer under its older one', async () => {
    const memo = new IndexMemo();
    const older = await memo.open(db());
    await bumpGeneration(db());
    const newer = await memo.open(db());
    assert.notEqual(older.generation, newer.generation);
    assert.equal(await older.get('q', async () => 'from the older search'), 'from the older search');
    assert.equal(await newer.get('q', async () => 'read anew'), 'read anew');
  });

  test('whether a match exceeds the ranking window follows the index as it grows', async () => {
    const egypt = state('EGY', 'Egypt');
    const ask = () => search(store, { referenceData: reference }, { q: 'torture', viewer: { role: 'public' }, today: parseIsoDate('2025-01-01'), window: 2 });
    for (const sent of ['2024-01-10', '2024-01-11']) await addLetter(store, { to: egypt, sent, subject: 'Torture', pages: ['Torture in custody.'] });
    await indexAll(store);
    assert.equal((await ask()).window, null, 'two entries: within the window');
    await addLetter(store, { to: egypt, sent: '2024-01-12', subject: 'Torture', pages: ['Torture in custody.'] });
    await indexAll(store);
    const third = await ask();
    assert.equal(third.window, 2, 'three entries: windowed, though the answer for two was kept');
  });

  test('a conjunction exceeds the window only when it matches more than it: a rare part decides at once, common parts are read whole', async () => {
    const kenya = state('KEN', 'Kenya');
    for (const sent of ['2024-02-10', '2024-02-11', '2024-02-12']) await addLetter(store, { to: kenya, sent, subject: 'Torture', pages: ['Torture in custody.'] });
    await indexAll(store);
    const ask = async (q: string) => (await search(store, { referenceData: reference }, { q, viewer: { role: 'public' }, today: parseIsoDate('2025-01-01'), window: 2 })).window;
    assert.equal(await ask('torture country:KEN'), 2, 'three Kenyan letters on torture: windowed');
    assert.equal(await ask('torture custody country:KEN'), 2);
    assert.equal(await ask('torture country:KEN year:2023'), null, 'no letter of 2023: a part below the window');
    assert.equal(await ask('custody country:EGY'), 2, 'three Egyptian letters');
    assert.equal(await ask('torture country:KEN -custody'), null, 'what is left out counts: nothing remains');
  });
});
