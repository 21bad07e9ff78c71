import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { loadReferenceData } from '../../src/reference/load.js';
import type { Store } from '../../src/store/ports.js';
import { buildServer } from '../../src/web/server.js';
import { forEachStore, freshStore } from '../support/stores.js';
import { addWebRecords, WEB_TODAY, type WebFixture } from '../support/web-fixtures.js';

const reference = loadReferenceData().reference;

forEachStore('HTTP caching and compression', (kind) => {
  let store: Store;
  let app: ReturnType<typeof buildServer>;
  let fixture: WebFixture;
  before(async () => {
    store = await freshStore(kind, () => new Date('2025-01-01T00:00:00Z'));
    fixture = await addWebRecords(store);
    app = buildServer({ store, reference, now: () => WEB_TODAY });
  });
  after(async () => { await app.close(); await store.close(); });

  test('answers carry an ETag, and a repeat with If-None-Match is a 304 without a body', async () => {
    for (const url of [`/api/v1/communications/${fixture.slugs.published}`, '/api/v1/search?q=torture', '/']) {
      const first = await app.inject({ method: 'GET', url });
      const tag = first.headers.etag as string | undefined;
      assert.ok(tag, url);
      const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': tag } });
      assert.equal(again.statusCode, 304, url);
      assert.equal(again.body, '');
    }
  });

  test('brotli and gzip by Accept-Encoding, decoding to the same answer', async () => {
    const url = '/api/v1/search.jsonl?q=torture';
    const plain = await app.inject({ method: 'GET', url });
    const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(br.rawPayload).toString('utf8'), plain.body);
    const page = await app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'gzip' } });
    const uncompressed = await app.inject({ method: 'GET', url: '/' });
    assert.equal(page.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(page.rawPayload).toString('utf8'), uncompressed.body);
  });
});
