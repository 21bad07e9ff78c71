import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionForCountry, syntheticPersonName } from '../../src/demo/names.js';
import { frenchOf, russianGenitive, arabicLi } from '../../src/demo/render/grammar.js';
import { isKnownMandate } from '../../src/demo/render/reference.js';
import { THEMES, themeById } from '../../src/demo/themes.js';
import { seeded } from './seeded.js';

test('themes have unique ids, known mandates and a subject in every language', () => {
  assert.ok(THEMES.length >= 30);
  assert.equal(new Set(THEMES.map((t) => t.id)).size, THEMES.length);
  for (const theme of THEMES) {
    assert.ok(theme.mandateIds.length > 0 && theme.mandateIds.every(isKnownMandate), theme.id);
    for (const subject of Object.values(theme.subject)) assert.ok(subject.length > 3, theme.id);
    assert.equal(themeById(theme.id), theme);
  }
  assert.throws(() => themeById('no-such-theme'));
});

test('synthetic names are deterministic and follow the region', () => {
  assert.equal(syntheticPersonName(seeded(1), 'arabic'), syntheticPersonName(seeded(1), 'arabic'));
  assert.match(syntheticPersonName(seeded(2), 'east-asian'), /^\S+ \S+$/);
  assert.equal(regionForCountry('SYR'), 'arabic');
  assert.equal(regionForCountry('BLR'), 'cyrillic');
  assert.equal(regionForCountry('PRK'), 'east-asian');
  assert.equal(regionForCountry('KEN'), 'african');
  assert.equal(regionForCountry('PAK'), 'south-asian');
  assert.equal(regionForCountry('CHL'), 'latin');
});

test('State names take the article or case a letterhead needs', () => {
  assert.equal(frenchOf('France'), 'de la France');
  assert.equal(frenchOf('Maroc'), 'du Maroc');
  assert.equal(frenchOf('Algérie'), "de l'Algérie");
  assert.equal(frenchOf('Pays-Bas'), 'des Pays-Bas');
  assert.equal(frenchOf('Cuba'), 'de Cuba');
  assert.equal(frenchOf('Mexique'), 'du Mexique');
  assert.equal(russianGenitive('Российская Федерация'), 'Российской Федерации');
  assert.equal(russianGenitive('Корейская Народно-Демократическая Республика'), 'Корейской Народно-Демократической Республики');
  assert.equal(russianGenitive('Республика Беларусь'), 'Республики Беларусь');
  assert.equal(russianGenitive('Казахстан'), 'Казахстана');
  assert.equal(russianGenitive('Перу'), 'Перу');
  assert.equal(arabicLi('الصين'), 'للصين');
  assert.equal(arabicLi('جمهورية مصر العربية'), 'لجمهورية مصر العربية');
});
