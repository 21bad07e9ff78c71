import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Migrator, sql } from 'kysely';
import { MissiveMigrations } from '../../src/store/migrations/index.js';
import type { KyselyStore } from '../../src/store/kysely/store.js';
import { isMissiveError, parseIsoDate, type Addressee } from '../../src/domain/index.js';
import type { NewCommunication, Store } from '../../src/store/ports.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { openStore } from '../../src/store/open.js';
import { forEachStore, freshDatabase, freshStore } from '../support/stores.js';

const d = parseIsoDate;
const prk: Addressee = { kind: 'state', code: 'PRK', name: "Democratic People's Republic of Korea" };
const letter = (over: Partial<NewCommunication> = {}): NewCommunication => ({
  type: 'AL', state: 'sent', dateSent: d('2024-03-22'), mandateIds: ['sr-dprk', 'wg-discrimination-women'], addressees: [prk],
  subject: "Women's rights", summary: 'Alleged violations of the rights of women.', language: 'en', ...over,
});
const NOW = new Date('2024-04-01T10:00:00Z');

forEachStore('repository', (kind) => {
  let store: Store;
  before(async () => { store = await freshStore(kind, () => NOW); });
  after(async () => { await store.close(); });

  test('registers a communication with an allocated reference and reads it back whole', async () => {
    const c = await store.communications.create(letter());
    assert.deepEqual(c.reference, { type: 'AL', code: 'PRK', number: 1, year: 2024, legacy: null });
    assert.deepEqual(c.mandateIds, ['sr-dprk', 'wg-discrimination-women']);
    assert.deepEqual(c.addressees, [prk]);
    assert.deepEqual(await store.communications.get(c.id), c);
    assert.deepEqual(await store.communications.getByKey('PRK', 1, 2024), c);
    const next = await store.communications.create(letter({ type: 'UA' }));
    assert.equal(next.reference.number, 2, 'the running number is shared by all types');
  });

  test('an explicit number moves the counter past it, and a taken reference is a conflict', async () => {
    const c = await store.communications.create(letter({ number: 40, dateSent: d('2023-05-02') }));
    assert.equal(c.reference.number, 40);
    assert.equal((await store.communications.create(letter({ dateSent: d('2023-06-01') }))).reference.number, 41);
    await assert.rejects(store.communications.create(letter({ number: 40, dateSent: d('2023-05-02') })),
      (e: unknown) => isMissiveError(e, 'CONFLICT') && String(e.value) === 'PRK 40/2023');
  });

  test('keeps a legacy reference exactly as written', async () => {
    const legacy = 'UA Housing (2000-9) Food (2000-9) G/SO 214 (53-24) SYR 3/2014';
    const c = await store.communications.create(letter({
      type: 'UA', number: 3, legacyReference: legacy, dateSent: d('2014-01-31'), mandateIds: ['sr-housing', 'sr-food', 'sr-torture'],
      addressees: [{ kind: 'state', code: 'SYR', name: 'Syrian Arab Republic' }],
    }));
    assert.equal(c.reference.legacy, legacy);
    assert.equal((await store.communications.getByKey('SYR', 3, 2014))?.reference.legacy, legacy);
  });

  test('a non-State actor is addressed under OTH and numbered in its own series', async () => {
    const c = await store.communications.create(letter({ addressees: [{ kind: 'company', code: 'OTH', name: 'Example Mining Ltd' }], mandateIds: ['wg-business'] }));
    assert.equal(c.reference.code, 'OTH');
    assert.equal(c.reference.number, 1);
    assert.deepEqual(c.addressees, [{ kind: 'company', code: 'OTH', name: 'Example Mining Ltd' }]);
  });

  test('unknown codes, mandates and follow-ups are typed errors naming the value, and store nothing', async () => {
    const before = await store.communications.count({ viewer: { role: 'admin' }, today: d('2030-01-01') });
    await assert.rejects(store.communications.create(letter({ addressees: [{ kind: 'state', code: 'XYZ', name: 'Nowhere' }] })),
      (e: unknown) => isMissiveError(e, 'UNKNOWN_COUNTRY') && e.value === 'XYZ' && e.message.includes('"XYZ"'));
    await assert.rejects(store.communications.create(letter({ mandateIds: ['sr-nothing'] })),
      (e: unknown) => isMissiveError(e, 'UNKNOWN_MANDATE') && e.value === 'sr-nothing');
    await assert.rejects(store.communications.create(letter({ followsUp: [99999] })),
      (e: unknown) => isMissiveError(e, 'NOT_FOUND') && e.field === 'followsUp');
    assert.equal(await store.communications.count({ viewer: { role: 'admin' }, today: d('2030-01-01') }), before);
  });

  test('follow-ups, replies and their links are stored many-to-many with their origin', async () => {
    const first = await store.communications.create(letter({ dateSent: d('2022-01-10') }));
    const second = await store.communications.create(letter({ dateSent: d('2022-01-10'), type: 'UA' }));
    const follow = await store.communications.create(letter({ dateSent: d('2022-06-10'), followsUp: [first.id] }));
    assert.deepEqual(follow.followsUp, [first.id]);
    const reply = await store.replies.create({
      sender: { kind: 'state', code: 'PRK', name: 'Permanent Mission of the DPRK in Geneva' }, noteNumber: '0024',
      dateOnNote: d('2022-02-20'), dateReceived: d('2022-02-21'), languages: ['en', 'ko'], stance: 'rejects', confidential: false,
      links: [
        { communicationId: first.id, origin: 'automatic', score: 0.97, confirmedBy: null },
        { communicationId: second.id, origin: 'manual', score: null, confirmedBy: 'secretariat-1' },
      ],
    });
    assert.deepEqual(reply.languages, ['en', 'ko']);
    assert.equal(reply.links.length, 2);
    const auto = reply.links.find((l) => l.communicationId === first.id);
    assert.equal(auto?.origin, 'automatic');
    assert.ok(Math.abs((auto?.score ?? 0) - 0.97) < 1e-6);
    const manual = reply.links.find((l) => l.communicationId === second.id);
    assert.equal(manual?.confirmedBy, 'secretariat-1');
    assert.equal(manual?.confirmedAt, NOW.toISOString());
    assert.deepEqual((await store.replies.forCommunication(second.id)).map((r) => r.id), [reply.id]);
  });

  test('what is not yet public is neither listed nor counted for the public, but is for the secretariat and the mission', async () => {
    const s = await freshStore(kind, () => NOW);
    try {
      const old = await s.communications.create(letter({ dateSent: d('2024-01-05') }));
      const recent = await s.communications.create(letter({ dateSent: d('2024-03-22') }));
      const held = await s.communications.create(letter({ dateSent: d('2023-01-05'), publication: { publishedEarlyOn: null, confidentialHold: { reason: 'protection' } } }));
      const pending = await s.communications.create(letter({ dateSent: d('2024-03-25') }));
      await s.replies.create({
        sender: prk, noteNumber: null, dateOnNote: null, dateReceived: d('2024-03-30'), languages: ['en'], stance: 'acknowledges', confidential: false,
        links: [{ communicationId: recent.id, origin: 'manual', score: null, confirmedBy: 'x' }],
      });
      const today = d('2024-04-01');
      const ids = async (viewer: Parameters<Store['communications']['list']>[0]['viewer']) =>
        (await s.communications.list({ viewer, today, limit: 50 })).map((c) => c.id).sort();
      assert.deepEqual(await ids({ role: 'public' }), [old.id]);
      assert.equal(await s.communications.count({ viewer: { role: 'public' }, today }), 1);
      const all = [old.id, recent.id, held.id, pending.id].sort();
      assert.deepEqual(await ids({ role: 'secretariat' }), all);
      assert.deepEqual(await ids({ role: 'mission', stateCode: 'PRK' }), all);
      assert.deepEqual(await ids({ role: 'mission', stateCode: 'KOR' }), [old.id]);
      const forSecretariat = await s.communications.list({ viewer: { role: 'secretariat' }, today, limit: 50 });
      assert.equal(forSecretariat.find((c) => c.id === recent.id)?.status, 'replied');
      assert.equal(forSecretariat.find((c) => c.id === recent.id)?.replyCount, 1);
      assert.equal(forSecretariat.find((c) => c.id === old.id)?.status, 'overdue');
      assert.equal(forSecretariat.find((c) => c.id === pending.id)?.status, 'awaiting-reply');
      assert.equal(forSecretariat.find((c) => c.id === held.id)?.status, 'overdue');
      assert.equal(forSecretariat[0]?.reference, 'AL PRK 3/2024', 'newest first');
    } finally {
      await s.close();
    }
  });

  test('a failed transaction stores nothing', async () => {
    const count = () => store.communications.count({ viewer: { role: 'admin' }, today: d('2030-01-01') });
    const before = await count();
    await assert.rejects(store.transaction(async (trx) => {
      await trx.communications.create(letter({ dateSent: d('2021-02-02') }));
      throw new Error('crash in the middle');
    }), /crash in the middle/);
    assert.equal(await count(), before);
  });

  test('migrating again applies nothing new', async () => {
    const status = await store.migrate();
    assert.deepEqual(status.pending, []);
    assert.ok(status.applied.includes('0001-initial'));
  });

  test('concurrent allocations for one (code, year) yield distinct consecutive numbers', async () => {
    const numbers = await Promise.all(Array.from({ length: 8 }, () => store.communications.allocateNumber('IRN', 2025)));
    assert.deepEqual([...numbers].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8]);
    const created = await Promise.all(Array.from({ length: 8 }, () =>
      store.communications.create(letter({ dateSent: d('2025-02-02'), addressees: [{ kind: 'state', code: 'IRN', name: 'Iran' }], mandateIds: ['sr-iran'] }))));
    assert.deepEqual(created.map((c) => c.reference.number).sort((a, b) => a - b), [9, 10, 11, 12, 13, 14, 15, 16]);
  });
});

forEachStore('the data stamp', (kind) => {
  let store: Store;
  before(async () => { store = await freshStore(kind, () => NOW); });
  after(async () => { await store.close(); });

  test("moves with this process's every change, at once, even within one event-loop turn", async () => {
    const first = await store.search.stamp();
    assert.equal(await store.search.stamp(), first, 'nothing changed');
    // Awaited promises only: no event-loop turn passes between the write and the next reading.
    await store.communications.create(letter({ dateSent: d('2022-01-10') }));
    const second = await store.search.stamp();
    assert.notEqual(second, first);
    await store.communications.create(letter({ type: 'UA', dateSent: d('2022-02-10') }));
    assert.notEqual(await store.search.stamp(), second);
  });
});

describe('the data stamp [sqlite, two processes]', () => {
  test("another connection's change is seen from the next event-loop turn", async () => {
    const config = await freshDatabase('sqlite');
    const reference = loadReferenceData().reference;
    const reader = await openStore(config, reference, { now: () => NOW });
    const writer = await openStore(config, reference, { now: () => NOW });
    try {
      const first = await reader.search.stamp();
      await writer.communications.create(letter());
      await new Promise((resolve) => setImmediate(resolve));
      assert.notEqual(await reader.search.stamp(), first);
    } finally {
      await writer.close();
      await reader.close();
    }
  });
});

forEachStore('migrations are all or nothing', (kind) => {
  test('a migration that fails leaves the database as it was, with nothing recorded; once the cause is gone, a re-run applies everything', async () => {
    const reference = loadReferenceData().reference;
    const store = await openStore(await freshDatabase(kind), reference, { migrate: false });
    try {
      const db = (store as KyselyStore).db;
      const migrator = new Migrator({ db, provider: new MissiveMigrations({ dialect: kind }) });
      assert.equal((await migrator.migrateTo('0009-covering-indexes')).error, undefined);
      // Something in the way of migration 0010's second table: it fails after creating its first.
      await sql`CREATE TABLE stats_replies (x integer)`.execute(db);
      await assert.rejects(store.migrate(), /migrating the .* failed/);
      const tables = kind === 'sqlite'
        ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'stats_letters'`.execute(db)
        : await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE tablename = 'stats_letters'`.execute(db);
      assert.deepEqual(tables.rows, [], 'the first table of the failed migration was rolled back');
      assert.ok((await store.migrationStatus()).pending.includes('0010-stats-index'));
      await sql`DROP TABLE stats_replies`.execute(db);
      const status = await store.migrate();
      assert.deepEqual(status.pending, []);
      assert.ok(status.applied.includes('0011-follow-up-queue'));
    } finally {
      await store.close();
    }
  });
});
