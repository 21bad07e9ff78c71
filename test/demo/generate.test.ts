import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysBetween, parseReference, referenceKey } from '../../src/domain/index.js';
import { generateCorpus } from '../../src/demo/generate.js';
import { loadReferenceData } from '../../src/reference/load.js';

const { reference } = loadReferenceData();
const corpus = generateCorpus({ size: 3000, seed: 'test', reference });
const { communications, replies } = corpus;

describe('demo generator', () => {
  test('gives exactly the requested number of communications, deterministically for a seed', () => {
    assert.equal(communications.length, 3000);
    const again = generateCorpus({ size: 3000, seed: 'test', reference });
    assert.deepEqual(again, corpus);
    assert.notDeepEqual(generateCorpus({ size: 3000, seed: 'other', reference }).communications.slice(0, 20), communications.slice(0, 20));
  });

  test('spans 2011–2026 with valid, unique, consecutive references per addressee and year', () => {
    const years = new Set(communications.map((c) => c.year));
    for (let y = 2011; y <= 2026; y++) assert.ok(years.has(y), `year ${y}`);
    const keys = new Set<string>();
    const numbers = new Map<string, number[]>();
    for (const c of communications) {
      const written = c.legacyReference ?? `${c.type} ${c.addressee.code} ${c.number}/${c.year}`;
      const parsed = parseReference(written);
      assert.equal(referenceKey(parsed), `${c.addressee.code} ${c.number}/${c.year}`);
      assert.equal(c.legacyReference !== null, c.dateSent < '2017-03-01', written);
      keys.add(referenceKey(parsed));
      numbers.set(`${c.addressee.code} ${c.year}`, [...(numbers.get(`${c.addressee.code} ${c.year}`) ?? []), c.number]);
      if (c.addressee.kind === 'state') reference.country(c.addressee.code);
      c.mandateIds.forEach((id) => reference.mandate(id));
    }
    assert.equal(keys.size, communications.length);
    for (const [key, list] of numbers) assert.deepEqual(list, list.map((_, i) => i + 1), key);
  });

  test('replies answer earlier letters of their own sender, with every citation style and hard case', () => {
    const styles = new Set(replies.map((r) => r.citation.style));
    assert.deepEqual([...styles].sort(), ['date', 'mandates', 'none', 'reference']);
    for (const r of replies) {
      for (const i of r.answers) {
        const c = communications[i];
        assert.ok(c, `reply ${r.index} answers ${i}`);
        assert.ok(c.dateSent <= r.dateReceived, `reply ${r.index} comes after its letter`);
        assert.equal(c.addressee.code, r.sender.code);
      }
    }
    assert.ok(replies.some((r) => r.answers.length === 2), 'one reply answering two letters');
    assert.ok(replies.some((r) => r.citation.wrongReference), 'a wrong reference');
    assert.ok(replies.some((r) => communications[r.answers[0] ?? 0] && daysBetween(communications[r.answers[0] ?? 0]!.dateSent, r.dateReceived) > 365), 'a reply years late');
    assert.ok(replies.some((r) => r.stance === 'acknowledges'), 'acknowledgements');
    const sameDay = new Map<string, number>();
    for (const c of communications) sameDay.set(`${c.addressee.code} ${c.dateSent}`, (sameDay.get(`${c.addressee.code} ${c.dateSent}`) ?? 0) + 1);
    assert.ok([...sameDay.values()].some((n) => n > 1), 'several letters to one State on one day');
    assert.ok(communications.some((c) => c.followsUp.length > 0), 'follow-up letters');
    assert.ok(communications.some((c) => c.addressee.code === 'OTH'), 'non-State actors');
  });

  test('letters are in en, fr, es and replies in at least en, fr, es, ru, ar, zh, ko', () => {
    assert.deepEqual([...new Set(communications.map((c) => c.language))].sort(), ['en', 'es', 'fr']);
    const languages = new Set(replies.map((r) => r.language));
    for (const l of ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'ko']) assert.ok(languages.has(l as never), l);
  });

  test('includes the seed case: a joint letter to the DPRK of 22 March 2024 answered by note 0024, citing only its date', () => {
    const seeds = replies.filter((r) => r.isSeed);
    assert.equal(seeds.length, 1);
    const [seed] = seeds;
    const letter = communications[seed?.answers[0] ?? -1];
    assert.equal(letter?.addressee.code, 'PRK');
    assert.equal(letter?.dateSent, '2024-03-22');
    assert.ok((letter?.mandateIds.length ?? 0) > 1, 'joint');
    assert.equal(seed?.noteNumber, '0024');
    assert.equal(seed?.dateOnNote, '2024-05-16');
    assert.equal(seed?.citation.style, 'date');
    assert.equal(seed?.stance, 'rejects');
  });
});
