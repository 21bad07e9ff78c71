import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { DEFAULT_SEED_NOTE } from '../../src/cli/demo.js';
import { formatReference, parseIsoDate, PUBLIC_VIEWER, type Communication } from '../../src/domain/index.js';
import { generateCorpus } from '../../src/demo/generate.js';
import { loadCorpus } from '../../src/demo/load.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { printPdf } from '../../src/report/pdf.js';
import { reportCsv, reportHtml } from '../../src/report/render.js';
import { sessionReport, type SessionReport } from '../../src/report/session-report.js';
import { BlobStore } from '../../src/store/blobs.js';
import type { Store } from '../../src/store/ports.js';
import { forEachStore, freshStore, tempDir } from '../support/stores.js';
import { join } from 'node:path';
import { buildServer } from '../../src/web/server.js';

const { reference, sessions } = loadReferenceData();
const TODAY = parseIsoDate('2026-11-30');
const SESSION = 57;

/** The public communications sent in the session's window, read without the report's code. */
async function expected(store: Store): Promise<Communication[]> {
  const window = sessions.session(SESSION).sent;
  const out: Communication[] = [];
  for (const c of await store.communications.list({ viewer: PUBLIC_VIEWER, today: TODAY, limit: 100_000 })) {
    if (c.dateSent !== null && c.dateSent >= window.from && c.dateSent <= window.to) {
      const full = await store.communications.get(c.id);
      if (full) out.push(full);
    }
  }
  return out;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

forEachStore('the session report', (kind) => {
  let store: Store;
  let report: SessionReport;
  let letters: Communication[];

  before(async () => {
    store = await freshStore(kind, () => new Date('2026-11-30T00:00:00Z'));
    const corpus = generateCorpus({ size: 900, seed: 'report', reference });
    await loadCorpus(store, new BlobStore(join(tempDir(), 'files')), corpus, { documents: { text: false, pdf: false }, seedNotePath: DEFAULT_SEED_NOTE, linkReplies: true });
    report = await sessionReport(store, { reference, sessions }, { session: SESSION, today: TODAY, viewer: PUBLIC_VIEWER });
    letters = await expected(store);
  });
  after(async () => { await store.close(); });

  test('cover, statistics, every communication of the window once per addressee (alphabetical), replies to earlier ones', () => {
    assert.equal(report.session.symbol, 'A/HRC/57/3');
    assert.ok(letters.length >= 5, `the corpus has letters in the window (${letters.length})`);
    assert.equal(report.statistics.communications, letters.length);
    const listed = report.addressees.flatMap((a) => a.letters.map((l) => `${a.code}:${l.reference}`)).sort();
    const wanted = letters.flatMap((c) => c.addressees.map((a) => `${a.code}:${formatReference(c.reference)}`)).sort();
    assert.deepEqual(listed, wanted);
    const names = report.addressees.map((a) => a.name);
    assert.deepEqual(names, [...names].sort((x, y) => x.localeCompare(y, 'en')));
    const window = report.session.replies;
    for (const l of report.laterReplies) {
      assert.ok(l.dateSent < report.session.sent.from, l.reference);
      assert.ok(l.replies.every((d) => d >= window.from && d <= window.to), l.reference);
    }
    assert.ok(report.laterReplies.length > 0, 'late replies to earlier letters are in the corpus');
  });

  test('HTML and CSV carry every reference; CSV parses back to the same rows', () => {
    const page = reportHtml(report);
    for (const c of letters) assert.ok(page.includes(formatReference(c.reference)), formatReference(c.reference));
    assert.match(page, /<h1>Communications report of special procedures<\/h1>/);
    assert.doesNotMatch(page, /<script/);
    const rows = parse(reportCsv(report), { columns: true }) as { section: string; reference: string; addressee: string }[];
    assert.deepEqual([...new Set(rows.filter((r) => r.section === 'sent').map((r) => r.reference))].sort(), letters.map((c) => formatReference(c.reference)).sort());
    assert.equal(rows.filter((r) => r.section === 'earlier').length, report.laterReplies.length);
  });

  test('as a page and through the API (JSON and CSV); a bad or unknown session is an error', async () => {
    const app = buildServer({ store, blobs: new BlobStore(join(tempDir(), 'files')), reference, sessions, now: () => new Date('2026-11-30T12:00:00Z') });
    try {
      const json = await app.inject({ method: 'GET', url: `/api/v1/reports/sessions/${SESSION}` });
      assert.equal(json.statusCode, 200);
      assert.equal((json.json() as SessionReport).statistics.communications, letters.length);
      const csv = await app.inject({ method: 'GET', url: `/api/v1/reports/sessions/${SESSION}?format=csv` });
      assert.match(csv.headers['content-type'] as string, /text\/csv/);
      assert.equal(csv.body, reportCsv(report));
      const page = await app.inject({ method: 'GET', url: `/reports/sessions/${SESSION}` });
      assert.equal(page.statusCode, 200);
      assert.equal(page.body, reportHtml(report));
      assert.equal((await app.inject({ method: 'GET', url: '/api/v1/reports/sessions/abc' })).statusCode, 400);
      assert.equal((await app.inject({ method: 'GET', url: `/api/v1/reports/sessions/${SESSION}?format=xml` })).statusCode, 400);
      assert.equal((await app.inject({ method: 'GET', url: '/reports/sessions/5' })).statusCode, 404);
    } finally {
      await app.close();
    }
  });

  if (kind === 'sqlite') {
    test('the PDF has several pages, numbered, its text extractable with every reference in it', async () => {
      const pdf = await printPdf(reportHtml(report), 'Communications report, A/HRC/57/3');
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
      assert.ok(doc.numPages > 1, `${doc.numPages} pages`);
      let text = '';
      for (let i = 1; i <= doc.numPages; i++) {
        const content = await (await doc.getPage(i)).getTextContent();
        text += ` ${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}`;
      }
      const flat = squash(text);
      for (const c of letters) assert.ok(flat.includes(formatReference(c.reference)), formatReference(c.reference));
      assert.match(flat, new RegExp(`page 1 of ${doc.numPages}`));
      assert.match(flat, /Communications report of special procedures/);
    });
  }
});
