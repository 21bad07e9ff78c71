import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseIsoDate } from '../../src/domain/index.js';
import type { Store } from '../../src/store/ports.js';
import { forEachStore, freshStore } from '../support/stores.js';

const sha = (n: number) => n.toString(16).padStart(64, '0');

forEachStore('intake records', (kind) => {
  let store: Store;
  before(async () => { store = await freshStore(kind); });
  after(async () => { await store.close(); });

  test('a file goes pending → ingested, and beginning it again leaves it ingested', async () => {
    const first = await store.intake.begin({ sha256: sha(1), name: 'note.pdf', size: 10 });
    assert.equal(first.status, 'pending');
    assert.equal(first.attempts, 1);
    await store.intake.complete(sha(1), { format: 'pdf', kind: 'reply', recordKind: 'reply', recordId: 7, extraction: '{}' });
    const again = await store.intake.begin({ sha256: sha(1), name: 'note.pdf', size: 10 });
    assert.equal(again.status, 'ingested');
    assert.equal(again.recordId, 7);
    assert.equal(again.attempts, 2);
  });

  test('failures keep their error and are listed and counted', async () => {
    await store.intake.begin({ sha256: sha(2), name: 'broken.pdf', size: 3 });
    await store.intake.fail(sha(2), { format: 'pdf', code: 'UNREADABLE_FILE', message: 'broken.pdf is truncated' });
    await store.intake.begin({ sha256: sha(3), name: 'pending.txt', size: 3 });
    const failed = await store.intake.list({ status: 'failed', limit: 10 });
    assert.deepEqual(failed.map((f) => [f.name, f.errorCode, f.errorMessage]), [['broken.pdf', 'UNREADABLE_FILE', 'broken.pdf is truncated']]);
    assert.deepEqual(await store.intake.counts(), { pending: 1, ingested: 1, failed: 1 });
  });

  test('pages of a document are stored in order and replaced as a whole', async () => {
    await store.pages.replace(sha(4), [{ page: 2, text: 'deux', source: 'ocr', languages: ['fr'] }, { page: 1, text: 'un', source: 'text', languages: ['fr', 'en'] }]);
    assert.deepEqual((await store.pages.forDocument(sha(4))).map((p) => [p.page, p.text, p.source, p.languages]), [[1, 'un', 'text', ['fr', 'en']], [2, 'deux', 'ocr', ['fr']]]);
    await store.pages.replace(sha(4), [{ page: 1, text: 'seul', source: 'text', languages: [] }]);
    assert.deepEqual((await store.pages.forDocument(sha(4))).map((p) => p.text), ['seul']);
  });

  test('a reply is found again by its sender, note number and date', async () => {
    const reply = await store.replies.create({
      sender: { kind: 'state', code: 'PRK', name: 'Permanent Mission of the DPRK' }, noteNumber: '0024', dateOnNote: parseIsoDate('2024-05-16'),
      dateReceived: parseIsoDate('2024-05-17'), languages: ['en'], stance: 'rejects', confidential: false, links: [],
    });
    assert.equal((await store.replies.findByNote('PRK', '0024', parseIsoDate('2024-05-16')))?.id, reply.id);
    assert.equal(await store.replies.findByNote('PRK', '0024', parseIsoDate('2024-05-15')), null);
  });
});
