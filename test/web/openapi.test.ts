import assert from 'node:assert/strict';
import { test } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3 } from 'openapi-types';
import { forEachStore } from '../support/stores.js';
import { webSuite } from '../support/web-fixtures.js';

forEachStore('API description', (kind) => {
  const web = webSuite(kind);

  test('/api/openapi.json is a valid OpenAPI 3 document describing every /api/v1 route, and only those', async () => {
    const r = await web.get('/api/openapi.json');
    assert.equal(r.statusCode, 200);
    const document = r.json() as OpenAPIV3.Document;
    await SwaggerParser.validate(structuredClone(document) as OpenAPIV3.Document);
    const described = Object.keys(document.paths).sort();
    const served = web.routes.filter((url) => url.startsWith('/api/v1/')).map((url) => url.replace(/:(\w+)/g, '{$1}'));
    assert.deepEqual(described, [...new Set(served)].sort());
    assert.ok(described.length >= 8);
  });

  test('the docs page and its assets come from this server, not from elsewhere', async () => {
    const page = await web.app.inject({ method: 'GET', url: '/api/docs/' });
    const html = page.statusCode === 302 ? await web.get(page.headers.location as string) : page;
    assert.equal(html.statusCode, 200);
    assert.match(html.body, /swagger-ui/i);
    assert.doesNotMatch(html.body, /(src|href)="https?:\/\//, 'no script or style from another host');
    const assets = [...html.body.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
    assert.ok(assets.length > 0);
    for (const asset of assets) {
      const url = asset.startsWith('/') ? asset : `/api/docs/${asset.replace(/^\.\//, '')}`;
      assert.equal((await web.get(url)).statusCode, 200, url);
    }
  });
});
