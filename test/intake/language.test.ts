import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectLanguages, readFile } from '../../src/intake/index.js';
import { SHARED } from './fixtures.js';

test('the seed note (Korean letterhead over an English body) is English first, then Korean', async () => {
  const text = readFileSync(`${SHARED}samples/seed-note-verbale.txt`, 'utf8');
  assert.deepEqual(detectLanguages(text), ['en', 'ko']);
  const document = await readFile(`${SHARED}samples/seed-note-verbale.txt`);
  assert.deepEqual(document.languages, ['en', 'ko']);
  assert.deepEqual(document.pages[0]?.languages, ['en', 'ko']);
});

test('scripts decide alone: Hangul, Kana, Han, Arabic; Cyrillic is Russian unless clearly another', () => {
  assert.deepEqual(detectLanguages('조선민주주의인민공화국 상설대표부는 유엔인권최고대표사무소에 경의를 표하며'), ['ko']);
  assert.deepEqual(detectLanguages('国際連合人権高等弁務官事務所に敬意を表し、次のとおり回答します。'), ['ja']);
  assert.deepEqual(detectLanguages('中华人民共和国常驻日内瓦联合国办事处和瑞士其他国际组织代表团向联合国人权事务高级专员办事处致意'), ['zh']);
  assert.deepEqual(detectLanguages('تهدي البعثة الدائمة للمملكة العربية السعودية تحياتها إلى مفوضية الأمم المتحدة لحقوق الإنسان'), ['ar']);
  assert.deepEqual(detectLanguages('Женева, 16 мая 2024 г.'), ['ru']);
  const ukrainian = 'Постійне представництво України при Відділенні ООН та інших міжнародних організаціях у Женеві засвідчує свою повагу Управлінню Верховного комісара ООН з прав людини і має честь повідомити, що уряд України ретельно розглянув спільне звернення.';
  assert.deepEqual(detectLanguages(ukrainian), ['uk']);
});

test('Latin-script text goes to eld paragraph by paragraph; a short dateline does not add a language', () => {
  assert.deepEqual(detectLanguages('La Mission permanente de la France présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l\'homme.\n\nGenève, le 16 mai 2024'), ['fr']);
  assert.deepEqual(detectLanguages('The Permanent Mission presents its compliments to the Office of the High Commissioner.\n\nGeneva, 16 May 2024'), ['en']);
  const bilingual = [
    'The Permanent Mission of the Kingdom of the Netherlands presents its compliments to the Office of the United Nations High Commissioner for Human Rights and has the honour to refer to the joint communication.',
    'De Permanente Vertegenwoordiging van het Koninkrijk der Nederlanden biedt het Bureau van de Hoge Commissaris voor de Mensenrechten haar complimenten aan en heeft de eer te verwijzen naar de gezamenlijke mededeling.',
  ].join('\n\n');
  assert.deepEqual([...detectLanguages(bilingual)].sort(), ['en', 'nl']);
  assert.deepEqual(detectLanguages('12/05/2024 — 0024 …'), []);
});
