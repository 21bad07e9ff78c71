import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { PUBLIC_VIEWER, parseIsoDate } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { statistics } from '../../src/stats/service.js';
import { addLetter, state } from '../support/search-fixtures.js';
import { webSuite, WEB_TOMORROW } from '../support/web-fixtures.js';
import { forEachStore } from '../support/stores.js';


forEachStore('JSON API', (kind) => {
  const web = webSuite(kind);
  const get = (url: string, server?: FastifyInstance) => web.get(url, server);
  const ids = () => web.fixture.ids;
  const slugs = () => web.fixture.slugs;

  test('search answers JSON with hits, totals, facets and permalinks, for the public only', async () => {
    const r = await get('/api/v1/search?q=torture&facets=country,kind&limit=10');
    assert.equal(r.statusCode, 200);
    const body = r.json();
    const urls = body.hits.map((h: { url: string }) => h.url).sort();
    assert.deepEqual(urls, [`/communications/${slugs().published}`, `/replies/${ids().reply}`].sort());
    assert.equal(body.total, 2);
    assert.deepEqual(body.facets.kind, [{ value: 'communication', count: 1 }, { value: 'reply', count: 1 }]);
    assert.deepEqual(body.facets.country, [{ value: 'EGY', count: 2 }]);
    assert.equal(body.window, null);
    assert.ok(body.hits.every((h: { snippet: { text: string } | null }) => h.snippet !== null && /tortur/i.test(h.snippet.text)));
  });

  test('a bad parameter is a 400 naming it, never an empty 200', async () => {
    for (const [url, field] of [
      ['/api/v1/search?q=contry:EGY', 'q'], ['/api/v1/search?q=country:XXX', 'q'], ['/api/v1/search?facets=colour', 'facets'],
      ['/api/v1/search?limit=abc', 'limit'], ['/api/v1/search?limit=0', 'limit'], ['/api/v1/search?limit=101', 'limit'],
      ['/api/v1/search?sort=best', 'sort'], ['/api/v1/search?cursor=zzz', 'cursor'],
    ] as const) {
      const r = await get(url);
      assert.equal(r.statusCode, 400, url);
      assert.match(r.headers['content-type'] as string, /application\/json/);
      assert.equal(r.json().error.code, 'invalid_parameter', url);
      assert.equal(r.json().error.field, field, url);
      assert.ok(r.json().error.message.length > 10, url);
    }
    const none = await get('/api/v1/nothing');
    assert.equal(none.statusCode, 404);
    assert.equal(none.json().error.code, 'not_found');
  });

  test('a communication by its permalink, with its public replies only', async () => {
    const r = await get(`/api/v1/communications/${slugs().published}`);
    assert.equal(r.statusCode, 200);
    const c = r.json();
    assert.equal(c.slug, slugs().published);
    assert.equal(c.dateSent, '2025-01-10');
    assert.equal(c.replyDue, '2025-03-11');
    assert.equal(c.publicOn, '2025-03-11');
    assert.deepEqual(c.addressees, [{ code: 'EGY', name: 'Egypt' }]);
    assert.equal(c.mandates[0].id, 'sr-torture');
    assert.ok(c.mandates[0].name.length > 10);
    assert.deepEqual(c.replies.map((x: { id: number }) => x.id), [ids().reply], 'the confidential reply is left out');
    assert.equal(c.replies[0].noteNumber, '12/2025');
    assert.equal(c.files.length, 1);
    assert.equal((await get(`/api/v1/communications/${slugs().published.toLowerCase()}`)).statusCode, 200);
  });

  test('an unpublished communication is the same 404 as an unknown one; it appears on its day', async () => {
    const unknown = await get('/api/v1/communications/AL-EGY-99-2025');
    assert.equal(unknown.statusCode, 404);
    for (const slug of [slugs().tomorrow, slugs().held, 'AL-EGY-1', 'not a reference', `UA-${slugs().published.slice(3)}`]) {
      const r = await get(`/api/v1/communications/${encodeURIComponent(slug)}`);
      assert.equal(r.statusCode, 404, slug);
      assert.deepEqual(Object.keys(r.json().error).sort(), Object.keys(unknown.json().error).sort());
      assert.equal(r.json().error.code, 'not_found');
      assert.doesNotMatch(r.body, /student|witness|held/i);
    }
    const later = web.serverAt(WEB_TOMORROW);
    try {
      const r = await get(`/api/v1/communications/${slugs().tomorrow}`, later);
      assert.equal(r.statusCode, 200);
      assert.deepEqual(r.json().replies.map((x: { id: number }) => x.id), [ids().early], 'its reply becomes public with it');
      assert.equal((await get(`/api/v1/replies/${ids().early}`, later)).statusCode, 200);
      const found = (await get('/api/v1/search?q=student', later)).json();
      assert.equal(found.total, 2);
    } finally {
      await later.close();
    }
  });

  test('a reply by id lists the public letters it answers; unpublished and confidential replies are 404', async () => {
    const r = await get(`/api/v1/replies/${ids().reply}`);
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json().answers, [{ reference: r.json().answers[0].reference, slug: slugs().published }]);
    assert.equal(r.json().stance, 'rejects');
    for (const id of [ids().confidential, ids().early, 999999, 'abc', '0']) {
      const x = await get(`/api/v1/replies/${id}`);
      assert.equal(x.statusCode, 404, String(id));
      assert.equal(x.json().error.code, 'not_found');
    }
    assert.equal((await get('/api/v1/search?q=student')).json().total, 0, 'nor does search show them');
    assert.equal((await get('/api/v1/search?q=confidential')).json().total, 0);
  });
});

forEachStore('State and mandate figures (API)', (kind) => {
  const web = webSuite(kind);

  test('a State and a mandate in figures: published communications only, replied, rates and median days', async () => {
    const r = await web.get('/api/v1/states/egy');
    assert.equal(r.statusCode, 200);
    const egypt = r.json();
    assert.equal(egypt.name, 'Egypt');
    assert.deepEqual(egypt.figures, { communications: 1, replied: 1, repliedInTime: 1, responseRate: 1, responseRateInTime: 1, medianDaysToReply: 41 });
    assert.deepEqual(egypt.byYear.map((y: { year: number }) => y.year), [2025]);
    const torture = (await web.get('/api/v1/mandates/sr-torture')).json();
    assert.deepEqual(torture.figures, egypt.figures);
    assert.equal((await web.get('/api/v1/states/BRA')).json().figures.communications, 0);
    for (const url of ['/api/v1/states/XXX', '/api/v1/mandates/sr-nothing']) assert.equal((await web.get(url)).statusCode, 404, url);
    // The same figures for any search: a State's search gives the State's figures.
    const stats = (await web.get('/api/v1/stats?q=country:EGY')).json();
    assert.deepEqual(stats.figures, egypt.figures);
    assert.deepEqual(stats.byYear, egypt.byYear);
    assert.equal((await web.get('/api/v1/stats?q=torture')).json().figures.communications, 1);
    assert.equal((await web.get('/api/v1/stats?q=contry:EGY')).statusCode, 400);
    const later = web.serverAt(WEB_TOMORROW);
    try {
      const next = (await web.get('/api/v1/states/EGY', later)).json();
      assert.deepEqual(next.figures, { communications: 2, replied: 2, repliedInTime: 2, responseRate: 1, responseRateInTime: 1, medianDaysToReply: 34.5 });
    } finally {
      await later.close();
    }
  });
});

forEachStore('statistics API', (kind) => {
  const web = webSuite(kind);
  const { sessions } = loadReferenceData();

  test('every figure over any filter, for the whole set and by year or session, as the public may see it; the service gives the same', async () => {
    const r = await web.get('/api/v1/statistics?state=egy&groupBy=year');
    assert.equal(r.statusCode, 200);
    const body = r.json();
    // Public today: the published letter and its public reply; not the held letter, tomorrow's, or the confidential reply.
    assert.equal(body.overall.communications, 1);
    assert.equal(body.overall.replies, 1);
    assert.equal(body.overall.stances.rejects, 1);
    assert.equal(body.overall.responseRateInTime, 1);
    assert.deepEqual(body.groups.map((g: { year: number }) => g.year), [2025]);
    const direct = await statistics(web.store, sessions, { filter: { state: 'EGY' }, viewer: PUBLIC_VIEWER, today: parseIsoDate('2025-06-01'), groupBy: 'year' });
    assert.deepEqual(body, JSON.parse(JSON.stringify(direct)));
    const staff = await statistics(web.store, sessions, { filter: { state: 'EGY' }, viewer: { role: 'secretariat' }, today: parseIsoDate('2025-06-01'), groupBy: 'none' });
    assert.ok(staff.overall.communications > body.overall.communications, 'the secretariat counts more: the API counts for the public');
    const later = web.serverAt(WEB_TOMORROW);
    try {
      assert.equal((await web.get('/api/v1/statistics?state=EGY', later)).json().overall.communications, 2, 'tomorrow the second letter is public');
    } finally {
      await later.close();
    }
    assert.equal((await web.get('/api/v1/statistics?type=UA')).json().overall.communications, 0, 'the fixture has letters (AL) only');
    assert.equal((await web.get('/api/v1/statistics?from=2025-02-01')).json().overall.communications, 0);
    assert.equal((await web.get('/api/v1/statistics?mandate=sr-torture&addressee=state&to=2025-12-31')).json().overall.communications, 1);
  });

  test('as CSV, one row for the whole set then one per group; a bad parameter is a 400 naming it', async () => {
    const csv = await web.get('/api/v1/statistics?state=EGY&groupBy=session&format=csv');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const lines = csv.body.trim().split('\n');
    assert.match(lines[0] ?? '', /^group,from,to,communications,UA,AL,OL/);
    assert.match(lines[1] ?? '', /^all,,2025-06-01,1,0,1,0,0,/);
    assert.ok(lines.slice(2).every((l) => l.startsWith('session ')), 'then the sessions');
    const bad: readonly (readonly [string, string])[] = [['state=XXX', 'state'], ['mandate=sr-nothing', 'mandate'], ['type=ZZ', 'type'], ['from=2025-13-01', 'from'],
      ['from=2025-02-01&to=2025-01-01', 'to'], ['addressee=people', 'addressee'], ['groupBy=week', 'groupBy'], ['format=xml', 'format']];
    for (const [query, field] of bad) {
      const answer = await web.get(`/api/v1/statistics?${query}`);
      assert.equal(answer.statusCode, 400, query);
      assert.equal(answer.json().error.field, field, query);
    }
  });

  test('an answer is kept while nothing changes (same ETag, a 304 when asked so), and a change counts at the next request', async () => {
    const url = '/api/v1/statistics?state=EGY&groupBy=none';
    const first = await web.get(url);
    const tag = first.headers.etag as string;
    assert.ok(tag);
    assert.equal((await web.get(url)).headers.etag, tag);
    assert.equal((await web.app.inject({ method: 'GET', url, headers: { 'if-none-match': tag } })).statusCode, 304);
    await addLetter(web.store, { to: state('EGY', 'Egypt'), sent: '2025-01-05', subject: 'Published early', earlyOn: '2025-01-06' });
    const after = await web.get(url);
    assert.notEqual(after.headers.etag, tag);
    assert.equal(after.json().overall.communications, first.json().overall.communications + 1);
  });
});
