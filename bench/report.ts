/**
 * bench/report: the communications report to a Council session over a demo corpus of 20,000
 * communications (the issue's target: under 2 s), built and rendered as HTML and CSV, beside a
 * baseline measured in the same run: listing every communication the public sees (50 at a time,
 * as the portal's list does). The PDF (headless Chromium) is timed too, apart.
 * The corpus is indexed first, as the server keeps it; `--queued` leaves it queued (statistics then read the tables).
 * Run: `npm run build && node dist/bench/report.js [--size 20000] [--session 57] [--pdf] [--queued]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext } from '../src/cli/context.js';
import { DEFAULT_SEED_NOTE } from '../src/cli/demo.js';
import { generateCorpus } from '../src/demo/generate.js';
import { loadCorpus } from '../src/demo/load.js';
import { refreshSearchIndex } from '../src/search/indexer.js';
import { parseIsoDate, PUBLIC_VIEWER } from '../src/domain/index.js';
import { printPdf } from '../src/report/pdf.js';
import { reportCsv, reportHtml } from '../src/report/render.js';
import { sessionReport } from '../src/report/session-report.js';
import { flag, machine, timed } from './machine.js';

const size = Number(flag('size', '20000'));
const session = Number(flag('session', '57'));
const today = parseIsoDate('2026-11-30');
const root = mkdtempSync(join(tmpdir(), 'missive-bench-report-'));
try {
  const ctx = await openContext({ dataDir: root });
  const corpus = generateCorpus({ size, seed: 'bench-report', reference: ctx.reference });
  const loaded = await timed(() => loadCorpus(ctx.store, ctx.blobs, corpus, { documents: { text: false, pdf: false }, seedNotePath: DEFAULT_SEED_NOTE, linkReplies: true }));
  // Indexed, as the server's indexer keeps the data (statistics read the statistics index); `--queued` measures the tables instead.
  const indexed = process.argv.includes('--queued') ? null : await timed(() => refreshSearchIndex(ctx.store));
  console.log(`bench/report on ${machine()}; ${size.toLocaleString('en')} communications loaded in ${loaded.seconds.toFixed(1)} s, ${indexed ? `indexed in ${indexed.seconds.toFixed(1)} s` : 'not indexed (--queued)'}; session ${session}`);
  const baseline = await timed(async () => {
    let n = 0;
    for (let offset = 0; ; offset += 50) {
      const page = await ctx.store.communications.list({ viewer: PUBLIC_VIEWER, today, limit: 50, offset });
      n += page.length;
      if (page.length < 50) return n;
    }
  });
  const runs: number[] = [];
  let letters = 0;
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const t = await timed(async () => {
      const report = await sessionReport(ctx.store, ctx, { session, today, viewer: PUBLIC_VIEWER });
      bytes = reportHtml(report).length + reportCsv(report).length;
      return report;
    });
    letters = t.value.statistics.communications;
    runs.push(t.seconds);
  }
  const best = Math.min(...runs);
  const median = [...runs].sort((a, b) => a - b)[2] ?? best;
  console.log(`  baseline: list the ${baseline.value.toLocaleString('en')} public communications, 50 at a time: ${baseline.seconds.toFixed(2)} s`);
  console.log(`  report (build + HTML + CSV, ${letters} communications in the window, ${(bytes / 1024).toFixed(0)} KiB): median ${median.toFixed(2)} s, best ${best.toFixed(2)} s = ${(median / baseline.seconds).toFixed(2)} × baseline; target < 2 s: ${median < 2 ? 'met' : 'MISSED'}`);
  if (process.argv.includes('--pdf')) {
    const report = await sessionReport(ctx.store, ctx, { session, today, viewer: PUBLIC_VIEWER });
    const pdf = await timed(() => printPdf(reportHtml(report), `session ${session}`));
    console.log(`  PDF (headless Chromium, start included): ${pdf.seconds.toFixed(2)} s, ${(pdf.value.length / 1024).toFixed(0)} KiB = ${(pdf.seconds / baseline.seconds).toFixed(2)} × baseline`);
  }
  await ctx.store.close();
} finally {
  rmSync(root, { recursive: true, force: true });
}
