import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { parseIsoDate, PUBLIC_VIEWER, type Viewer } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { statistics } from '../../src/stats/service.js';
import type { Store } from '../../src/store/ports.js';
import type { KyselyStore } from '../../src/store/kysely/store.js';
import type { StatsFilter } from '../../src/store/stats-ports.js';
import { addLetter, addReply, indexAll, state } from '../support/search-fixtures.js';
import { forEachStore, freshStore } from '../support/stores.js';

const { sessions } = loadReferenceData();
const TODAY = parseIsoDate('2025-06-01');
const KEN = state('KEN', 'Kenya');
const BRA = state('BRA', 'Brazil');

/**
 * The statistics index is written by the indexer; a change before it runs is read from the
 * tables. Either way the figures are those of the data at the moment they are asked for.
 */
forEachStore('statistics follow every change, before and after the indexer writes', (kind) => {
  let store: Store;
  const ids: Record<string, number> = {};
  before(async () => {
    store = await freshStore(kind, () => new Date('2025-06-01T09:00:00Z'));
    ids.kenya1 = await addLetter(store, { to: KEN, sent: '2025-01-10', mandates: ['sr-hrds', 'sr-torture'], subject: 'One' });
    ids.kenya2 = await addLetter(store, { to: KEN, sent: '2025-02-10', subject: 'Two' });
    ids.brazil = await addLetter(store, { to: BRA, sent: '2025-01-15', subject: 'Three' });
    await store.communications.create({
      type: 'AL', state: 'sent', dateSent: parseIsoDate('2025-01-20'), mandateIds: ['sr-hrds'], addressees: [KEN, BRA], subject: 'To two States', summary: '', language: 'en',
    });
    await addReply(store, { from: KEN, received: '2025-02-01', answers: [ids.kenya1], stance: 'rejects' });
    await indexAll(store);
  });
  after(() => store.close());

  const figures = async (viewer: Viewer = PUBLIC_VIEWER, filter: StatsFilter = { state: 'KEN' }) =>
    (await statistics(store, sessions, { filter, viewer, today: TODAY, groupBy: 'none' })).overall;

  test('a letter addressed to two States counts for each, and once in the whole set', async () => {
    assert.equal((await figures()).communications, 3);
    assert.equal((await figures(PUBLIC_VIEWER, { state: 'BRA' })).communications, 2);
    assert.equal((await figures(PUBLIC_VIEWER, {})).communications, 4);
    assert.equal((await figures(PUBLIC_VIEWER, {})).states, 2);
  });

  test('a hold counts at once for the public, and still after indexing; staff keep counting it', async () => {
    await store.communications.update(ids.kenya2 ?? 0, { publication: { publishedEarlyOn: null, confidentialHold: { reason: 'test' } } });
    assert.equal(await store.search.pending() > 0, true, 'queued for the indexer');
    assert.equal((await figures()).communications, 2);
    assert.equal((await figures({ role: 'secretariat' })).communications, 3);
    await indexAll(store);
    assert.equal((await figures()).communications, 2);
    assert.equal((await figures({ role: 'secretariat' })).communications, 3);
  });

  test('a new reply and a new link count at once and after indexing; a reply is counted once however many letters it answers', async () => {
    const before = await figures({ role: 'secretariat' });
    await addReply(store, { from: KEN, received: '2025-03-01', answers: [ids.kenya2 ?? 0, ids.kenya1 ?? 0], stance: 'partial' });
    for (const pass of ['queued', 'indexed']) {
      const now = await figures({ role: 'secretariat' });
      assert.equal(now.replies, before.replies + 1, pass);
      assert.equal(now.replied, before.replied + 1, `${pass}: kenya2 is replied now`);
      assert.equal(now.stances.partial, 1, pass);
      await indexAll(store);
    }
  });

  test('rebuilding the index queues everything again and loses nothing', async () => {
    const staff = await figures({ role: 'secretariat' }, {});
    const everyone = await figures(PUBLIC_VIEWER, {});
    await store.transaction((trx) => trx.search.clear());
    assert.deepEqual(await figures({ role: 'secretariat' }, {}), staff);
    assert.deepEqual(await figures(PUBLIC_VIEWER, {}), everyone);
    await indexAll(store);
    assert.deepEqual(await figures({ role: 'secretariat' }, {}), staff);
    assert.deepEqual(await figures(PUBLIC_VIEWER, {}), everyone);
  });
});

forEachStore('a follow-up added later is counted at once and after indexing', (kind) => {
  let store: Store;
  before(async () => { store = await freshStore(kind, () => new Date('2025-06-01T09:00:00Z')); });
  after(() => store.close());

  test('a follow-up link written on its own queues both letters; the figure follows', async () => {
    const first = await addLetter(store, { to: KEN, sent: '2025-01-10', subject: 'First' });
    const second = await addLetter(store, { to: KEN, sent: '2025-03-10', subject: 'Second', earlyOn: '2025-03-11' });
    await indexAll(store);
    const followUps = async () => (await statistics(store, sessions, { filter: { state: 'KEN' }, viewer: { role: 'secretariat' }, today: TODAY, groupBy: 'none' })).overall.followUps;
    assert.equal(await followUps(), 0);
    await sql`INSERT INTO communication_follow_ups (communication_id, follows_id) VALUES (${second}, ${first})`.execute((store as KyselyStore).db);
    assert.equal(await store.search.pending(), 2, 'both letters queued');
    assert.equal(await followUps(), 1, 'counted at once');
    await indexAll(store);
    assert.equal(await followUps(), 1, 'and after indexing');
    await sql`DELETE FROM communication_follow_ups WHERE communication_id = ${second}`.execute((store as KyselyStore).db);
    assert.equal(await followUps(), 0);
  });
});
