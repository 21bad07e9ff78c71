import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isMissiveError } from '../../src/domain/errors.js';
import { REFERENCE_TYPES } from '../../src/domain/reference.js';
import { STANCES } from '../../src/domain/reply.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { QUERY_FIELDS, QUERY_LANGUAGES, RECORD_KINDS, REPLIED_VALUES, type QueryField, type QueryNode } from '../../src/search/query-ast.js';
import { formatQuery, parseQuery } from '../../src/search/query-parser.js';

const ctx = { referenceData: loadReferenceData().reference };
const parse = (q: string): QueryNode | null => parseQuery(q, ctx);
const w = (text: string): QueryNode => ({ kind: 'word', text });
const ph = (text: string): QueryNode => ({ kind: 'phrase', text });
const pf = (text: string): QueryNode => ({ kind: 'prefix', text });
const f = (field: QueryField, ...values: string[]): QueryNode => ({ kind: 'field', field, values });
const and = (...children: QueryNode[]): QueryNode => ({ kind: 'and', children });
const or = (...children: QueryNode[]): QueryNode => ({ kind: 'or', children });
const not = (child: QueryNode): QueryNode => ({ kind: 'not', child });

/** The query is refused with INVALID_VALUE on field q, and the message says each of `parts`. */
function rejects(q: string, ...parts: (string | RegExp)[]): void {
  assert.throws(() => parse(q), (error: unknown) => {
    assert.ok(isMissiveError(error, 'INVALID_VALUE') && error.field === 'q' && error.value === q, `${q}: ${String(error)}`);
    for (const part of parts) {
      if (typeof part === 'string') assert.ok(error.message.includes(part), `${q}: "${error.message}" lacks "${part}"`);
      else assert.match(error.message, part);
    }
    return true;
  });
}

describe('query parser: words, OR, phrases', () => {
  test('an empty query is null: the caller lists everything', () => {
    for (const q of ['', '   ', '\t\n', '\u3000 \u00a0', '""', '“  ”', '-', '()']) assert.equal(parse(q), null, JSON.stringify(q));
  });

  test('words are all required; OR binds tighter than the implicit AND', () => {
    assert.deepEqual(parse('torture'), w('torture'));
    assert.deepEqual(parse('  torture   detention '), and(w('torture'), w('detention')));
    assert.deepEqual(parse('a OR b c'), and(or(w('a'), w('b')), w('c')));
    assert.deepEqual(parse('a b OR c'), and(w('a'), or(w('b'), w('c'))));
    assert.deepEqual(parse('a OR b OR c'), or(w('a'), w('b'), w('c')));
    assert.deepEqual(parse('a OR b c OR d'), and(or(w('a'), w('b')), or(w('c'), w('d'))));
  });

  test('only a bare upper-case OR is an operator (| is not one); a misplaced OR is an error', () => {
    assert.deepEqual(parse('a or b'), and(w('a'), w('or'), w('b')));
    assert.deepEqual(parse('a Or b'), and(w('a'), w('Or'), w('b')));
    assert.deepEqual(parse('a | b'), and(w('a'), w('|'), w('b')));
    assert.deepEqual(parse('"a OR b"'), ph('a OR b'));
    assert.deepEqual(parse('"OR"'), ph('OR'));
    assert.deepEqual(parse('ORDER ORbit'), and(w('ORDER'), w('ORbit')));
    rejects('OR a', 'OR at character 1', 'no term before it');
    rejects('a OR', 'OR at character 3', 'no term after it');
    rejects('a OR OR b', 'two ORs in a row at character 6');
    rejects('(OR a)', 'no term before it');
    rejects('(a OR) b', 'no term after it');
    rejects('a -OR b', 'write -"OR"');
  });

  test('quoted text is a phrase, trimmed; curly, angle and full-width quotes count; "" is ignored; an unclosed quote names its position', () => {
    assert.deepEqual(parse('"women\'s rights"'), ph("women's rights"));
    assert.deepEqual(parse('“ droits de l’homme ”'), ph('droits de l’homme'));
    assert.deepEqual(parse('«liberté d’expression»'), ph('liberté d’expression'));
    assert.deepEqual(parse('＂人权 理事会＂'), ph('人权 理事会'));
    assert.deepEqual(parse('a "" b'), and(w('a'), w('b')));
    assert.deepEqual(parse('say"hello world"now'), and(w('say'), ph('hello world'), w('now')));
    assert.deepEqual(parse('"(a OR b) -c"'), ph('(a OR b) -c'));
    rejects('torture "arbitrary detention', 'unclosed quote', 'character 9');
    rejects('«abc', 'unclosed quote', 'character 1');
  });
});

describe('query parser: negation, prefixes, groups', () => {
  test('-word, -"phrase", -field:value and -(group) are negations; double negation cancels', () => {
    assert.deepEqual(parse('-torture'), not(w('torture')));
    assert.deepEqual(parse('a -"death penalty"'), and(w('a'), not(ph('death penalty'))));
    assert.deepEqual(parse('-country:PRK'), not(f('country', 'PRK')));
    assert.deepEqual(parse('-(a OR b) c'), and(not(or(w('a'), w('b'))), w('c')));
    assert.deepEqual(parse('a OR -b'), or(w('a'), not(w('b'))));
    assert.deepEqual(parse('-(-a)'), w('a'));
    assert.deepEqual(parse('--a'), w('a'));
    assert.deepEqual(parse('-(-(-a))'), not(w('a')));
  });

  test('a lone dash or a dash inside a word is not a negation', () => {
    assert.deepEqual(parse('follow-up'), w('follow-up'));
    assert.deepEqual(parse('AL-PRK-1-2024'), w('AL-PRK-1-2024'));
    assert.deepEqual(parse('a - b'), and(w('a'), w('b')));
    assert.deepEqual(parse('a -- b -'), and(w('a'), w('b')));
    assert.deepEqual(parse('(a -)'), w('a'));
    assert.deepEqual(parse('-follow-up'), not(w('follow-up')));
  });

  test('word* is a prefix; a lone or inner star and a prefix under 2 characters are errors', () => {
    assert.deepEqual(parse('detent*'), pf('detent'));
    assert.deepEqual(parse('-droit* 인민*'), and(not(pf('droit')), pf('인민')));
    rejects('*', '"*" alone', 'detent*');
    rejects('a **', '"**" alone');
    rejects('de*tent', 'only allowed at the end');
    rejects('detent**', 'only allowed at the end');
    rejects('a*', 'prefix too short', '"a*"', '2 characters');
    rejects('인*', 'prefix too short');
  });

  test('parentheses group, nested and/or flatten; unbalanced ones name the position', () => {
    assert.deepEqual(parse('(a OR b) -c'), and(or(w('a'), w('b')), not(w('c'))));
    assert.deepEqual(parse('(a b) OR c'), or(and(w('a'), w('b')), w('c')));
    assert.deepEqual(parse('a (b (c d))'), and(w('a'), w('b'), w('c'), w('d')));
    assert.deepEqual(parse('(a OR b) OR (c OR d)'), or(w('a'), w('b'), w('c'), w('d')));
    assert.deepEqual(parse('((a))'), w('a'));
    assert.deepEqual(parse('a () b'), and(w('a'), w('b')));
    assert.deepEqual(parse('(a)(b)'), and(w('a'), w('b')));
    rejects('a (b OR c', 'parenthesis opened at character 3 is never closed');
    rejects('a b) c', 'closing parenthesis at character 4 has no opening one');
    rejects('(a))', 'character 4');
  });
});

describe('query parser: fields', () => {
  test('country: ISO-3 whatever the case, or OTH; alternatives with commas; fields combine with the rest', () => {
    assert.deepEqual(parse('country:prk'), f('country', 'PRK'));
    assert.deepEqual(parse('Country:PRK,chn,oth'), f('country', 'PRK', 'CHN', 'OTH'));
    assert.deepEqual(parse('country:PRK,prk'), f('country', 'PRK'));
    assert.deepEqual(parse('country:"FRA"'), f('country', 'FRA'));
    rejects('country:XYZ', 'country: "XYZ" is not a known ISO 3166-1 alpha-3 code (e.g. PRK, CHN, FRA; OTH for non-State actors)');
    rejects('country:PRX', 'close codes: PRI, PRK, PRT, PRY');
    rejects('country:PRK,ZZZ', '"ZZZ"');
    assert.deepEqual(parse('torture country:PRK OR country:CHN -replied:yes'),
      and(w('torture'), or(f('country', 'PRK'), f('country', 'CHN')), not(f('replied', 'yes'))));
    assert.deepEqual(parse('(type:UA year:2024)'), and(f('type', 'UA'), f('year', '2024')));
  });

  test('type, mandate, replied, stance, lang and kind are canonicalised', () => {
    assert.deepEqual(parse('type:al,Jua'), f('type', 'AL', 'JUA'));
    assert.deepEqual(parse('mandate:SR-Torture'), f('mandate', 'sr-torture'));
    assert.deepEqual(parse('replied:Overdue,no'), f('replied', 'overdue', 'no'));
    assert.deepEqual(parse('stance:REJECTS'), f('stance', 'rejects'));
    assert.deepEqual(parse('lang:KO,ar'), f('lang', 'ko', 'ar'));
    assert.deepEqual(parse('kind:letter'), f('kind', 'communication'));
    assert.deepEqual(parse('kind:communications,replies'), f('kind', 'communication', 'reply'));
    assert.deepEqual(parse('KIND:Reply'), f('kind', 'reply'));
  });

  test('type, replied, stance, lang and kind errors list every allowed value', () => {
    rejects('type:XX', 'type: "XX"', REFERENCE_TYPES.join(', '));
    rejects('replied:maybe', 'replied: "maybe"', REPLIED_VALUES.join(', '));
    rejects('stance:angry', 'stance: "angry"', STANCES.join(', '));
    rejects('lang:english', 'lang: "english"', QUERY_LANGUAGES.join(', '));
    rejects('kind:memo', 'kind: "memo"', RECORD_KINDS.join(', '));
  });

  test('mandate errors list close ids, else point to the reference file', () => {
    rejects('mandate:sr-tortur', 'mandate: "sr-tortur" is not a mandate id', /close ids: sr-torture/);
    rejects('mandate:torture', 'close ids: sr-torture');
    rejects('mandate:wg-unknown', 'wg-arbitrary-detention', 'wg-disappearances');
    rejects('mandate:zzzz', 'see data/reference/mandates.json');
    assert.throws(() => parse('mandate:sr-x'), (e: Error) => (e.message.split('close ids: ')[1] ?? '').split(', ').length === 8);
  });

  test('year: YYYY in 1980–2099, or a range expanded to each year', () => {
    assert.deepEqual(parse('year:2024'), f('year', '2024'));
    assert.deepEqual(parse('year:2020..2023'), f('year', '2020', '2021', '2022', '2023'));
    assert.deepEqual(parse('year:2019,2021..2022'), f('year', '2019', '2021', '2022'));
    rejects('year:1970', 'year: "1970"', 'between 1980 and 2099', 'year:2020..2023');
    rejects('year:24', 'is not a year');
    rejects('year:2023..2020', 'runs backwards');
  });

  test('from and to: a date, a month or a year, one value only', () => {
    assert.deepEqual(parse('from:2024-03-05'), f('from', '2024-03-05'));
    assert.deepEqual(parse('from:2024 to:2024'), and(f('from', '2024-01-01'), f('to', '2024-12-31')));
    assert.deepEqual(parse('from:2024-02 to:2024-02'), and(f('from', '2024-02-01'), f('to', '2024-02-29')));
    assert.deepEqual(parse('to:2023-02'), f('to', '2023-02-28'));
    rejects('from:2024-02-30', 'from: "2024-02-30" is not a date', 'YYYY-MM-DD');
    rejects('to:2024-13', 'to: "2024-13" is not a date');
    rejects('from:yesterday', 'YYYY-MM-DD, YYYY-MM or YYYY');
    rejects('from:2020,2021', 'only one date');
  });

  test('ref: every spelling parseReference reads, canonicalised to its key', () => {
    const spellings = ['ref:"AL PRK 1/2024"', 'ref:AL-PRK-1-2024', 'ref:PRK/1/2024', 'ref:“PRK 1/2024”', 'REF:al/prk/1/2024'];
    for (const q of spellings) assert.deepEqual(parse(q), f('ref', 'PRK 1/2024'), q);
    assert.deepEqual(parse('ref:"PRK 1/2024","OL CHN 3/2023"'), f('ref', 'PRK 1/2024', 'CHN 3/2023'));
    rejects('ref:AL', 'ref: "AL" is not a communication reference', 'AL PRK 1/2024');
    rejects('ref:"AL PRK 1/1970"', 'ref:', 'outside 1980');
    rejects('ref:XYZ-1-2024', 'ref: "XYZ-1-2024"', '"XYZ"');
  });

  test('an unknown field lists every field and suggests the closest', () => {
    rejects('contry:PRK', 'unknown field "contry"', 'did you mean country?', QUERY_FIELDS.join(', '));
    rejects('a Mandat:sr-torture', 'did you mean mandate?');
    rejects('stanc:rejects', 'did you mean stance?');
    rejects('language:ko', 'did you mean lang?');
    rejects('colour:red', 'unknown field "colour"', QUERY_FIELDS.join(', '));
    assert.throws(() => parse('colour:red'), (e: Error) => !e.message.includes('did you mean'));
  });

  test('a colon in what is clearly not a field is part of a word; an empty value is an error', () => {
    assert.deepEqual(parse('http://example.org/a'), w('http://example.org/a'));
    assert.deepEqual(parse('see https://x.org mailto:a@b.org'), and(w('see'), w('https://x.org'), w('mailto:a@b.org')));
    assert.deepEqual(parse('10:30 abc1:x 조선:인민 :x'), and(w('10:30'), w('abc1:x'), w('조선:인민'), w(':x')));
    rejects('country:', 'country: empty value', 'country:PRK');
    rejects('country: PRK', 'no space');
    rejects('ref:""', 'ref: empty value');
    rejects('year:,', 'year: empty value');
  });
});

describe('query parser: limits, scripts, formatting', () => {
  test('at most 64 terms and 512 characters', () => {
    const many = parse(Array.from({ length: 64 }, (_, i) => `w${i}`).join(' '));
    assert.ok(many?.kind === 'and' && many.children.length === 64);
    rejects(Array.from({ length: 65 }, (_, i) => `w${i}`).join(' '), 'query too long', '64');
    rejects(`${'a OR '.repeat(62)}a country:PRK "x y" bc*`, 'query too long', 'more than 64 terms');
    assert.deepEqual(parse(`  ${'x'.repeat(512)}  `), w('x'.repeat(512)));
    rejects('x'.repeat(513), 'query too long (513 characters; at most 512)');
    rejects('인'.repeat(513), 'query too long');
  });

  test('Korean, Chinese, Arabic, Russian and Thai pass through untouched', () => {
    assert.deepEqual(parse('조선민주주의인민공화국 人权 الأمم المتحدة'), and(w('조선민주주의인민공화국'), w('人权'), w('الأمم'), w('المتحدة')));
    assert.deepEqual(parse('свобода OR คณะมนตรีสิทธิมนุษยชน'), or(w('свобода'), w('คณะมนตรีสิทธิมนุษยชน')));
    assert.deepEqual(parse('"مفوضية الأمم" -中国'), and(ph('مفوضية الأمم'), not(w('中国'))));
    assert.deepEqual(parse('인민\u3000공화국'), and(w('인민'), w('공화국')));
    assert.deepEqual(parse('De\u0301claration ＡＬ'), and(w('De\u0301claration'), w('ＡＬ')));
  });

  test('formatQuery writes canonical syntax', () => {
    assert.equal(formatQuery(and(or(w('a'), w('b')), w('c'))), 'a OR b c');
    assert.equal(formatQuery(or(and(w('a'), w('b')), ph('c d'))), '(a b) OR "c d"');
    assert.equal(formatQuery(not(or(w('a'), pf('bc')))), '-(a OR bc*)');
    assert.equal(formatQuery(f('ref', 'PRK 1/2024')), 'ref:"PRK 1/2024"');
    assert.equal(formatQuery(f('year', '2019', '2020', '2021', '2022', '2024')), 'year:2019..2022,2024');
    assert.equal(formatQuery(parse('  Country:prk,chn   “x  y” -(-z) ') ?? w('')), 'country:PRK,CHN "x  y" z');
  });
});

const WORDS = ['rights', 'détention', 'De\u0301claration', '인민', '조선민주주의인민공화국', '人权', 'الأمم', 'свобода', 'สิทธิ', 'follow-up', 'AL-PRK-1-2024', 'http://x.org', '10:30', 'or', '|'];
const PHRASES = ["women's rights", '조선 인민', 'OR', 'country:PRK', '(a) -b', 'مفوضية الأمم'];
const PREFIXES = ['detent', '인민', 'droit', 'follow-', 'свобод'];
const some = <T>(values: readonly T[], maxLength = 3): fc.Arbitrary<T[]> => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength });
const fieldArb: fc.Arbitrary<QueryNode> = fc.oneof(
  some(['PRK', 'CHN', 'FRA', 'OTH', 'KOR']).map((v) => f('country', ...v)),
  some(REFERENCE_TYPES).map((v) => f('type', ...v)),
  some(['sr-torture', 'wg-arbitrary-detention', 'sr-dprk']).map((v) => f('mandate', ...v)),
  fc.uniqueArray(fc.integer({ min: 1980, max: 2099 }).map(String), { minLength: 1, maxLength: 6 }).map((v) => f('year', ...v)),
  fc.tuple(fc.constantFrom<QueryField>('from', 'to'), fc.constantFrom('2024-01-01', '2023-02-28', '1999-12-31')).map(([k, v]) => f(k, v)),
  some(['PRK 1/2024', 'CHN 3/2023', 'OTH 12/2020']).map((v) => f('ref', ...v)),
  some(REPLIED_VALUES).map((v) => f('replied', ...v)),
  some(STANCES).map((v) => f('stance', ...v)),
  some(QUERY_LANGUAGES).map((v) => f('lang', ...v)),
  some(RECORD_KINDS).map((v) => f('kind', ...v)),
);
const leafArb = fc.oneof(fc.constantFrom(...WORDS).map(w), fc.constantFrom(...PHRASES).map(ph), fc.constantFrom(...PREFIXES).map(pf), fieldArb);
const treeArb = fc.letrec<{ node: QueryNode; and: QueryNode; or: QueryNode; not: QueryNode }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leafArb, tie('and'), tie('or'), tie('not')),
  and: fc.array(tie('node'), { minLength: 2, maxLength: 4 }).map((children) => and(...children)),
  or: fc.array(tie('node'), { minLength: 2, maxLength: 4 }).map((children) => or(...children)),
  not: tie('node').map(not),
})).node;

/** What the parser makes of a tree: and/or flattened, one-child groups unwrapped, double negation gone. */
function simplified(node: QueryNode): QueryNode {
  if (node.kind === 'not') {
    const child = simplified(node.child);
    return child.kind === 'not' ? child.child : not(child);
  }
  if (node.kind !== 'and' && node.kind !== 'or') return node;
  const children = node.children.map(simplified).flatMap((c) => (c.kind === node.kind && (c.kind === 'and' || c.kind === 'or') ? c.children : [c]));
  return children.length === 1 && children[0] !== undefined ? children[0] : { kind: node.kind, children };
}

const leaves = (n: QueryNode): number => (n.kind === 'and' || n.kind === 'or' ? n.children.reduce((s, c) => s + leaves(c), 0) : n.kind === 'not' ? leaves(n.child) : 1);
const SYNTAX = ['a', 'OR', 'or', '-', '"', '“', '»', '(', ')', '*', ':', ',', ' ', '\u3000', 'ab*', 'country:', 'PRK', 'year:', '2020..2023', 'ref:', 'AL-PRK-1-2024', 'http://x', '인민', 'from:', '2024', 'contry:', 'kind:letter'];

describe('query parser: properties', () => {
  test('formatQuery then parseQuery gives back the (simplified) tree', () => {
    fc.assert(fc.property(treeArb.filter((t) => leaves(t) <= 64 && [...formatQuery(t)].length <= 512), (tree) => {
      assert.deepEqual(parse(formatQuery(tree)), simplified(tree));
    }), { numRuns: 1500 });
  });

  test('an arbitrary string is parsed or refused with a MissiveError, and what parses round-trips', () => {
    const input = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.constantFrom(...SYNTAX), { maxLength: 24 }).map((a) => a.join('')));
    fc.assert(fc.property(input, (q) => {
      let tree: QueryNode | null;
      try { tree = parse(q); } catch (error) {
        assert.ok(isMissiveError(error, 'INVALID_VALUE'), `${JSON.stringify(q)}: ${String(error)}`);
        return;
      }
      if (tree !== null) assert.deepEqual(parse(formatQuery(tree)), tree, JSON.stringify(q));
    }), { numRuns: 3000 });
  });
});
