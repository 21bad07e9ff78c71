/**
 * bench/workspace: the signed-in pages people open most, on a demo corpus (20,000 communications
 * by default): the work page of the secretariat, of a mission and of a mandate-holder, the intake
 * queue and a communication's workspace page, each beside the public list of communications
 * (`/communications`, a page of 50 from the database, never cached) answered by the same server in
 * the same run. Also a login, whose scrypt hash is slow on purpose, beside the same baseline.
 * Run: `npm run build && node dist/bench/workspace.js [--size 20000] [--runs 30]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Accounts } from '../src/accounts/service.js';
import { openContext } from '../src/cli/context.js';
import { DEFAULT_SEED_NOTE } from '../src/cli/demo.js';
import { generateCorpus } from '../src/demo/generate.js';
import { loadCorpus } from '../src/demo/load.js';
import { formatReference, referenceSlug } from '../src/domain/index.js';
import { buildServer } from '../src/web/server.js';
import { flag, machine, timed } from './machine.js';

const size = Number(flag('size', '20000'));
const runs = Number(flag('runs', '30'));
const PASSWORD = 'bench passphrase, long enough';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;

const root = mkdtempSync(join(tmpdir(), 'missive-bench-workspace-'));
try {
  const ctx = await openContext({ dataDir: root });
  const built = await timed(() => loadCorpus(ctx.store, ctx.blobs, generateCorpus({ size, seed: 'bench-workspace', reference: ctx.reference }), { documents: { text: true, pdf: false }, seedNotePath: DEFAULT_SEED_NOTE, linkReplies: true }));
  const now = new Date('2026-11-30T09:00:00Z');
  const accounts = new Accounts(ctx.store, ctx.reference, () => now);
  await accounts.add('bench', { username: 'registry', role: 'secretariat' }, PASSWORD);
  await accounts.add('bench', { username: 'mission', role: 'mission', stateCode: 'PRK' }, PASSWORD);
  await accounts.add('bench', { username: 'holder', role: 'mandate-holder', mandateIds: ['sr-torture'] }, PASSWORD);
  const app = buildServer({ store: ctx.store, blobs: ctx.blobs, reference: ctx.reference, now: () => now, accounts });
  const cookie = async (username: string) => `missive_session=${(await accounts.login(username, PASSWORD, '127.0.0.1')).sessionId}`;
  const [registry, mission, holder] = [await cookie('registry'), await cookie('mission'), await cookie('holder')];
  const letter = (await ctx.store.communications.list({ viewer: { role: 'secretariat' }, today: '2026-11-30' as never, limit: 1, addressee: 'PRK' }))[0];
  const slug = letter ? referenceSlug((await ctx.store.communications.get(letter.id))?.reference ?? { type: 'AL', code: 'PRK', number: 1, year: 2024, legacy: null }) : 'AL-PRK-1-2024';

  const measure = async (url: string, headers: Record<string, string> = {}) => {
    const times: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const started = performance.now();
      const r = await app.inject({ method: 'GET', url, headers });
      if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode}`);
      if (i >= 3) times.push(performance.now() - started);
    }
    return times;
  };
  console.log(`bench/workspace on ${machine()}; ${runs} requests per page after 3 warm-ups (in-process, no network)`);
  console.log(`${size.toLocaleString('en')} communications loaded in ${built.seconds.toFixed(1)} s; communication page: ${letter ? formatReference((await ctx.store.communications.get(letter.id))?.reference ?? { type: 'AL', code: 'PRK', number: 1, year: 2024, legacy: null }) : slug}`);
  const baseline = await measure('/communications');
  console.log(`  baseline: public /communications p50 ${median(baseline).toFixed(1)} ms, p95 ${p95(baseline).toFixed(1)} ms`);
  const pages: [string, string, string][] = [
    ['work page, secretariat', '/workspace', registry], ['work page, mission (PRK)', '/workspace', mission], ['work page, mandate-holder', '/workspace', holder],
    ['intake queue', '/workspace/intake', registry], ['communication, mission', `/workspace/communications/${slug}`, mission], ['work lists as JSON, mission', '/api/v1/workspace/lists', mission],
  ];
  for (const [label, url, session] of pages) {
    const t = await measure(url, { cookie: session });
    console.log(`  ${label.padEnd(30)} p50 ${median(t).toFixed(1).padStart(6)} ms (${(median(t) / median(baseline)).toFixed(2)} × baseline), p95 ${p95(t).toFixed(1).padStart(6)} ms (${(p95(t) / p95(baseline)).toFixed(2)} ×)`);
  }
  const logins: number[] = [];
  for (let i = 0; i < 5; i++) logins.push((await timed(() => accounts.login('registry', PASSWORD, '127.0.0.2'))).seconds * 1000);
  console.log(`  login (scrypt N=2^15, slow on purpose)  p50 ${median(logins).toFixed(1)} ms (${(median(logins) / median(baseline)).toFixed(2)} × baseline)`);
  await app.close();
  await ctx.store.close();
} finally {
  rmSync(root, { recursive: true, force: true });
}
