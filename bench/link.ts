/**
 * bench/link: a 20,000-communication demo corpus loaded with its replies unlinked, then
 * `linkReplies` over 10,000 of them, beside the time to merely load the candidates (every
 * communication's facts into the candidate pool) in the same run.
 * Run: `npm run build && node dist/bench/link.js [--size 20000] [--replies 10000]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext } from '../src/cli/context.js';
import { DEFAULT_SEED_NOTE, loadDemo } from '../src/cli/demo.js';
import { linkReplies } from '../src/jobs/link-replies.js';
import { CandidatePool, communicationFacts } from '../src/link/index.js';
import { flag, machine, timed } from './machine.js';

const size = Number(flag('size', '20000'));
const replies = Number(flag('replies', '10000'));
const root = mkdtempSync(join(tmpdir(), 'missive-bench-link-'));
try {
  const ctx = await openContext({ dataDir: root });
  await loadDemo(ctx, { size, seed: '11', pdf: false, seedNote: DEFAULT_SEED_NOTE, link: false });
  const load = await timed(async () => new CandidatePool((await ctx.store.communications.linkable()).map(communicationFacts)));
  const run = await timed(() => linkReplies(ctx, { dryRun: false, limit: replies }));
  const truth = new Map((await ctx.store.demoTruth.all()).map((t) => [t.replyId, t.communicationIds]));
  let right = 0;
  let wrong = 0;
  let expected = 0;
  for (const d of run.value.decisions) {
    const answers = truth.get(d.replyId) ?? [];
    expected += answers.length;
    for (const l of d.linked) (answers.includes(l.communicationId) ? right++ : wrong++);
  }
  await ctx.store.close();
  console.log(`bench/link on ${machine()}: ${size} communications, ${run.value.considered} replies linked on SQLite`);
  console.log(`  load candidates:  ${load.seconds.toFixed(2)} s (baseline)`);
  console.log(`  link replies:     ${run.seconds.toFixed(1)} s  (${((1000 * run.seconds) / run.value.considered).toFixed(2)} ms per reply; acceptance: under 30 s)`);
  console.log(`  ratio:            ${(run.seconds / load.seconds).toFixed(1)} × loading the candidates`);
  console.log(`  precision ${(100 * right / (right + wrong)).toFixed(2)} %, recall ${(100 * right / expected).toFixed(2)} %, ${run.value.queued} for review`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
