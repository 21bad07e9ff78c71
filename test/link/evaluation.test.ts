/**
 * The matcher on the 20,000-communication demo corpus, every reply read from its rendered
 * text by understand/ (the seed reply from the real note), ranked against all communications.
 * Prints precision, recall and top-3 by citation style and hard case, the threshold sweep
 * behind AUTO_LINK_THRESHOLD, stance accuracy per language, and follow-up detection.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DemoCommunication, DemoCorpus, DemoReply } from '../../src/demo/corpus.js';
import { letterDocument } from '../../src/demo/documents.js';
import { generateCorpus } from '../../src/demo/generate.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { understand } from '../../src/understand/index.js';
import { AUTO_LINK_THRESHOLD, autoLinks, CandidatePool, followedUp, type Candidate } from '../../src/link/index.js';
import { demoCommunicationFacts, readReply, type ReadReply } from './demo-corpus.js';
import { table, percent } from './table.js';

const SIZE = 20_000;
const SEED = '1';
/** Follow-ups are read off every FOLLOW_UP_SAMPLE-th letter (rendering and reading all 20,000 would double the test's time). */
const FOLLOW_UP_SAMPLE = 4;
const { reference } = loadReferenceData();

interface Ranked {
  readonly read: ReadReply;
  readonly candidates: readonly Candidate[];
}

interface Evaluation {
  readonly corpus: DemoCorpus;
  readonly pool: CandidatePool;
  readonly ranked: readonly Ranked[];
  readonly seconds: { generate: number; pool: number; read: number; rank: number };
}

let cached: Evaluation | null = null;

function evaluation(): Evaluation {
  if (cached) return cached;
  let t = performance.now();
  const corpus = generateCorpus({ size: SIZE, seed: SEED, reference });
  const generate = (performance.now() - t) / 1000;
  t = performance.now();
  const pool = new CandidatePool(corpus.communications.map(demoCommunicationFacts));
  const poolSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const read = corpus.replies.map((r) => readReply(r, corpus, reference));
  const readSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const ranked = read.map((x) => ({ read: x, candidates: pool.rank(x.facts, 10) }));
  const rank = (performance.now() - t) / 1000;
  cached = { corpus, pool, ranked, seconds: { generate, pool: poolSeconds, read: readSeconds, rank } };
  return cached;
}

interface Tally {
  replies: number;
  pairs: number;
  linked: number;
  correct: number;
  top1: number;
  top3: number;
  review: number;
}

function groupsOf(r: DemoReply, corpus: DemoCorpus): string[] {
  const c = (i: number): DemoCommunication => corpus.communications[i] as DemoCommunication;
  const groups = [`style: ${r.citation.style}`];
  if (r.citation.wrongReference) groups.push('hard: wrong reference');
  const sameDay = r.answers.some((i) => corpus.communications.some((o) => o.index !== i && o.addressee.code === c(i).addressee.code && o.dateSent === c(i).dateSent));
  if (sameDay) groups.push('hard: letters to the State that day > 1');
  if (r.answers.length > 1) groups.push('hard: one reply, two letters');
  if (r.answers.some((i) => (Date.parse(r.dateReceived) - Date.parse(c(i).dateSent)) / 86_400_000 > 365)) groups.push('hard: late reply > 1 year');
  if (r.sender.code === 'OTH') groups.push('hard: non-State actor');
  if (r.isSeed) groups.push('hard: seed reply');
  return groups;
}

test(`linking: ${SIZE} communications, every reply read by understand(), auto-links ≥ 99 % precise, ≥ 90 % recall, top-3 ≥ 98 %`, () => {
  const { corpus, ranked, seconds } = evaluation();
  const tallies = new Map<string, Tally>();
  const sweep = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99].map((threshold) => ({ threshold, linked: 0, correct: 0 }));
  let pairs = 0;
  for (const { read, candidates } of ranked) {
    const r = read.reply;
    const truth = new Set(r.answers);
    const auto = autoLinks(candidates);
    pairs += truth.size;
    for (const s of sweep) {
      for (const c of candidates) {
        if (c.score < s.threshold) continue;
        s.linked++;
        if (truth.has(c.communicationId)) s.correct++;
      }
    }
    for (const name of ['all', ...groupsOf(r, corpus)]) {
      const t = tallies.get(name) ?? { replies: 0, pairs: 0, linked: 0, correct: 0, top1: 0, top3: 0, review: 0 };
      t.replies++;
      t.pairs += truth.size;
      t.linked += auto.length;
      t.correct += auto.filter((c) => truth.has(c.communicationId)).length;
      if (candidates[0] && truth.has(candidates[0].communicationId)) t.top1++;
      if (candidates.slice(0, 3).some((c) => truth.has(c.communicationId))) t.top3++;
      if (auto.length === 0) t.review++;
      tallies.set(name, t);
    }
  }
  const order = ['all', 'style: reference', 'style: date', 'style: mandates', 'style: none'];
  const rows = [...tallies.entries()].sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  console.log(`\nLinking ${corpus.replies.length} replies against ${corpus.communications.length} communications (seed ${SEED}), AUTO_LINK_THRESHOLD = ${AUTO_LINK_THRESHOLD}`);
  console.log(table(['group', 'replies', 'true pairs', 'auto links', 'precision', 'recall', 'top-1', 'top-3', 'to review'], rows.map(([name, t]) => [
    name, t.replies, t.pairs, t.linked, percent(t.correct, t.linked), percent(t.correct, t.pairs), percent(t.top1, t.replies), percent(t.top3, t.replies), percent(t.review, t.replies),
  ])));
  console.log('\nThreshold sweep (automatic links at each threshold):');
  console.log(table(['threshold', 'auto links', 'wrong', 'precision', 'recall'], sweep.map((s) => [s.threshold, s.linked, s.linked - s.correct, percent(s.correct, s.linked), percent(s.correct, pairs)])));
  const perReply = (1000 * seconds.rank) / ranked.length;
  console.log(`\nTimes: corpus ${seconds.generate.toFixed(1)} s, pool of ${corpus.communications.length} ${(1000 * seconds.pool).toFixed(0)} ms, ` +
    `understand() ${(1000 * seconds.read / ranked.length).toFixed(2)} ms per reply, rank ${perReply.toFixed(3)} ms per reply\n`);

  const all = tallies.get('all') as Tally;
  assert.ok(all.correct / all.linked >= 0.99, `precision ${percent(all.correct, all.linked)}`);
  assert.ok(all.correct / all.pairs >= 0.9, `recall ${percent(all.correct, all.pairs)}`);
  assert.ok(all.top3 / all.replies >= 0.98, `top-3 ${percent(all.top3, all.replies)}`);
  assert.ok(perReply < 1, `rank takes ${perReply.toFixed(3)} ms per reply`);
});

test('the seed reply (the real note, citing only "the joint communication … dated 22 March 2024") ranks its letter first and links it', () => {
  const { corpus, ranked } = evaluation();
  const seed = ranked.find((x) => x.read.reply.isSeed);
  assert.ok(seed, 'the corpus has its seed reply');
  const letter = corpus.communications[seed.read.reply.answers[0] ?? -1];
  assert.equal(letter?.addressee.code, 'PRK');
  assert.equal(letter?.dateSent, '2024-03-22');
  const top = seed.candidates[0];
  console.log(`\nSeed reply, its first three candidates:\n${seed.candidates.slice(0, 3).map((c) => `  ${c.score.toFixed(4)} #${c.communicationId}: ${c.reasons.join('; ')}`).join('\n')}\n`);
  assert.equal(top?.communicationId, letter?.index);
  assert.ok(top.reasons.includes('cites the date 22 March 2024 = date sent'));
  assert.ok(top.reasons.includes('joint, as the note says'));
  assert.deepEqual(autoLinks(seed.candidates).map((c) => c.communicationId), [letter?.index]);
});

test('a wrong reference (number off by one to three) does not beat a perfect date match', () => {
  const { corpus, ranked } = evaluation();
  let cases = 0;
  let right = 0;
  let shared = 0;
  let sharedRight = 0;
  for (const { read, candidates } of ranked) {
    const r = read.reply;
    const truth = corpus.communications[r.answers[0] ?? -1];
    if (!r.citation.wrongReference || r.answers.length > 1 || !truth || !read.facts.citedDates.includes(truth.dateSent)) continue;
    const first = candidates[0]?.communicationId === truth.index;
    // When the wrongly cited letter went out the same day, the date cannot tell them apart.
    const sameDay = corpus.communications.filter((c) => c.addressee.code === truth.addressee.code && c.dateSent === truth.dateSent).length > 1;
    if (sameDay) {
      shared++;
      if (first) sharedRight++;
      continue;
    }
    cases++;
    if (first) right++;
  }
  console.log(`\nWrong reference, the letter's date cited: ${right} of ${cases} rank the letter of that date first` +
    ` (and ${sharedRight} of ${shared} where the wrongly cited letter was sent the same day)\n`);
  assert.ok(cases > 20);
  assert.equal(right, cases);
});

test('stance read by understand() on the demo replies: ≥ 85 % per language', () => {
  const { ranked } = evaluation();
  const byLanguage = new Map<string, { ok: number; total: number }>();
  const confusion = new Map<string, number>();
  for (const { read } of ranked) {
    const r = read.reply;
    if (r.isSeed) continue;
    const got = read.understanding.stance?.value ?? 'none';
    const cell = byLanguage.get(r.language) ?? { ok: 0, total: 0 };
    cell.total++;
    if (got === r.stance) cell.ok++;
    else confusion.set(`${r.language} ${r.stance} → ${got}`, (confusion.get(`${r.language} ${r.stance} → ${got}`) ?? 0) + 1);
    byLanguage.set(r.language, cell);
  }
  const languages = ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'ko'];
  console.log('\nStance accuracy per language (truth: reply.stance):');
  console.log(table(['language', 'replies', 'correct', 'accuracy'], languages.map((l) => {
    const c = byLanguage.get(l) ?? { ok: 0, total: 0 };
    return [l, c.total, c.ok, percent(c.ok, c.total)];
  })));
  if (confusion.size > 0) console.log([...confusion.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, n]) => `${k}: ${n}`).join('\n'));
  for (const l of languages) {
    const c = byLanguage.get(l);
    assert.ok(c && c.total > 0, `replies in ${l}`);
    assert.ok(c.ok / c.total >= 0.85, `stance in ${l}: ${percent(c.ok, c.total)}`);
  }
});

test(`follow-ups: letters citing earlier letters, read by understand() from every ${FOLLOW_UP_SAMPLE}th letter's text`, () => {
  const { corpus, pool } = evaluation();
  const byIndex = (i: number): DemoCommunication => corpus.communications[i] as DemoCommunication;
  let letters = 0;
  let truePairs = 0;
  let found = 0;
  let correct = 0;
  let top1 = 0;
  let withTruth = 0;
  const started = performance.now();
  for (const c of corpus.communications) {
    if (c.index % FOLLOW_UP_SAMPLE !== 0) continue;
    letters++;
    const u = understand(letterDocument(c, byIndex, corpus.seed).text, { reference, languages: [c.language] });
    const candidates = followedUp(u, pool, { id: c.index });
    const linked = candidates.filter((x) => x.score >= 0.5);
    const truth = new Set(c.followsUp);
    truePairs += truth.size;
    found += linked.length;
    correct += linked.filter((x) => truth.has(x.communicationId)).length;
    if (truth.size > 0) {
      withTruth++;
      if (candidates[0] && truth.has(candidates[0].communicationId)) top1++;
    }
  }
  const ms = (performance.now() - started) / letters;
  console.log(`\nFollow-ups on ${letters} letters (${withTruth} follow an earlier one), links at score ≥ 0.5, ${ms.toFixed(2)} ms per letter (render + understand + match):`);
  console.log(table(['letters', 'true pairs', 'found', 'precision', 'recall', 'earlier letter first'], [[letters, truePairs, found, percent(correct, found), percent(correct, truePairs), percent(top1, withTruth)]]));
  assert.ok(withTruth > 100);
  assert.ok(correct / found >= 0.98, `precision ${percent(correct, found)}`);
  assert.ok(correct / truePairs >= 0.95, `recall ${percent(correct, truePairs)}`);
});
