/**
 * bench/demo: builds a demo corpus (default 20,000 communications) into a fresh SQLite data
 * directory and compares it with a baseline measured in the same run on the same disk: raw
 * better-sqlite3 inserts of as many rows as the demo writes, plus writing as many files of
 * the same size. Run: `npm run build && node dist/bench/demo.js [--size N] [--seed S]`.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openContext } from '../src/cli/context.js';
import { DEFAULT_SEED_NOTE, loadDemo } from '../src/cli/demo.js';
import { updateSearchIndex } from '../src/cli/search-index.js';
import { flag, machine, timed } from './machine.js';

const size = Number(flag('size', '20000'));
const seed = flag('seed', '7');
const root = mkdtempSync(join(tmpdir(), 'missive-bench-demo-'));

try {
  const demoDir = join(root, 'demo');
  const ctx = await openContext({ dataDir: demoDir });
  const demo = await timed(() => loadDemo(ctx, { size, seed, pdf: false, seedNote: DEFAULT_SEED_NOTE, link: true, index: false }));
  const index = await timed(() => updateSearchIndex(ctx.store, { quiet: true }));
  await ctx.store.close();
  const report = demo.value;
  const rss = process.memoryUsage().rss / 2 ** 20;

  // Baseline: the same number of rows and files, written with no logic in between.
  const rows = report.communications * 4 + report.replies * 3 + report.documents * 2;
  const baseline = await timed(() => {
    const db = new BetterSqlite3(join(root, 'baseline.db'));
    db.pragma('journal_mode = WAL');
    db.exec('create table t (id integer primary key, a text, b text, c integer, d text)');
    const insert = db.prepare('insert into t (a, b, c, d) values (?, ?, ?, ?)');
    db.transaction(() => {
      for (let i = 0; i < rows; i++) insert.run(`AL PRK ${i}/2024`, '2024-03-22', i, 'Synthetic demo record subject line of a usual length');
    })();
    db.close();
    const files = join(root, 'files');
    const body = Buffer.alloc(3500, 'x');
    for (let i = 0; i < report.documents; i++) {
      const dir = join(files, String(i % 256));
      if (i < 256) mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${i}.txt`), body);
    }
  });

  console.log(`bench/demo on ${machine()}`);
  console.log(`demo --size ${size} --seed ${seed}: ${report.communications} communications, ${report.replies} replies, ${report.documents} documents`);
  console.log(`  demo build:   ${(demo.seconds + index.seconds).toFixed(1)} s  (acceptance: under 60 s): records and files ${demo.seconds.toFixed(1)} s, search index ${index.seconds.toFixed(1)} s (${index.value} records)`);
  console.log(`  baseline:     ${baseline.seconds.toFixed(1)} s  (${rows} raw SQLite rows + ${report.documents} files of 3.5 kB)`);
  console.log(`  ratio:        ${((demo.seconds + index.seconds) / baseline.seconds).toFixed(1)} × baseline`);
  console.log(`  peak RSS:     ${rss.toFixed(0)} MiB`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
