/**
 * bench/web: the portal under load on loopback (autocannon, 10 s a run), beside a bare Fastify
 * hello-world measured in the same run (the servers in a child process, so load generation does not
 * share their event loop). Communication pages: one page over and over, 1,000 different ones in
 * turn, and pages rendered on every request (no cache); search pages: the bench/search query mix in turn (warm), and distinct
 * queries that no cache has seen. Targets (issue 6): the communication page at ≥ 50 % of the
 * hello-world throughput; search page p95 < 100 ms at 200k documents (each response's time is
 * kept for the p95; autocannon itself reports p90 and p97.5). Run: `node dist/bench/web.js [--documents 200000] [--use DIR]` (an empty
 * DIR is filled and kept for later runs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fork } from 'node:child_process';
import autocannon from 'autocannon';
import { openContext } from '../src/cli/context.js';
import { DEFAULT_SEED_NOTE } from '../src/cli/demo.js';
import { referenceSlug, todayUtc } from '../src/domain/index.js';
import { generateCorpus } from '../src/demo/generate.js';
import { loadCorpus } from '../src/demo/load.js';
import { refreshSearchIndex } from '../src/search/indexer.js';
import { flag, machine } from './machine.js';

const DOCUMENTS_PER_COMMUNICATION = 1.735;
const SECONDS = Number(flag('seconds', '10'));
const MIX = ['torture', '"arbitrary detention"', 'journalist OR journalists', 'defenders -women', 'evict*', 'torture country:EGY', 'detention year:2019 kind:communication',
  'Rodríguez', 'Mansour lawyer', '인민', '人权', 'الامم', 'задержание', 'replied:overdue country:PRK', "women's rights"];
const WORDS = ['torture', 'detention', 'journalist', 'eviction', 'defenders', 'protest', 'lawyer', 'women', 'disappearance', 'migrants'];

/** A run's result, with the p95 of its response times (autocannon reports p90 and p97.5, not p95). */
type Run = autocannon.Result & { readonly p95: number };

async function load(url: string, paths: readonly string[] | ((i: number) => string)): Promise<Run> {
  let i = 0;
  const next = typeof paths === 'function' ? () => paths(i++) : () => paths[i++ % paths.length] ?? '/';
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: 10, duration: SECONDS, requests: [{ setupRequest: (request) => ({ ...request, path: next() }) }] },
      (error, r) => (error ? reject(error) : resolve(r)));
    instance.on('response', (_client, _status, _bytes, ms) => { times.push(ms); });
  });
  times.sort((a, b) => a - b);
  return { ...result, p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? Number.NaN };
}

const line = (name: string, r: Run) =>
  `  ${name.padEnd(44)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50.toFixed(1).padStart(6)}  p95 ${r.p95.toFixed(1).padStart(6)}  p97.5 ${r.latency.p97_5.toFixed(1).padStart(6)} ms   ${r.non2xx > 0 ? `${r.non2xx} non-2xx!` : ''}`;

const use = flag('use', '');
const dir = use || mkdtempSync(join(tmpdir(), 'missive-bench-web-'));
const ctx = await openContext({ dataDir: dir });
try {
  // A directory to use is filled on first use and kept, so later runs skip the build.
  if ((await ctx.store.communications.count({ viewer: { role: 'admin' }, today: todayUtc() })) === 0) {
    const documents = Number(flag('documents', '200000'));
    const corpus = generateCorpus({ size: Math.round(documents / DOCUMENTS_PER_COMMUNICATION), seed: 'bench-web', reference: ctx.reference });
    await loadCorpus(ctx.store, ctx.blobs, corpus, { documents: { text: true, pdf: false }, seedNotePath: DEFAULT_SEED_NOTE, linkReplies: true });
  }
  await refreshSearchIndex(ctx.store);
  const today = todayUtc();
  const published = await ctx.store.communications.list({ viewer: { role: 'public' }, today, limit: 1000 });
  const slugs: string[] = [];
  for (const row of published) {
    const c = await ctx.store.communications.get(row.id);
    if (c) slugs.push(referenceSlug(c.reference));
  }
  const count = (await ctx.store.communications.count({ viewer: { role: 'admin' }, today })) + (await ctx.store.replies.count());

  // The servers run in a child process; this one only generates load.
  await ctx.store.close();
  const child = fork(new URL('./web-server.js', import.meta.url).pathname, [dir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ports = await new Promise<{ hello: number; missive: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { hello: number; missive: number }));
    child.once('exit', (code) => reject(new Error(`the bench server stopped (${code})`)));
  });
  const helloUrl = `http://127.0.0.1:${ports.hello}`;
  const appUrl = `http://127.0.0.1:${ports.missive}`;

  const countries = ctx.reference.countries.map((c) => c.code);
  // Every request a query never asked before (an exclusion of a word no record holds makes each one new).
  const distinct = (i: number) => `/search?q=${encodeURIComponent(`${WORDS[i % WORDS.length]} country:${countries[i % countries.length]} year:${2010 + (i % 15)} -zq${i}`)}`;

  console.log(`bench/web on ${machine()}; ${count.toLocaleString('en')} documents (${dir}); ${SECONDS} s a run, 10 connections`);
  const helloRun = await load(helloUrl, ['/']);
  console.log(line('hello-world (bare Fastify, same run)', helloRun));
  const first = slugs[0] ?? '';
  const one = await load(appUrl, [`/communications/${first}`]);
  console.log(line(`communication page (${first})`, one));
  const many = await load(appUrl, slugs.map((s) => `/communications/${s}`));
  console.log(line(`communication pages (${slugs.length} in turn)`, many));
  // A query string the page ignores makes every request a new cache entry: the page rendered each time.
  const rendering = await load(appUrl, (i) => `/communications/${slugs[i % slugs.length] ?? ''}?bench=${i}`);
  console.log(line('communication pages, rendered every time', rendering));
  const mix = await load(appUrl, MIX.map((q) => `/search?q=${encodeURIComponent(q)}`));
  console.log(line('search page, 15-query mix in turn', mix));
  const cold = await load(appUrl, distinct);
  console.log(line('search page, distinct queries (uncached)', cold));
  const share = (r: autocannon.Result) => `${(100 * r.requests.average / helloRun.requests.average).toFixed(0)} %`;
  console.log(`  communication page: ${share(one)} of hello-world (one page), ${share(many)} (${slugs.length} pages, cached after the first request), ${share(rendering)} (rendered every time); target ≥ 50 %`);
  console.log(`  search page p95: mix ${mix.p95.toFixed(1)} ms, distinct ${cold.p95.toFixed(1)} ms (p97.5 ${mix.latency.p97_5} / ${cold.latency.p97_5}); target p95 < 100 ms`);
  child.disconnect();
  await new Promise((resolve) => child.once('exit', resolve));
} finally {
  await ctx.store.close().catch(() => undefined);
  if (!use) rmSync(dir, { recursive: true, force: true });
}
