import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, foldText, sourceRange } from '../../src/text/fold.js';
import { guessLanguages } from '../../src/text/script.js';

test('fold: case, accents, harakat, Arabic letter variants, digits and full-width forms', () => {
  assert.equal(fold('Genève, le 1er Février'), 'geneve, le 1er fevrier');
  assert.equal(fold('رفضاً قاطعاً'), 'رفضا قاطعا');
  assert.equal(fold('المؤرخة'), 'المورخه');
  assert.equal(fold('٢٠٢٤ ۱۶'), '2024 16');
  assert.equal(fold('ＡＬ ＣＨＮ ３／２０２３'), 'al chn 3/2023');
  assert.equal(fold('№ 12'), 'no 12');
  assert.equal(fold('l’homme — «x»'), "l'homme - \"x\"");
  assert.equal(fold('대한민국 中国'), '대한민국 中国', 'Hangul and Han are kept whole');
  assert.equal(fold('a\u200Bb\u00ADc\u0640'), 'abc', 'invisible characters go');
});

test('foldText maps every folded character back to the text given', () => {
  const source = 'ＡＬ ＣＨＮ ３／２０２３ — ١٦ أيار/مايو';
  const folded = foldText(source, { loose: false });
  const at = folded.text.indexOf('3/2023');
  const r = sourceRange(folded, at, at + 6);
  assert.equal(source.slice(r.start, r.end), '３／２０２３');
  const loose = foldText('Ａé', { loose: true });
  assert.equal(loose.text, 'ae');
  assert.deepEqual([loose.starts, loose.ends], [[0, 1], [1, 2]]);
});

test('guessLanguages: by writing system, main first, Latin languages by their function words', () => {
  assert.deepEqual(guessLanguages('The Permanent Mission of the Republic presents its compliments to the Office and has the honour to refer to the letter.'), ['en']);
  assert.deepEqual(guessLanguages('La Mission permanente présente ses compliments au Haut-Commissariat et a l’honneur de se référer à la lettre du Gouvernement.'), ['fr']);
  assert.deepEqual(guessLanguages('La Misión Permanente saluda atentamente a la Oficina y tiene el honor de remitir la respuesta del Gobierno de la República.'), ['es']);
  assert.deepEqual(guessLanguages('Постоянное представительство свидетельствует свое уважение Управлению Верховного комиссара.'), ['ru']);
  assert.deepEqual(guessLanguages('تهدي البعثة الدائمة أطيب تحياتها إلى مفوضية الأمم المتحدة السامية لحقوق الإنسان'), ['ar']);
  assert.deepEqual(guessLanguages('代表团向联合国人权事务高级专员办事处致意，并谨转交政府的答复。编号：AL CHN 3/2023'), ['zh']);
  assert.deepEqual(guessLanguages('주제네바 대한민국 상설대표부는 유엔인권최고대표사무소에 경의를 표하며 다음과 같이 회답합니다.'), ['ko']);
  assert.deepEqual(guessLanguages(''), []);
});
