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
    // The workspace's API (signed in, /api/v1/workspace/…) is not part of the open data API.
    const served = web.routes.filter((url) => url.startsWith('/api/v1/') && !url.startsWith('/api/v1/workspace/')).map((url) => url.replace(/:(\w+)/g, '{$1}'));
    assert.deepEqual(described, [...new Set(served)].sort());
    assert.ok(described.length >= 8);
  });

  test('the docs page describes every route from the same document, with nothing loaded from elsewhere', async () => {
    const page = await web.get('/api/docs');
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    const document = (await web.get('/api/openapi.json')).json() as OpenAPIV3.Document;
    for (const path of Object.keys(document.paths)) assert.ok(page.body.includes(`<code>GET ${path}</code>`), path);
    assert.match(page.body, /<code>facets<\/code>/);
    assert.doesNotMatch(page.body, /(src|href)="https?:\/\//, 'no script, style or link to another host');
    assert.doesNotMatch(page.body, /<script/);
  });
});
