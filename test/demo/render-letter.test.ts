import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDateIn, mandateName, renderLetter, type LetterLanguage, type LetterRenderInput } from '../../src/demo/render/index.js';
import { THEMES } from '../../src/demo/themes.js';
import { seeded } from './seeded.js';

const LANGS: LetterLanguage[] = ['en', 'fr', 'es'];
const MARKER: Record<LetterLanguage, string> = {
  en: '[Missive demo — synthetic document]', fr: '[Démo Missive — document synthétique]', es: '[Demo de Missive — documento sintético]',
};
const PLACE: Record<LetterLanguage, string> = { en: 'Geneva, 22 March 2024', fr: 'Genève, le 22 mars 2024', es: 'Ginebra, 22 de marzo de 2024' };
const MANDATES_WORD: Record<LetterLanguage, string> = { en: 'Mandates of the ', fr: 'Mandats du ', es: 'Mandatos del ' };

function input(language: LetterLanguage, over: Partial<LetterRenderInput> = {}): LetterRenderInput {
  return {
    language, reference: 'AL PRK 1/2024', dateSent: '2024-03-22', type: 'AL',
    mandateIds: ['wg-arbitrary-detention', 'sr-expression', 'sr-hrds'],
    addressee: { code: 'PRK', kind: 'state', name: 'DPRK' }, themeId: 'detention-journalist',
    victims: ['Kim Min-jun', 'Li Wei'], followsUp: [], ...over,
  };
}

test('a letter opens with the demo marker, the bilingual letterhead, its mandates, reference and place/date', () => {
  for (const lang of LANGS) {
    const doc = renderLetter(input(lang), seeded(1));
    const lines = doc.text.split('\n');
    assert.equal(lines[0], MARKER[lang]);
    assert.ok(doc.text.includes('NATIONS UNIES / UNITED NATIONS'));
    assert.ok(doc.text.includes('PROCEDURES SPECIALES'));
    assert.ok(lines.some((l) => l.startsWith(MANDATES_WORD[lang])), `${lang}: mandates line`);
    assert.match(doc.text, /^(REFERENCE|RÉFÉRENCE|REFERENCIA) ?: AL PRK 1\/2024$/m);
    assert.ok(lines.includes(PLACE[lang]), `${lang}: place and date line`);
    assert.equal(doc.language, lang);
  }
});

test('every mandate is named in the letter language', () => {
  for (const lang of LANGS) {
    const doc = renderLetter(input(lang), seeded(2));
    const mandatesLine = doc.text.split('\n').find((l) => l.startsWith(MANDATES_WORD[lang])) ?? '';
    for (const id of ['wg-arbitrary-detention', 'sr-expression', 'sr-hrds']) {
      const name = mandateName(id, lang);
      assert.ok(name && mandatesLine.includes(name), `${lang}: ${id} in "${mandatesLine}"`);
    }
  }
});

test('a legacy reference is printed exactly as given', () => {
  const reference = 'UA Housing (2000-9) Food (2000-9) G/SO 214 (53-24) SYR 3/2014';
  const doc = renderLetter(input('en', { reference, type: 'UA', addressee: { code: 'SYR', kind: 'state', name: '' } }), seeded(3));
  assert.ok(doc.text.includes(`REFERENCE: ${reference}`));
});

test('follow-up letters cite the earlier references and their dates', () => {
  const followsUp = [{ reference: 'AL PRK 3/2023', dateSent: '2023-05-12' }, { reference: 'UA PRK 7/2022', dateSent: '2022-11-01' }];
  for (const lang of LANGS) {
    const doc = renderLetter(input(lang, { followsUp }), seeded(4));
    for (const f of followsUp) {
      assert.ok(doc.text.includes(f.reference), `${lang}: ${f.reference}`);
      assert.ok(doc.text.includes(formatDateIn(lang, f.dateSent)), `${lang}: ${f.dateSent}`);
    }
  }
});

test('letters to companies use a plain salutation, letters to States "Excellency"', () => {
  const company = renderLetter(input('en', { addressee: { code: 'OTH', kind: 'company', name: 'Northern Ore Holdings' }, themeId: 'mining-pollution' }), seeded(5));
  assert.ok(company.text.includes('\nDear Sir/Madam,\n'));
  assert.ok(company.text.includes('Northern Ore Holdings'));
  assert.ok(renderLetter(input('en'), seeded(5)).text.includes('\nExcellency,\n'));
  assert.ok(renderLetter(input('fr'), seeded(5)).text.includes('\nExcellence,\n'));
  assert.ok(renderLetter(input('es'), seeded(5)).text.includes('\nExcelencia:\n'));
});

test('letters carry numbered questions, the 60-day notice, victims and signatures', () => {
  for (const lang of LANGS) {
    const doc = renderLetter(input(lang), seeded(6));
    assert.match(doc.text, /^1\. /m);
    assert.match(doc.text, /^3\. /m);
    assert.ok(doc.text.includes('60'));
    assert.ok(doc.text.includes('Kim Min-jun') && doc.text.includes('Li Wei'));
    assert.ok(doc.text.includes(lang === 'en' ? 'Chair-Rapporteur of the Working Group' : lang === 'fr' ? 'Président-Rapporteur du Groupe de travail' : 'Presidente-Relator del Grupo de Trabajo'));
  }
});

test('every theme renders in every letter language, with and without victims', () => {
  for (const theme of THEMES) {
    for (const lang of LANGS) {
      for (const victims of [[], ['Ana García'], ['Ana García', 'Omar Haddad']]) {
        const doc = renderLetter(input(lang, { themeId: theme.id, mandateIds: theme.mandateIds, victims, type: victims.length === 0 ? 'OL' : 'UA' }), seeded(7));
        assert.ok(doc.text.includes(theme.subject[lang]), `${theme.id}/${lang}`);
        assert.ok(!/undefined|NaN|\$\{/.test(doc.text), `${theme.id}/${lang}: no template leftovers`);
      }
    }
  }
});

test('the same seed gives the same letter, another seed usually another wording', () => {
  const a = renderLetter(input('en'), seeded(42));
  assert.deepEqual(renderLetter(input('en'), seeded(42)), a);
  const texts = new Set([1, 2, 3, 4, 5, 6].map((s) => renderLetter(input('en'), seeded(s)).text));
  assert.ok(texts.size > 1);
});
