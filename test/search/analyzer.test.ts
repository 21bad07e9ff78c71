import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_SEED_NOTE } from '../../src/cli/demo.js';
import { analyze, analyzeForIndex, MAX_TERM_LENGTH, normalizeText, queryStems, stemTerm } from '../../src/search/analyzer.js';

/** A query word matches a document when its terms occur there consecutively. */
function finds(document: string, query: string): boolean {
  const doc = analyze(document);
  const q = analyze(query);
  if (q.length === 0) return false;
  return doc.some((_, i) => q.every((term, j) => doc[i + j] === term));
}

describe('search analyzer', () => {
  test('Korean, Chinese and Japanese words are found inside longer runs', () => {
    assert.ok(finds('조선민주주의인민공화국 제네바유엔사무국', '인민'));
    assert.ok(finds('联合国人权事务高级专员办事处', '人权'));
    assert.ok(finds('联合国人权事务高级专员办事处', '高级专员'));
    assert.ok(finds('国連人権高等弁務官事務所', '人権'));
    assert.ok(finds('ジュネーブ代表部', 'ジュネーブ'));
    assert.ok(!finds('联合国人权事务高级专员办事处', '人民'));
  });

  test('Arabic matches with and without hamza, harakat, tatweel, ta marbuta and Arabic-Indic digits', () => {
    assert.ok(finds('مفوضية الأمم المتحدة السامية', 'الامم'));
    assert.ok(finds('مفوضية الامم المتحدة', 'الأمم'));
    assert.ok(finds('مُفَوَّضِيَّة', 'مفوضيه'));
    assert.ok(finds('المتحـــدة', 'المتحدة'));
    assert.ok(finds('جنيف، ١٦ أيار/مايو ٢٠٢٤', '2024'));
    assert.ok(finds('مستشفى', 'مستشفي'));
  });

  test('French accents, Russian ё, Greek tonos and case fold away; Thai is cut into words', () => {
    assert.ok(finds('Déclaration universelle des droits de l\'homme', 'declaration'));
    assert.ok(finds('DÉCLARATION', 'déclaration'));
    assert.ok(finds('Ёлка у посольства', 'елка'));
    assert.ok(finds('Ελλάδα', 'ΕΛΛΑΔΑ'));
    assert.ok(finds('คณะมนตรีสิทธิมนุษยชน', 'มนุษย'));
  });

  test('an English possessive or contraction does not make a phrase: its s is dropped', () => {
    assert.deepEqual(analyze("Women's rights"), ['women', 'rights']);
    assert.deepEqual(analyze('the State’s reply; it’s late'), ['the', 'state', 'reply', 'it', 'late']);
    assert.deepEqual(analyze("ไทย women's rights"), ['ไทย', 'women', 'rights'], 'the same beside a script segmented by Intl.Segmenter');
    assert.deepEqual(analyze("l'État, aujourd'hui, O'Sullivan, 's"), ['l', 'etat', 'aujourd', 'hui', 'o', 'sullivan', 's'], 'other apostrophes are kept as word breaks');
  });

  test('the seed note is found by 인민, Geneva and women\'s rights', () => {
    const seed = readFileSync(DEFAULT_SEED_NOTE, 'utf8');
    for (const q of ['인민', 'Geneva', "women's rights"]) assert.ok(finds(seed, q), q);
  });

  test('full-width references analyse like ASCII ones', () => {
    assert.deepEqual(analyze('ＡＬ ＣＨＮ ３／２０２３'), analyze('AL CHN 3/2023'));
  });

  test('terms are never empty nor contain spaces, and any text is found by a query for itself', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      const terms = analyze(text);
      for (const t of terms) assert.ok(t.length > 0 && !/\s/.test(t), JSON.stringify(t));
      if (terms.length > 0) assert.ok(finds(text, text));
    }), { numRuns: 1500 });
  });

  test('the shortcuts of normalisation (ASCII, no Arabic) give what every step in turn gives', () => {
    const everyStep = (text: string) => text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')
      .replace(/[\u064b-\u065f\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ؤ/g, 'و').replace(/[ئى]/g, 'ي').replace(/ة/g, 'ه')
      .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
    const arabic = fc.constantFrom('أ', 'إ', 'آ', 'ؤ', 'ئ', 'ى', 'ة', 'ـ', 'َ', '٣', '۷', 'ﻻ', 'ﺃ', 'م', 'É', 'ё', 'Ａ', ' ', 'a');
    const texts = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: arabic, maxLength: 20 }), fc.string({ maxLength: 40 }));
    fc.assert(fc.property(texts, (text) => assert.equal(normalizeText(text), everyStep(text))), { numRuns: 3000 });
  });

  test('the fast word splitter cuts exactly where the Unicode word pattern does', () => {
    const noCjkOrThai = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      if (noCjkOrThai.test(normalizeText(text))) return;
      const expected = (normalizeText(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((t) => t.slice(0, MAX_TERM_LENGTH));
      assert.deepEqual(analyze(text), expected);
    }), { numRuns: 3000 });
  });

  test('stems join inflections in English, French, Spanish and Russian, and a query tries every Latin stemmer', () => {
    assert.equal(stemTerm('rights', ['en']), stemTerm('right', ['en']));
    assert.equal(stemTerm('arrestations', ['fr']), stemTerm('arrestation', ['fr']));
    assert.equal(stemTerm('defensores', ['es']), stemTerm('defensor', ['es']));
    assert.equal(stemTerm('задержании', ['ru']), stemTerm('задержание', ['ru']));
    assert.ok(queryStems('detention').includes(stemTerm('detention', ['fr'])), 'an English query word meets a French document');
    assert.deepEqual(queryStems('인민'), ['인민'], 'other scripts are not stemmed');
    const { exact, stem } = analyzeForIndex('Women defenders', ['en']);
    assert.deepEqual(exact, ['women', 'defenders']);
    assert.deepEqual(stem, ['women', stemTerm('defenders', ['en'])]);
  });
});
