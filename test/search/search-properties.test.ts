import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays, communicationPublicDate, parseIsoDate, replyPublicDate, type IsoDate, type Stance, type Viewer } from '../../src/domain/index.js';
import { createRandom } from '../../src/demo/random.js';
import { loadReferenceData } from '../../src/reference/load.js';
import type { QueryNode } from '../../src/search/query-ast.js';
import { formatQuery } from '../../src/search/query-parser.js';
import { search } from '../../src/search/service.js';
import type { Store } from '../../src/store/ports.js';
import { addLetter, addReply, indexAll, state } from '../support/search-fixtures.js';
import { freshStore } from '../support/stores.js';

/**
 * Properties over random multilingual records and random queries:
 * - SQLite and PostgreSQL return the same hits, totals and facet counts;
 * - the public gets exactly the matching records that are public on the day, never one more,
 *   and facet counts tally only those.
 */

const reference = loadReferenceData().reference;

/** Words in many scripts, with variants the analyzer must fold together. */
const VOCABULARY = [
  'torture', 'tortures', 'detention', 'detained', 'women', "women's", 'rights', 'right', 'defender', 'defenders', 'Geneva', 'Genève',
  'état', 'ÉTAT', 'arrestations', 'derechos', 'defensores', 'задержание', 'задержании', 'правозащитников', 'права',
  'الأمم', 'الامم', 'الأُمَم', 'المتحدة', 'حقوق', '人权', '联合国人权', '高级专员', '인민', '조선민주주의인민공화국', '특별보고관',
  '人権', '弁務官', 'ジュネーブ', 'สิทธิมนุษยชน', 'law', 'lawyer', 'journalist', 'journalistes', 'mining', 'water', 'covid-19',
];
const COUNTRIES = ['PRK', 'CHN', 'EGY', 'RUS', 'FRA', 'BRA'] as const;
const MANDATES = ['sr-torture', 'sr-hrds', 'wg-arbitrary-detention', 'sr-expression'] as const;
const STANCES: Stance[] = ['rejects', 'substantive', 'acknowledges', 'partial'];

interface RecordFacts {
  readonly kind: 'communication' | 'reply';
  readonly id: number;
  readonly country: string;
  readonly publicOn: IsoDate | null;
}

async function loadRandomRecords(store: Store, seed: string): Promise<RecordFacts[]> {
  const random = createRandom(seed);
  const text = (n: number) => Array.from({ length: n }, () => random.pick(VOCABULARY)).join(random.chance(0.3) ? '' : ' ');
  const facts: RecordFacts[] = [];
  const letters: { id: number; country: string; sent: IsoDate; publication: { state: 'sent'; dateSent: IsoDate; publication: { publishedEarlyOn: IsoDate | null; confidentialHold: { reason: string } | null } } }[] = [];
  for (let i = 0; i < 40; i++) {
    const country = random.pick(COUNTRIES);
    const sent = addDays(parseIsoDate('2023-01-01'), random.int(0, 900));
    const hold = random.chance(0.1) ? 'victim protection' : undefined;
    const earlyOn = random.chance(0.15) ? addDays(sent, random.int(1, 30)) : undefined;
    const id = await addLetter(store, {
      to: state(country, country), sent, type: random.pick(['UA', 'AL', 'OL', 'JAL'] as const), mandates: random.sample(MANDATES, random.int(1, 2)),
      subject: text(3), language: random.pick(['en', 'fr', 'es']), pages: Array.from({ length: random.int(0, 3) }, () => text(random.int(3, 12))), hold, earlyOn,
    });
    const publication = { state: 'sent' as const, dateSent: sent, publication: { publishedEarlyOn: earlyOn ? parseIsoDate(earlyOn) : null, confidentialHold: hold ? { reason: hold } : null } };
    letters.push({ id, country, sent, publication });
    facts.push({ kind: 'communication', id, country, publicOn: communicationPublicDate(publication) });
  }
  for (let i = 0; i < 30; i++) {
    const letter = random.pick(letters);
    const received = addDays(letter.sent, random.int(5, 120));
    const confidential = random.chance(0.15);
    const id = await addReply(store, {
      from: state(letter.country, letter.country), received, answers: [letter.id], stance: random.pick(STANCES), confidential,
      languages: [random.pick(['en', 'fr', 'ru', 'ar', 'zh', 'ko'])], pages: Array.from({ length: random.int(1, 2) }, () => text(random.int(3, 12))),
    });
    facts.push({ kind: 'reply', id, country: letter.country, publicOn: replyPublicDate({ dateReceived: received, confidential }, [letter.publication]) });
  }
  await indexAll(store);
  return facts;
}

const word = fc.constantFrom(...VOCABULARY);
const textNode: fc.Arbitrary<QueryNode> = fc.oneof(
  word.map((text) => ({ kind: 'word' as const, text })),
  fc.tuple(word, word).map(([a, b]) => ({ kind: 'phrase' as const, text: `${a} ${b}` })),
  word.filter((w) => [...w].length >= 3 && !w.includes("'") && !w.includes('-')).map((w) => ({ kind: 'prefix' as const, text: [...w].slice(0, 3).join('') })),
);
const fieldNode: fc.Arbitrary<QueryNode> = fc.oneof(
  fc.subarray([...COUNTRIES], { minLength: 1, maxLength: 2 }).map((values) => ({ kind: 'field' as const, field: 'country' as const, values })),
  fc.constantFrom(...MANDATES).map((m) => ({ kind: 'field' as const, field: 'mandate' as const, values: [m] })),
  fc.constantFrom('2023', '2024', '2025').map((y) => ({ kind: 'field' as const, field: 'year' as const, values: [y] })),
  fc.constantFrom('yes', 'no', 'overdue', 'pending').map((v) => ({ kind: 'field' as const, field: 'replied' as const, values: [v] })),
  fc.constantFrom(...STANCES).map((v) => ({ kind: 'field' as const, field: 'stance' as const, values: [v] })),
  fc.constantFrom('communication', 'reply').map((v) => ({ kind: 'field' as const, field: 'kind' as const, values: [v] })),
  fc.constantFrom('AL', 'UA', 'JAL').map((v) => ({ kind: 'field' as const, field: 'type' as const, values: [v] })),
  fc.constantFrom('2023-06-01', '2024-03-15').map((v) => ({ kind: 'field' as const, field: 'from' as const, values: [v] })),
);
const leaf = fc.oneof({ weight: 3, arbitrary: textNode }, { weight: 2, arbitrary: fieldNode });
const queryNode: fc.Arbitrary<QueryNode> = fc.oneof(
  leaf,
  fc.array(fc.oneof(leaf, leaf.map((child) => ({ kind: 'not' as const, child }))), { minLength: 2, maxLength: 4 }).map((children) => ({ kind: 'and' as const, children })),
  fc.array(leaf, { minLength: 2, maxLength: 3 }).map((children) => ({ kind: 'or' as const, children })),
  fc.tuple(fc.array(leaf, { minLength: 2, maxLength: 2 }), leaf).map(([alternatives, other]) => ({ kind: 'and' as const, children: [{ kind: 'or' as const, children: alternatives }, { kind: 'not' as const, child: other }] })),
);
const viewer: fc.Arbitrary<Viewer> = fc.oneof(
  fc.constant<Viewer>({ role: 'public' }),
  fc.constant<Viewer>({ role: 'secretariat' }),
  fc.constantFrom(...COUNTRIES).map((stateCode): Viewer => ({ role: 'mission', stateCode })),
  fc.constantFrom(...MANDATES).map((m): Viewer => ({ role: 'mandate-holder', mandateIds: [m] })),
);
const today = fc.integer({ min: 0, max: 1300 }).map((n) => addDays(parseIsoDate('2023-01-01'), n));
const FACETS = ['country', 'mandate', 'type', 'year', 'replied', 'stance', 'lang', 'kind'] as const;

describe('search properties', () => {
  let sqlite: Store;
  let postgres: Store;
  let facts: RecordFacts[];

  before(async () => {
    sqlite = await freshStore('sqlite');
    postgres = await freshStore('postgres');
    facts = await loadRandomRecords(sqlite, 'search-properties');
    const again = await loadRandomRecords(postgres, 'search-properties');
    assert.deepEqual(again, facts, 'the same records, with the same ids, in both stores');
  });
  after(async () => {
    await sqlite.close();
    await postgres.close();
  });

  const run = (store: Store, q: string, v: Viewer, day: IsoDate) =>
    search(store, { referenceData: reference }, { q, viewer: v, today: day, sort: 'date', limit: 100, facets: [...FACETS], snippets: false });

  test('SQLite and PostgreSQL return identical hits, totals and facets', async () => {
    let nonEmpty = 0;
    await fc.assert(fc.asyncProperty(queryNode, viewer, today, async (node, v, day) => {
      const q = formatQuery(node);
      const [a, b] = await Promise.all([run(sqlite, q, v, day), run(postgres, q, v, day)]);
      assert.deepEqual(b.hits.map((h) => h.key), a.hits.map((h) => h.key), q);
      assert.equal(b.total, a.total, q);
      assert.deepEqual(b.facets, a.facets, q);
      if ((a.total ?? 0) > 0) nonEmpty++;
    }), { numRuns: 300 });
    assert.ok(nonEmpty > 60, `only ${nonEmpty} of 300 queries found something: the property would prove little`);
  });

  test('the public gets exactly the matching records public that day, and facets count only them', async () => {
    const byKey = new Map(facts.map((f) => [f.kind === 'communication' ? f.id * 2 : f.id * 2 + 1, f]));
    let hidden = 0;
    await fc.assert(fc.asyncProperty(queryNode, today, async (node, day) => {
      const q = formatQuery(node);
      if (/replied:/.test(q)) return; // a communication's reply status itself depends on the viewer
      const everything = await run(sqlite, q, { role: 'secretariat' }, day);
      const expected = everything.hits.filter((h) => {
        const f = byKey.get(h.key);
        return f !== undefined && f.publicOn !== null && f.publicOn <= day;
      });
      hidden += everything.hits.length - expected.length;
      const seen = await run(sqlite, q, { role: 'public' }, day);
      assert.deepEqual(seen.hits.map((h) => h.key), expected.map((h) => h.key), q);
      assert.equal(seen.total, expected.length);
      const countries = new Map<string, number>();
      for (const h of expected) {
        const c = byKey.get(h.key)?.country ?? '';
        countries.set(c, (countries.get(c) ?? 0) + 1);
      }
      assert.deepEqual(new Map((seen.facets.country ?? []).map((f) => [f.value, f.count])), countries, q);
      const kinds = (seen.facets.kind ?? []).reduce((sum, f) => sum + f.count, 0);
      assert.equal(kinds, expected.length);
    }), { numRuns: 300 });
    assert.ok(hidden > 50, `only ${hidden} non-public matches were generated: the property would prove little`);
  });
});
