/**
 * bench/stats: statistics for one State (src/stats/service.ts: load the rows for the filter with
 * the viewer's visibility, then count), on a corpus of `--size` communications (default 20,000;
 * the target is any State under 50 ms at 200,000) spread over the States as the demo
 * spreads them, about 60 % answered. Times are printed in milliseconds and as ratios to a
 * baseline measured in the same run: counting the same State's communications as the public
 * sees them (`communications.count`, an indexed count with the same visibility). The corpus is
 * indexed first, as the server's indexer keeps it (statistics read the statistics index).
 * Run: `npm run build && node dist/bench/stats.js [--size 20000] [--runs 15] [--database URL] [--use DIR]` (an empty
 * DIR is seeded and kept for later runs, which then skip seeding).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext } from '../src/cli/context.js';
import { addDays, isoDate, parseIsoDate, PUBLIC_VIEWER, type IsoDate, type ReferenceData, type Stance, type Viewer } from '../src/domain/index.js';
import { sql } from 'kysely';
import { createRandom } from '../src/demo/random.js';
import { addresseeWeights } from '../src/demo/world.js';
import { statisticsGrouped } from '../src/stats/statistics.js';
import { statistics, type StatisticsGrouping } from '../src/stats/service.js';
import type { KyselyStore } from '../src/store/kysely/store.js';
import type { Store } from '../src/store/ports.js';
import { flag, machine, timed } from './machine.js';
import { refreshSearchIndex } from '../src/search/indexer.js';

const size = Number(flag('size', '20000'));
const runs = Number(flag('runs', '15'));
const database = flag('database', '');
const today = parseIsoDate('2026-06-10');
const STANCES: readonly (readonly [Stance, number])[] = [['substantive', 6], ['rejects', 2], ['partial', 1], ['acknowledges', 1]];

/** Seeds `size` letters (2011 to today) and their replies through the store's own writes, in one bulk transaction. */
async function seed(store: Store, reference: ReferenceData): Promise<{ replies: number }> {
  const random = createRandom('bench-stats');
  const states = reference.countries.filter((c) => c.status === 'member').map((c) => c.code);
  const weights = addresseeWeights(states);
  const span = Math.round((Date.parse(today) - Date.parse('2011-01-01')) / 86_400_000);
  let replies = 0;
  await store.transaction(async (trx) => trx.search.inBulk(async () => {
    for (let i = 0; i < size; i++) {
      const sent: IsoDate = addDays(isoDate(2011, 1, 1), random.int(0, span));
      const active = reference.mandatesActiveIn(Number(sent.slice(0, 4))).map((m) => m.id);
      const mandateIds = [...new Set(Array.from({ length: random.int(1, 3) }, () => active[random.int(0, active.length - 1)] ?? 'sr-torture'))];
      const actor = random.chance(0.07);
      const code = actor ? 'OTH' : random.weighted(weights);
      const addressee = actor ? { kind: 'company' as const, code: 'OTH' as const, name: `Company ${random.int(1, 40)} (bench)` } : { kind: 'state' as const, code, name: reference.countryName(code) };
      const letter = await trx.communications.create({
        type: random.weighted([['UA', 0.35], ['AL', 0.45], ['OL', 0.2]] as const), state: 'sent', dateSent: sent, mandateIds, addressees: [addressee],
        subject: `Allegations concerning case ${i}`, summary: '', language: 'en',
        publication: { publishedEarlyOn: null, confidentialHold: random.chance(0.01) ? { reason: 'bench' } : null },
      });
      if (!random.chance(0.6)) continue;
      const answer = async (received: IsoDate, stance: Stance) => {
        if (received > today) return;
        await trx.replies.create({
          sender: addressee, noteNumber: null, dateOnNote: null, dateReceived: received, languages: ['en'], stance, confidential: random.chance(0.01),
          links: [{ communicationId: letter.id, origin: 'manual', score: null, confirmedBy: 'bench' }],
        });
        replies++;
      };
      if (random.chance(0.1)) await answer(addDays(sent, random.int(4, 11)), 'acknowledges');
      await answer(addDays(sent, random.int(12, random.chance(0.7) ? 60 : 400)), random.weighted(STANCES));
    }
  }));
  return { replies };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The median of `n` timings, in milliseconds, after three warm-up runs. */
async function ms(work: () => Promise<unknown> | unknown, n = runs): Promise<number> {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push((await timed(work)).seconds * 1000);
  return median(times);
}

const use = flag('use', '');
const root = use || mkdtempSync(join(tmpdir(), 'missive-bench-stats-'));
try {
  const ctx = await openContext(database === '' ? { dataDir: root } : { dataDir: root, database });
  const { store, sessions } = ctx;
  const empty = (await store.communications.count({ viewer: { role: 'admin' }, today })) === 0;
  const seeded = await timed(async () => (empty ? seed(store, ctx.reference) : { replies: await store.replies.count() }));
  // The server's indexer writes the statistics index beside the search index; statistics read the tables for what it has not written yet.
  const indexed = await timed(() => refreshSearchIndex(store));
  // A bulk load leaves every page in SQLite's write-ahead log: fold it back, as a running database's checkpoints do.
  if (store.kind === 'sqlite') await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute((store as KyselyStore).db);
  const sizes = await store.stats.rows({}, { role: 'secretariat' }, today);
  const perState = new Map<string, number>();
  for (const row of sizes) for (const a of row.addressees) if (a.kind === 'state') perState.set(a.code, (perState.get(a.code) ?? 0) + 1);
  const ranked = [...perState].sort((a, b) => b[1] - a[1]);
  const [largest = 'CHN', largestCount = 0] = ranked[0] ?? [];
  const stats = (state: string | undefined, viewer: Viewer, groupBy: StatisticsGrouping) =>
    statistics(store, sessions, { filter: state === undefined ? {} : { state }, viewer, today, groupBy });

  const baseline = await ms(() => store.communications.count({ viewer: PUBLIC_VIEWER, today, addressee: largest }));
  const ratio = (t: number) => `${(t / baseline).toFixed(1)} ×`;
  const row = (label: string, t: number, note: string) => console.log(`  ${label.padEnd(44)} ${t.toFixed(1).padStart(8)} ms  ${ratio(t).padStart(8)}  (${note})`);
  console.log(`bench/stats on ${machine()}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}: ${size} communications, ${seeded.value.replies} replies, ${perState.size} States on ${store.kind} (seeded in ${seeded.seconds.toFixed(1)} s, indexed in ${indexed.seconds.toFixed(1)} s); median of ${runs} runs`);
  row('count one State, public (baseline)', baseline, `${largest}, ${largestCount} letters`);
  row('statistics, largest State, public, none', await ms(() => stats(largest, PUBLIC_VIEWER, 'none')), largest);
  row('statistics, largest State, public, by year', await ms(() => stats(largest, PUBLIC_VIEWER, 'year')), largest);
  row('statistics, largest State, public, by session', await ms(() => stats(largest, PUBLIC_VIEWER, 'session')), largest);
  const rows = await store.stats.rows({ state: largest }, PUBLIC_VIEWER, today);
  row('  of which: load the rows (store.stats.rows)', await ms(() => store.stats.rows({ state: largest }, PUBLIC_VIEWER, today)), `${rows.length} rows`);
  row('  of which: count them by session (pure)', await ms(() => statisticsGrouped(rows, today, 'session', sessions)), largest);
  row('statistics, largest State, staff, by session', await ms(() => stats(largest, { role: 'secretariat' }, 'session')), largest);

  // Every State (median of 3 runs each): the slowest is what "any State" means.
  const each: [string, number][] = [];
  for (const [code] of ranked) each.push([code, await ms(() => stats(code, PUBLIC_VIEWER, 'year'), 3)]);
  each.sort((a, b) => b[1] - a[1]);
  const [slowest = '', slowestMs = NaN] = each[0] ?? [];
  row('statistics, every State by year: median', median(each.map((e) => e[1])), `${each.length} States`);
  row('statistics, every State by year: slowest', slowestMs, `${slowest}, ${perState.get(slowest) ?? 0} letters`);
  row('statistics, whole set, public, by session', await ms(() => stats(undefined, PUBLIC_VIEWER, 'session')), `${size} letters`);
  await store.close();
} finally {
  if (!use) rmSync(root, { recursive: true, force: true });
}
