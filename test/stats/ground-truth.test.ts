import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { parseIsoDate, type Viewer } from '../../src/domain/index.js';
import { generateCorpus } from '../../src/demo/generate.js';
import { loadCorpus } from '../../src/demo/load.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { statistics } from '../../src/stats/service.js';
import { BlobStore } from '../../src/store/blobs.js';
import type { Store } from '../../src/store/ports.js';
import type { KyselyStore } from '../../src/store/kysely/store.js';
import { KyselyStats } from '../../src/store/kysely/stats.js';
import { refreshSearchIndex } from '../../src/search/indexer.js';
import type { StatsFilter } from '../../src/store/stats-ports.js';
import { forEachStore, freshStore, tempDir } from '../support/stores.js';
import { bySession, byYear, counted, expectedFigures, expectedGroups, publicOn, replyPublicOn, type TruthScope, type TruthViewer } from './truth.js';

const { reference, sessions } = loadReferenceData();
const corpus = generateCorpus({ size: 500, seed: 'stats-3', reference });
/** Before the demo's last letters: some are not sent yet, some not yet public, some overdue. */
const TODAY = parseIsoDate('2026-09-15');

const mostFrequent = (values: readonly string[]): string => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
};
const STATE = mostFrequent(corpus.communications.filter((c) => c.addressee.kind === 'state').map((c) => c.addressee.code));
const MANDATE = mostFrequent(corpus.communications.flatMap((c) => c.mandateIds));
/** A State with letters sent by the reference day that are not public on it: its mission sees more than the public. */
const MISSION_STATE = mostFrequent(corpus.communications.filter((c) => {
  const p = publicOn(c);
  return c.addressee.kind === 'state' && c.dateSent <= TODAY && (p === null || p > TODAY);
}).map((c) => c.addressee.code));

const FILTERS: readonly (readonly [string, StatsFilter])[] = [
  ['everything', {}],
  [`State ${STATE}`, { state: STATE }],
  [`mandate ${MANDATE}`, { mandateId: MANDATE }],
  ['urgent appeals, JUA included', { type: 'UA' }],
  ['sent 2017–2019', { from: parseIsoDate('2017-01-01'), to: parseIsoDate('2019-12-31') }],
  ['non-State actors', { addresseeKind: 'non-state' }],
];
const VIEWERS: readonly TruthViewer[] = [{ role: 'secretariat' }, { role: 'public' }];

const always = () => true;

/**
 * Statistics read the statistics index for the letters the indexer has written, and the tables
 * for those still queued: the figures are checked with everything indexed, and with a third of
 * the letters queued again (touched without any change) beside the indexed rest.
 */
const MODES = ['indexed', 'a third queued again'] as const;

forEachStore('statistics equal the demo generator\'s ground truth', (kind) => { for (const mode of MODES) describe(mode, () => {
  let store: Store;
  before(async () => {
    store = await freshStore(kind);
    await loadCorpus(store, new BlobStore(join(tempDir(), 'files')), corpus, { documents: { text: true, pdf: false }, seedNotePath: null, linkReplies: true });
    await refreshSearchIndex(store);
    if (mode !== 'indexed') await sql`UPDATE communications SET updated_at = updated_at WHERE id % 3 = 0`.execute((store as KyselyStore).db);
    const queued = await store.search.pending();
    assert.ok(mode === 'indexed' ? queued === 0 : queued > 100, `${queued} records queued`);
  });
  after(() => store.close());

  const run = (scope: TruthScope, groupBy: 'year' | 'session' | 'none') =>
    statistics(store, sessions, { filter: scope.filter, viewer: scope.viewer as Viewer, today: scope.today, groupBy });

  test('the corpus is one where the figures can go wrong: unpublished letters and replies, overdue, late and shared replies', () => {
    const sentByToday = corpus.communications.filter((c) => c.dateSent <= TODAY);
    assert.ok(sentByToday.length < corpus.communications.length, 'some letters are sent after the reference day');
    assert.ok(sentByToday.some((c) => c.confidentialReason !== null), 'a letter held confidential');
    assert.ok(sentByToday.some((c) => { const p = publicOn(c); return p !== null && p > TODAY; }), 'a letter not public yet');
    assert.ok(corpus.replies.some((r) => r.confidential && r.dateReceived <= TODAY), 'a confidential reply');
    assert.ok(corpus.replies.some((r) => r.answers.length > 1), 'a reply answering two letters');
    assert.ok(corpus.communications.some((c) => c.type.startsWith('J')) && corpus.communications.some((c) => c.addressee.kind !== 'state'));
    assert.ok(corpus.communications.some((c) => c.dateSent < '2011-03-01'), 'letters before the first report');
  });

  for (const viewer of VIEWERS) {
    for (const [name, filter] of FILTERS) {
      test(`${viewer.role}, ${name}: the whole set, every year and every session`, async () => {
        const scope: TruthScope = { viewer, today: TODAY, filter };
        const whole = await run(scope, 'none');
        const expected = expectedFigures(corpus, scope, always, always);
        assert.ok(expected.communications > 0 && expected.replies > 0, 'the filter selects something');
        assert.deepEqual(whole.overall, expected);
        assert.deepEqual(whole.groups, []);

        const years = await run(scope, 'year');
        assert.deepEqual(years.overall, expected);
        const expectedYears = expectedGroups(corpus, scope, byYear.sent, byYear.reply);
        assert.deepEqual(years.groups.map((g) => (g.kind === 'year' ? g.year : -1)), [...expectedYears.keys()]);
        for (const g of years.groups) if (g.kind === 'year') assert.deepEqual(g.figures, expectedYears.get(g.year), `year ${g.year}`);

        const bySessions = await run(scope, 'session');
        const expectedSessions = expectedGroups(corpus, scope, bySession.sent, bySession.reply);
        assert.deepEqual(bySessions.groups.map((g) => (g.kind === 'session' ? g.session.number : -1)), [...expectedSessions.keys()]);
        for (const g of bySessions.groups) if (g.kind === 'session') assert.deepEqual(g.figures, expectedSessions.get(g.session.number), `session ${g.session.number}`);
      });
    }
  }

  test('the letters still queued give the same rows whether read by their ids or through the queue itself', async () => {
    const throughQueue = new KyselyStats((store as KyselyStore).db, 10);
    const sorted = (rows: readonly { id: number }[]) => [...rows].sort((a, b) => a.id - b.id);
    for (const viewer of VIEWERS) {
      for (const [name, filter] of FILTERS) {
        assert.deepEqual(sorted(await throughQueue.rows(filter, viewer as Viewer, TODAY)), sorted(await store.stats.rows(filter, viewer as Viewer, TODAY)), `${viewer.role}, ${name}`);
      }
    }
  });

  test(`a mission sees its own State's letters and replies before they are public, and counts them`, async () => {
    const mission: TruthViewer = { role: 'mission', stateCode: MISSION_STATE };
    const scope: TruthScope = { viewer: mission, today: TODAY, filter: { state: MISSION_STATE } };
    const got = await run(scope, 'year');
    assert.deepEqual(got.overall, expectedFigures(corpus, scope, always, always));
    const publicFigures = expectedFigures(corpus, { ...scope, viewer: { role: 'public' } }, always, always);
    assert.ok(got.overall.communications > publicFigures.communications);
  });

  test('the public never counts an unpublished record: every row and reply it is given is public on the day', async () => {
    const keyOf = (code: string, number: number, year: number) => `${code} ${number}/${year}`;
    const letterByKey = new Map(corpus.communications.map((c) => [keyOf(c.addressee.code, c.number, c.year), c]));
    const truth = await store.demoTruth.all();
    const replyById = new Map(truth.map((t, i) => [t.replyId, corpus.replies[i]]));
    const rows = await store.stats.rows({}, { role: 'public' }, TODAY);
    let replies = 0;
    for (const row of rows) {
      const c = letterByKey.get(keyOf(row.reference.code, row.reference.number, row.reference.year));
      const p = c ? publicOn(c) : null;
      assert.ok(p !== null && p <= TODAY, `${row.reference.code} ${row.reference.number}/${row.reference.year} is public`);
      for (const r of row.replies) {
        const demo = replyById.get(r.id);
        const rp = demo ? replyPublicOn(demo, corpus) : null;
        assert.ok(rp !== null && rp <= TODAY, `reply ${r.id} is public`);
        replies++;
      }
    }
    const staff = counted(corpus, { viewer: { role: 'secretariat' }, today: TODAY, filter: {} });
    const everyone = counted(corpus, { viewer: { role: 'public' }, today: TODAY, filter: {} });
    assert.equal(rows.length, everyone.letters.length);
    assert.ok(rows.length < staff.letters.length, 'the public sees fewer letters than the secretariat');
    assert.ok(replies > 0);
    const publicFigures = await run({ viewer: { role: 'public' }, today: TODAY, filter: {} }, 'none');
    const staffFigures = await run({ viewer: { role: 'secretariat' }, today: TODAY, filter: {} }, 'none');
    assert.ok(publicFigures.overall.replies < staffFigures.overall.replies);
  });
}); });
