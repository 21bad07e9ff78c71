import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseIsoDate } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import type { Store } from '../../src/store/ports.js';
import { BlobStore } from '../../src/store/blobs.js';
import { buildServer } from '../../src/web/server.js';
import { join } from 'node:path';
import { forEachStore, freshStore, tempDir } from '../support/stores.js';

const NOW = new Date('2024-06-01T12:00:00Z');

forEachStore('server', (kind) => {
  let store: Store;
  let app: ReturnType<typeof buildServer>;
  before(async () => {
    store = await freshStore(kind, () => NOW);
    const base = { type: 'AL' as const, state: 'sent' as const, mandateIds: ['sr-expression'], subject: 'Detention of a <journalist>', summary: 's', language: 'en' };
    await store.communications.create({ ...base, dateSent: parseIsoDate('2024-01-10'), addressees: [{ kind: 'state', code: 'TUR', name: 'Türkiye' }] });
    await store.communications.create({ ...base, dateSent: parseIsoDate('2024-05-20'), addressees: [{ kind: 'state', code: 'EGY', name: 'Egypt' }] });
    app = buildServer({ store, blobs: new BlobStore(join(tempDir(), 'files')), reference: loadReferenceData().reference, now: () => NOW });
  });
  after(async () => { await app.close(); await store.close(); });

  test('GET /healthz answers 200 with the database kind', async () => {
    const r = await app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), { status: 'ok', database: kind, publicCommunications: 1 });
  });

  test('GET /communications lists published communications only, with escaped text', async () => {
    const r = await app.inject({ method: 'GET', url: '/communications' });
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /text\/html/);
    assert.match(r.body, /AL TUR 1\/2024/);
    assert.doesNotMatch(r.body, /EGY/, 'a letter sent 12 days ago is not public yet');
    assert.match(r.body, /Detention of a &lt;journalist&gt;/);
    assert.match(r.body, /Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression|freedom of opinion and expression/);
  });

  test('a bad page number is a 400, not an empty page', async () => {
    const r = await app.inject({ method: 'GET', url: '/communications?page=zero' });
    assert.equal(r.statusCode, 400);
  });
});
