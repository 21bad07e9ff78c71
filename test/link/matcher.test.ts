import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIsoDate } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { understand } from '../../src/understand/index.js';
import { AUTO_LINK_THRESHOLD, autoLinks, CandidatePool, replyFactsFrom, type CommunicationFacts, type ReplyFacts } from '../../src/link/index.js';
import { SEED_NOTE } from './demo-corpus.js';

const { reference } = loadReferenceData();

let nextId = 1;
function letter(key: string, dateSent: string, more: Partial<CommunicationFacts> = {}): CommunicationFacts {
  const m = /^(\w+) ([A-Z]{3}) (\d+)\/(\d{4})$/.exec(key);
  if (!m) throw new Error(`bad key ${key}`);
  return {
    id: nextId++, type: m[1] ?? 'AL', code: m[2] ?? '', number: Number(m[3]), year: Number(m[4]), legacyReference: null,
    addresseeName: m[2] === 'OTH' ? 'Examplar Mining Corporation' : (m[2] ?? ''), dateSent: parseIsoDate(dateSent),
    mandateIds: ['sr-expression', 'sr-hrds'], text: 'the arbitrary detention of a journalist: Ana Silva. Record.', ...more,
  };
}

function note(more: Partial<ReplyFacts>): ReplyFacts {
  return {
    senderCode: 'PRK', senderName: 'Permanent Mission', dateOnNote: parseIsoDate('2024-05-16'), dateReceived: parseIsoDate('2024-05-17'),
    citedReferences: [], citedDates: [], citedMandates: [], joint: true, text: '', ...more,
  };
}

/** Letters to the DPRK in 2024, with a few to others around them. */
const prk4 = letter('AL PRK 4/2024', '2024-03-22', { mandateIds: ['sr-dprk', 'wg-discrimination-women', 'sr-violence-women'], text: "violations of women's rights. Record." });
const prk5 = letter('UA PRK 5/2024', '2024-04-02', { mandateIds: ['sr-dprk', 'sr-torture'], text: 'allegations of torture in pre-trial detention. Record.' });
const prk3 = letter('OL PRK 3/2024', '2024-03-01', { mandateIds: ['sr-expression'], text: 'a draft law on reactionary thought. Record.' });
const prk6 = letter('AL PRK 6/2024', '2024-06-10');
const chn = letter('AL CHN 12/2024', '2024-03-22');
const prkOld = letter('JUA PRK 7/2016', '2016-05-03', { legacyReference: 'JUA Dprk (2004-5) Torture (1985-4) PRK 7/2016', mandateIds: ['sr-dprk', 'sr-torture'] });
const pool = new CandidatePool([prk3, prk4, prk5, prk6, chn, prkOld]);

function top(facts: ReplyFacts): { id: number | undefined; score: number; reasons: readonly string[] } {
  const first = pool.rank(facts)[0];
  return { id: first?.communicationId, score: first?.score ?? 0, reasons: first?.reasons ?? [] };
}

test('an exact reference ranks its letter first, with a reason a person can read', () => {
  const first = top(note({ citedReferences: ['AL PRK 4/2024'] }));
  assert.equal(first.id, prk4.id);
  assert.ok(first.score >= AUTO_LINK_THRESHOLD, `score ${first.score}`);
  assert.ok(first.reasons.includes('cites AL PRK 4/2024 exactly'), first.reasons.join(' | '));
  assert.ok(first.reasons.includes('same State (PRK)'));
  assert.ok(first.reasons.includes('sent 55 days before the note'));
});

test('a reference written otherwise finds its letter: other separators, no type, full-width, legacy form', () => {
  for (const written of ['AL/PRK/4/2024', 'AL-PRK-4/2024', 'PRK 4/2024', 'ＡＬ ＰＲＫ ４/２０２４']) {
    const first = top(note({ citedReferences: [written] }));
    assert.equal(first.id, prk4.id, written);
    assert.ok(first.score >= AUTO_LINK_THRESHOLD, `${written}: ${first.score}`);
  }
  assert.ok(top(note({ citedReferences: ['PRK 4/2024'] })).reasons.includes('cites PRK 4/2024, its reference without the type'));
  const legacy = top(note({ citedReferences: ['JUA Dprk (2004-5) Torture (1985-4) PRK 7/2016'], citedDates: [], joint: true }));
  assert.equal(legacy.id, prkOld.id, 'a legacy reference, eight years later, still links');
  assert.ok(legacy.score >= AUTO_LINK_THRESHOLD, `legacy: ${legacy.score}`);
  assert.ok(legacy.reasons.includes('sent 8.0 years before the note'), legacy.reasons.join(' | '));
  assert.ok(top(note({ citedReferences: ['JUA PRK 7/2016'] })).reasons.includes("cites JUA PRK 7/2016, its reference without the mandates' file tokens"));
});

test('a reference cited with the year it was sent rather than the year it was numbered still finds the letter', () => {
  const numbered2023 = letter('AL KHM 41/2023', '2024-01-04');
  const other = letter('AL KHM 2/2024', '2024-01-20');
  const cited = new CandidatePool([numbered2023, other]).rank(note({ senderCode: 'KHM', citedReferences: ['AL KHM 41/2024'] }));
  assert.equal(cited[0]?.communicationId, numbered2023.id);
  assert.match(cited[0]?.reasons.join(' | ') ?? '', /its number with the year 2024 for 2023/);
});

test('a wrong reference (a neighbouring number) does not beat a perfect date match', () => {
  const ranked = pool.rank(note({ citedReferences: ['AL PRK 5/2024'], citedDates: [parseIsoDate('2024-03-22')] }));
  assert.equal(ranked[0]?.communicationId, prk4.id);
  assert.ok(ranked[0]?.reasons.includes('cites the date 22 March 2024 = date sent'));
  assert.ok(ranked[0]?.reasons.some((r) => r.includes('1 off its number 4 (a wrong reference?)')));
  assert.ok((ranked[0]?.score ?? 0) > 0.9, `score ${ranked[0]?.score}`);
});

test('a cited date a few days from the date sent still points at the letter, with the gap in words', () => {
  const first = top(note({ citedDates: [parseIsoDate('2024-03-23')] }));
  assert.equal(first.id, prk4.id);
  assert.ok(first.reasons.includes('cites 23 March 2024, 1 day from the date sent (22 March 2024)'), first.reasons.join(' | '));
});

test('the sender is a hard filter: a letter to another State on the cited date is no candidate', () => {
  const ranked = pool.rank(note({ citedDates: [parseIsoDate('2024-03-22')] }));
  assert.ok(!ranked.some((c) => c.communicationId === chn.id));
  assert.equal(ranked[0]?.communicationId, prk4.id);
  assert.deepEqual(new CandidatePool([chn]).rank(note({ citedDates: [parseIsoDate('2024-03-22')] })), []);
});

test('a reply follows its letter: letters sent after the note are no candidates', () => {
  const ranked = pool.rank(note({ citedReferences: ['AL PRK 6/2024'] }));
  assert.ok(!ranked.some((c) => c.communicationId === prk6.id));
  assert.deepEqual(autoLinks(ranked), [], 'the note cites a letter not yet sent: to review');
});

test('named mandates and "joint" point at the letter that has them', () => {
  const first = top(note({ citedMandates: ['sr-dprk', 'sr-torture'], joint: true }));
  assert.equal(first.id, prk5.id);
  assert.ok(first.reasons.includes('names all its 2 mandates'));
  assert.ok(first.reasons.includes('joint, as the note says'));
  const some = pool.rank(note({ citedMandates: ['sr-dprk'], joint: true })).find((c) => c.communicationId === prk4.id);
  assert.ok(some?.reasons.includes('names 1 of its 3 mandates'));
});

test('a note citing nothing is matched by the subject it repeats and its timing, and stays below the threshold when unsure', () => {
  const echo = pool.rank(note({ joint: false, text: 'The Government rejects the allegations concerning the allegations of torture in pre-trial detention.' }));
  assert.equal(echo[0]?.communicationId, prk5.id);
  assert.match(echo[0]?.reasons.join(' | ') ?? '', /the note repeats its subject \(allegations, torture, pre, trial, detention\)|the note repeats its subject/);
  const silent = pool.rank(note({ joint: false, text: 'The Government rejects the allegations.' }));
  assert.deepEqual(autoLinks(silent), [], 'nothing cited, nothing repeated: to review');
  assert.deepEqual(silent.map((c) => c.communicationId).sort(), [prk3.id, prk4.id, prk5.id].sort(), 'the letters of the last years are offered for review');
});

test('one note answering two letters yields two automatic links; two letters sent the same day and cited by date go to review', () => {
  const both = autoLinks(pool.rank(note({ citedReferences: ['AL PRK 4/2024', 'UA PRK 5/2024'] })));
  assert.deepEqual(both.map((c) => c.communicationId).sort(), [prk4.id, prk5.id].sort());
  const twoDates = autoLinks(pool.rank(note({ citedDates: [parseIsoDate('2024-03-22'), parseIsoDate('2024-04-02')] })));
  assert.deepEqual(twoDates.map((c) => c.communicationId).sort(), [prk4.id, prk5.id].sort());

  const twin = letter('AL PRK 9/2024', '2024-03-22', { mandateIds: ['sr-dprk', 'sr-health'] });
  const ranked = new CandidatePool([prk4, twin, prk5]).rank(note({ citedDates: [parseIsoDate('2024-03-22')] }));
  assert.deepEqual(autoLinks(ranked), []);
  assert.deepEqual(ranked.slice(0, 2).map((c) => c.communicationId).sort(), [prk4.id, twin.id].sort());
});

test('a non-State actor\'s reply is compared by name with the letters to non-State actors', () => {
  const mine = letter('AL OTH 3/2024', '2024-02-01', { addresseeName: 'Examplar Mining Corporation (demo)' });
  const other = letter('AL OTH 4/2024', '2024-02-01', { addresseeName: 'Northwind Palm Oil Ltd (demo)' });
  const facts = note({ senderCode: 'OTH', senderName: 'Examplar Mining Corporation', citedDates: [parseIsoDate('2024-02-01')], joint: true });
  const ranked = new CandidatePool([mine, other]).rank(facts);
  assert.deepEqual(ranked.map((c) => c.communicationId), [mine.id]);
  assert.ok((ranked[0]?.score ?? 0) >= AUTO_LINK_THRESHOLD);
  assert.match(ranked[0]?.reasons[0] ?? '', /^addressed to Examplar Mining Corporation \(demo\) \(names \d+ % alike\)$/);
});

test('a non-State actor\'s reply whose name was not read is compared with every letter to non-State actors', () => {
  const a = letter('AL OTH 3/2024', '2024-02-01', { addresseeName: 'Examplar Mining Corporation (demo)' });
  const b = letter('AL OTH 4/2024', '2024-02-01', { addresseeName: 'Northwind Palm Oil Ltd (demo)' });
  const ranked = new CandidatePool([a, b]).rank(note({ senderCode: 'OTH', senderName: '', citedDates: [parseIsoDate('2024-02-01')] }));
  assert.equal(ranked.length, 2);
  assert.deepEqual(autoLinks(ranked), [], 'two actors written to that day: to review');
  assert.ok(ranked[0]?.reasons.some((r) => r.endsWith("the note's sender was not named")));
});

test('an empty pool offers nothing', () => {
  assert.deepEqual(new CandidatePool([]).rank(note({ citedReferences: ['AL PRK 4/2024'] })), []);
});

test('a note whose sender was not read is matched through the references it cites', () => {
  const ranked = pool.rank(note({ senderCode: null, senderName: '', citedReferences: ['AL PRK 4/2024'] }));
  assert.equal(ranked[0]?.communicationId, prk4.id);
  assert.ok(ranked[0]?.reasons.includes("addressed to PRK; the note's sender was not read"));
});

test('scores are probabilities over the candidates: in [0, 1], best first, summing to at most 1 for a one-letter note', () => {
  for (const facts of [note({ citedReferences: ['AL PRK 4/2024'] }), note({ citedDates: [parseIsoDate('2024-03-22')] }), note({ joint: false })]) {
    const ranked = pool.rank(facts);
    assert.ok(ranked.every((c) => c.score >= 0 && c.score <= 1 && c.reasons.length > 0));
    assert.deepEqual([...ranked].sort((a, b) => b.score - a.score), ranked);
    assert.ok(ranked.reduce((sum, c) => sum + c.score, 0) <= 1 + 1e-9);
  }
  assert.equal(pool.rank(note({ citedReferences: ['AL PRK 4/2024'] }), 1).length, 1, 'limit');
});

test('the seed note verbale, read by understand(), ranks the joint communication to the DPRK of 22 March 2024 first', () => {
  const u = understand(SEED_NOTE, { reference, languages: ['en', 'ko'] });
  const facts = replyFactsFrom(u, { dateReceived: parseIsoDate('2024-05-17'), text: SEED_NOTE });
  assert.equal(facts.senderCode, 'PRK');
  assert.equal(facts.dateOnNote, '2024-05-16');
  assert.deepEqual(facts.citedDates, ['2024-03-22']);
  assert.deepEqual(facts.citedReferences, []);
  assert.equal(facts.joint, true);
  // Decoys: a one-mandate letter the same day, a joint one two days before, one to China that day.
  const single = letter('OL PRK 5/2024', '2024-03-22', { mandateIds: ['sr-expression'], text: 'a draft law on the internet. Record.' });
  const before = letter('AL PRK 3/2024', '2024-03-20', { mandateIds: ['sr-dprk', 'sr-torture'], text: 'allegations of torture in pre-trial detention. Record.' });
  const ranked = new CandidatePool([before, prk4, single, chn]).rank(facts);
  assert.equal(ranked[0]?.communicationId, prk4.id);
  assert.deepEqual(autoLinks(ranked).map((c) => c.communicationId), [prk4.id]);
  assert.ok(ranked[0]?.reasons.includes('cites the date 22 March 2024 = date sent'));
  assert.ok(ranked[0]?.reasons.includes('joint, as the note says'));
});

test('replyFactsFrom takes the sender from the intake when it knows better', () => {
  const u = understand(SEED_NOTE, { reference, languages: ['en', 'ko'] });
  const facts = replyFactsFrom(u, { senderCode: 'KOR', senderName: 'As registered', dateReceived: parseIsoDate('2024-05-17'), text: 'x' });
  assert.equal(facts.senderCode, 'KOR');
  assert.equal(facts.senderName, 'As registered');
  assert.equal(facts.text, 'x');
});
