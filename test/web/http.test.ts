import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import { forEachStore } from '../support/stores.js';
import { addLetter, indexAll, state } from '../support/search-fixtures.js';
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

forEachStore('HTTP Last-Modified', (kind) => {
  const web = webSuite(kind);

  const fileUrl = async () => {
    const file = await web.blobs.put(Buffer.from('%PDF-1.4\n%%EOF\n'), 'letter.pdf', 'application/pdf');
    await web.store.documents.record(file);
    await web.store.communications.attachFile(web.fixture.ids.published, file, 'original');
    return `/files/${file.sha256}`;
  };
  const urls = async () => ['/api/v1/search?q=torture', `/api/v1/communications/${web.fixture.slugs.published}`, '/api/v1/search.csv?q=torture',
    '/api/v1/search.atom?q=torture', '/api/v1/deadlines.ics', '/api/v1/export', await fileUrl()];

  test('the API, exports, feeds and files say when they last changed; If-Modified-Since with that date is a 304 before any work; pages rely on their ETag', async () => {
    const page = await web.get(`/communications/${web.fixture.slugs.published}`);
    assert.ok(page.headers.etag);
    assert.equal(page.headers['last-modified'], undefined);
    for (const url of await urls()) {
      const first = await web.get(url);
      assert.equal(first.statusCode, 200, url);
      const modified = first.headers['last-modified'] as string | undefined;
      assert.ok(modified && Number.isFinite(Date.parse(modified)), url);
      const again = await web.app.inject({ method: 'GET', url, headers: { 'if-modified-since': modified } });
      assert.equal(again.statusCode, 304, url);
      assert.equal(again.body, '');
      const older = new Date(Date.parse(modified) - 1000).toUTCString();
      assert.equal((await web.app.inject({ method: 'GET', url, headers: { 'if-modified-since': older } })).statusCode, 200, url);
      // An ETag, when sent, decides instead.
      assert.equal((await web.app.inject({ method: 'GET', url, headers: { 'if-modified-since': modified, 'if-none-match': '"other"' } })).statusCode, 200, url);
    }
    const missing = await web.get('/api/v1/communications/AL-XXX-9-1999');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.headers['last-modified'], undefined, 'a 404 says nothing of changes');
  });

  test('a change to the data, or a new day, moves the date, so a cached copy is not kept', async () => {
    const url = '/api/v1/search?q=torture';
    const before = (await web.get(url)).headers['last-modified'] as string;
    const tomorrow = web.serverAt(new Date('2025-06-02T09:00:00Z'));
    try {
      const next = (await web.get(url, tomorrow)).headers['last-modified'] as string;
      assert.ok(Date.parse(next) >= Date.parse('2025-06-02T00:00:00Z'), next);
    } finally {
      await tomorrow.close();
    }
    await addLetter(web.store, { to: state('EGY', 'Egypt'), sent: '2025-01-20', subject: 'Torture again', pages: ['Torture again.'] });
    await indexAll(web.store);
    const changed = await web.app.inject({ method: 'GET', url, headers: { 'if-modified-since': before } });
    assert.equal(changed.statusCode, 200);
    assert.ok(Date.parse(changed.headers['last-modified'] as string) > Date.parse(before));
    assert.match(changed.body, /Torture again/);
    assert.match((await web.get('/search?q=torture')).body, /Torture again/, 'and the page shows it at once');
  });
});
