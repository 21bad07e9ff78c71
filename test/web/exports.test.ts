import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';
import { loadReferenceData } from '../../src/reference/load.js';
import type { Store } from '../../src/store/ports.js';
import { addLetter, indexAll, state } from '../support/search-fixtures.js';
import { forEachStore } from '../support/stores.js';
import { webSuite, WEB_TOMORROW } from '../support/web-fixtures.js';

const reference = loadReferenceData().reference;

/** Enough published letters that an export spans several read batches (500 rows each). */
async function housingLetters(store: Store): Promise<void> {
  const bra = state('BRA', 'Brazil');
  for (let i = 0; i < 1_030; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    await addLetter(store, { to: bra, sent: `2024-${String((i % 12) + 1).padStart(2, '0')}-${day}`, type: 'OL', mandates: ['sr-housing'], subject: `Housing law ${i}`, pages: [`Evictions under the housing law, case ${i}.`] });
  }
  await indexAll(store);
}

forEachStore('search exports and feeds', (kind) => {
  const web = webSuite(kind, housingLetters);
  const get = (url: string, server?: FastifyInstance) => web.get(url, server);

  test('CSV of every hit, in date order, with the facet values of each; public records only', async () => {
    const r = await get('/api/v1/search.csv?q=torture');
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /^text\/csv/);
    assert.match(r.headers['content-disposition'] as string, /attachment; filename="missive-search\.csv"/);
    const rows = parse(r.body, { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((x) => `${x.kind}:${x.id}`), [`reply:${web.fixture.ids.reply}`, `communication:${web.fixture.ids.published}`]);
    const letter = rows[1];
    assert.equal(letter?.country, 'EGY');
    assert.equal(letter?.mandates, 'sr-torture');
    assert.equal(letter?.date, '2025-01-10');
    assert.match(letter?.url ?? '', new RegExp(`/communications/${web.fixture.slugs.published}$`));
    assert.equal(rows[0]?.stance, 'rejects');
    assert.doesNotMatch(r.body, /student|witness|Confidential/);
  });

  test('exports stream past one read batch, each row once, and take limit and oldest-first', async () => {
    const r = await get('/api/v1/search.jsonl?q=housing');
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /application\/jsonl/);
    const lines = r.body.trim().split('\n').map((l) => JSON.parse(l) as { id: number; date: string });
    assert.equal(lines.length, 1_030);
    assert.equal(new Set(lines.map((l) => l.id)).size, 1_030);
    const dates = lines.map((l) => l.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const oldest = (await get('/api/v1/search.jsonl?q=housing&sort=oldest&limit=3')).body.trim().split('\n').map((l) => JSON.parse(l) as { date: string });
    assert.deepEqual(oldest.map((l) => l.date), [...lines].reverse().slice(0, 3).map((l) => l.date));
    const csv = parse((await get('/api/v1/search.csv?q=housing&limit=600')).body, { columns: true }) as unknown[];
    assert.equal(csv.length, 600);
  });

  test('a bad export request is a 400 before any row', async () => {
    for (const [url, field] of [
      ['/api/v1/search.csv?q=contry:BRA', 'q'], ['/api/v1/search.jsonl?sort=relevance', 'sort'], ['/api/v1/search.csv?limit=0', 'limit'],
      ['/api/v1/search.atom?limit=5000', 'limit'],
    ] as const) {
      const r = await get(url);
      assert.equal(r.statusCode, 400, url);
      assert.equal(r.json().error.field, field, url);
    }
  });

  test('an Atom feed of the newest hits; a record joins it on the day it becomes public', async () => {
    const r = await get('/api/v1/search.atom?q=torture');
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /application\/atom\+xml/);
    assert.match(r.body, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    assert.equal((r.body.match(/<entry>/g) ?? []).length, 2);
    assert.match(r.body, new RegExp(`/communications/${web.fixture.slugs.published}`));
    assert.doesNotMatch(r.body, /student|witness/);
    const later = web.serverAt(WEB_TOMORROW);
    try {
      const next = await get('/api/v1/search.atom?q=torture', later);
      assert.equal((next.body.match(/<entry>/g) ?? []).length, 4, 'the letter public today and its reply');
      assert.match(next.body, /Torture of a student/);
    } finally {
      await later.close();
    }
    const housing = await get('/api/v1/search.atom?q=housing');
    assert.equal((housing.body.match(/<entry>/g) ?? []).length, 50, 'a feed holds the newest 50 by default');
  });
});

forEachStore('open dataset', (kind) => {
  const web = webSuite(kind);
  const lines = async (server?: FastifyInstance) => (await web.get('/api/v1/export', server)).body.trim().split('\n').map((l) => JSON.parse(l) as { record: string; slug?: string; id?: number; replies?: { id: number }[] });

  test('/api/v1/export streams every public record as published, and a record joins it on its day', async () => {
    const today = await lines();
    const { ids, slugs } = web.fixture;
    assert.deepEqual(today.map((r) => `${r.record}:${r.slug ?? r.id}`), [`communication:${slugs.published}`, `reply:${ids.reply}`]);
    assert.deepEqual(today[0]?.replies?.map((r) => r.id), [ids.reply]);
    const later = web.serverAt(WEB_TOMORROW);
    try {
      const next = await lines(later);
      assert.deepEqual(next.map((r) => `${r.record}:${r.slug ?? r.id}`).sort(), [`communication:${slugs.published}`, `reply:${ids.reply}`, `communication:${slugs.tomorrow}`, `reply:${ids.early}`].sort());
    } finally {
      await later.close();
    }
  });
});

forEachStore('reply deadlines calendar', (kind) => {
  const web = webSuite(kind);
  const events = (body: string) => body.match(/BEGIN:VEVENT[\s\S]*?END:VEVENT/g) ?? [];

  test('/api/v1/deadlines.ics lists the reply deadlines of public communications, for any search', async () => {
    const r = await web.get('/api/v1/deadlines.ics');
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /^text\/calendar/);
    assert.match(r.body, /^BEGIN:VCALENDAR/);
    const today = events(r.body);
    assert.equal(today.length, 1);
    assert.match(today[0] ?? '', /DTSTART;VALUE=DATE:20250311/);
    assert.match(today[0] ?? '', new RegExp(`/communications/${web.fixture.slugs.published}`));
    assert.doesNotMatch(r.body, /student|witness/);
    assert.equal(events((await web.get('/api/v1/deadlines.ics?from=2025-04-01')).body).length, 0);
    assert.equal(events((await web.get('/api/v1/deadlines.ics?q=country:BRA')).body).length, 0);
    const bad = await web.get('/api/v1/deadlines.ics?from=March');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.field, 'from');
    const later = web.serverAt(WEB_TOMORROW);
    try {
      const next = events((await web.get('/api/v1/deadlines.ics', later)).body);
      assert.equal(next.length, 2, 'the letter public from tomorrow brings its deadline');
      assert.ok(next.some((e) => /DTSTART;VALUE=DATE:20250602/.test(e)));
    } finally {
      await later.close();
    }
  });
});
