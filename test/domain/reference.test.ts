import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  formatReference, isMissiveError, legacyMandateTokens, parseReference, referenceKey, referenceKeyOf,
  referenceSlug, REFERENCE_TYPES, type Reference,
} from '../../src/domain/index.js';

const code = fc.stringMatching(/^[A-Z]{3}$/);
const current: fc.Arbitrary<Reference> = fc.record({
  type: fc.option(fc.constantFrom(...REFERENCE_TYPES), { nil: null }),
  code,
  number: fc.integer({ min: 1, max: 9999 }),
  year: fc.integer({ min: 1980, max: 2099 }),
  legacy: fc.constant(null),
}).map((r) => ({ ...r }));
const mandateToken = fc.oneof(
  fc.tuple(fc.constantFrom('Housing', 'Food', 'Health', 'Water', 'Torture', 'Religion'), fc.integer({ min: 1990, max: 2016 }), fc.integer({ min: 1, max: 99 }))
    .map(([name, y, n]) => `${name} (${y}-${n})`),
  fc.tuple(fc.integer({ min: 200, max: 299 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 1, max: 99 }))
    .map(([a, b, c]) => `G/SO ${a} (${b}-${c})`),
);
const legacy: fc.Arbitrary<Reference> = fc
  .record({
    type: fc.constantFrom(...REFERENCE_TYPES),
    code,
    number: fc.integer({ min: 1, max: 9999 }),
    year: fc.integer({ min: 1980, max: 2099 }),
    tokens: fc.array(mandateToken, { minLength: 1, maxLength: 5 }),
  })
  .map(({ tokens, ...r }) => ({ ...r, legacy: `${r.type} ${tokens.join(' ')} ${r.code} ${r.number}/${r.year}` }));

const toFullWidth = (s: string): string =>
  [...s].map((ch) => (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch === ' ' ? '\u3000' : ch)).join('');

describe('references', () => {
  test('parse(format(r)) equals r for current references', () => {
    fc.assert(fc.property(current, (r) => assert.deepEqual(parseReference(formatReference(r)), r)), { numRuns: 2000 });
  });

  test('parse(format(r)) equals r for legacy references, kept exactly as written', () => {
    fc.assert(fc.property(legacy, (r) => assert.deepEqual(parseReference(formatReference(r)), r)), { numRuns: 1000 });
  });

  test('every written variant of a reference reaches the same key', () => {
    const variants = (r: Reference): string[] => {
      const t = r.type ?? 'AL';
      const { code: c, number: n, year: y } = r;
      return [
        `${t} ${c} ${n}/${y}`, `${c} ${n}/${y}`, `${t} ${c} ${n}.${y}`, `${t}/${c}/${n}/${y}`, `${t}-${c}-${n}/${y}`,
        `${t}-${c}-${n}-${y}`, toFullWidth(`${t} ${c} ${n}/${y}`), `${t} ${c}\n${n}/${y}`, `${t}\n${c} ${n}/\n${y}`,
        `  ${t}  ${c}  ${n} / ${y} `, `Ref.: ${t} ${c} ${n}/${y}`, `REFERENCE: ${t} ${c} ${n}/${y}`,
        `${t.toLowerCase()} ${c.toLowerCase()} ${n}/${y}`, `${y}/${n} ${c} ${t}`,
        `${t} Housing (2000-9) G/SO 214 (53-24) ${c} ${n}/${y}`,
      ];
    };
    fc.assert(fc.property(current, (r) => {
      for (const v of variants(r)) assert.equal(referenceKeyOf(v), referenceKey(r), `variant ${JSON.stringify(v)}`);
    }), { numRuns: 500 });
  });

  test('the examples met in real documents', () => {
    assert.deepEqual(parseReference('AL PRK 1/2024'), { type: 'AL', code: 'PRK', number: 1, year: 2024, legacy: null });
    assert.deepEqual(parseReference('PRK 1/2024'), { type: null, code: 'PRK', number: 1, year: 2024, legacy: null });
    assert.deepEqual(parseReference('JUA IRN 12/2023'), { type: 'JUA', code: 'IRN', number: 12, year: 2023, legacy: null });
    assert.equal(referenceKeyOf('OL SLV 8.2021'), 'SLV 8/2021');
    assert.equal(referenceKeyOf('AL/CHN/3/2023'), 'CHN 3/2023');
    assert.equal(referenceKeyOf('ＡＬ ＣＨＮ ３／２０２３'), 'CHN 3/2023');
    assert.equal(referenceKeyOf('AL OTH\n74/2022'), 'OTH 74/2022');
    const written = 'UA Housing (2000-9) Food (2000-9) Health (2002-7) G/SO 214 (53-24) Water (2008-1) SYR 3/2014';
    const old = parseReference(written);
    assert.deepEqual(old, { type: 'UA', code: 'SYR', number: 3, year: 2014, legacy: written });
    assert.equal(formatReference(old), written);
    assert.deepEqual(legacyMandateTokens(old), ['Housing (2000-9)', 'Food (2000-9)', 'Health (2002-7)', 'G/SO 214 (53-24)', 'Water (2008-1)']);
    assert.equal(referenceSlug(parseReference('AL PRK 1/2024')), 'AL-PRK-1-2024');
  });

  test('a malformed reference is a typed error that names the value', () => {
    for (const bad of ['', 'hello', 'AL PRK', 'AL PRK 0/2024', 'AL PRK 1/1900', 'XX PRK 1/2024', 'AL PRKK 1/2024 extra', 'PRK 1/20245']) {
      assert.throws(() => parseReference(bad), (e: unknown) => isMissiveError(e, 'INVALID_REFERENCE') && e.value === bad && e.message.includes(`"${bad}"`), bad);
    }
  });

  test('arbitrary text never crashes the parser: it either parses or throws INVALID_REFERENCE', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
      try {
        const r = parseReference(s);
        assert.ok(r.number >= 1 && /^[A-Z]{3}$/.test(r.code));
      } catch (e) {
        assert.ok(isMissiveError(e, 'INVALID_REFERENCE'));
      }
    }), { numRuns: 2000 });
  });
});
