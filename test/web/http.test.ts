import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import { forEachStore } from '../support/stores.js';
import { webSuite } from '../support/web-fixtures.js';

forEachStore('HTTP caching and compression', (kind) => {
  const web = webSuite(kind);

  test('answers carry an ETag, and a repeat with If-None-Match is a 304 without a body', async () => {
    for (const url of [`/api/v1/communications/${web.fixture.slugs.published}`, '/api/v1/search?q=torture', '/communications', '/search?q=torture']) {
      const first = await web.app.inject({ method: 'GET', url });
      const tag = first.headers.etag as string | undefined;
      assert.ok(tag, url);
      const again = await web.app.inject({ method: 'GET', url, headers: { 'if-none-match': tag } });
      assert.equal(again.statusCode, 304, url);
      assert.equal(again.body, '');
    }
  });

  test('brotli and gzip by Accept-Encoding, decoding to the same answer', async () => {
    const url = '/api/v1/search.jsonl?q=torture';
    const plain = await web.app.inject({ method: 'GET', url });
    const br = await web.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(br.rawPayload).toString('utf8'), plain.body);
    const page = await web.app.inject({ method: 'GET', url: '/search?q=torture', headers: { 'accept-encoding': 'gzip' } });
    const uncompressed = await web.app.inject({ method: 'GET', url: '/search?q=torture' });
    assert.equal(page.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(page.rawPayload).toString('utf8'), uncompressed.body);
  });
});
