/**
 * OCR end to end: scanned PDFs and images in six languages, the real Spanish scans from
 * ../shared, TIFF and JPEG. Slow (about 1–4 s per page), so pages are few and kept short.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import UTIF from 'utif2';
import { readDocument, readFile, russianAvailable, terminateOcr, type ReadDocument } from '../../src/intake/index.js';
import { scannedPdf, scanPng, SHARED, type ScanPage } from './fixtures.js';

after(async () => {
  await terminateOcr();
});

const EN: ScanPage = { font: 'latin', lines: [
  'The Permanent Mission of the Republic of Chile presents its compliments',
  'to the Office of the United Nations High Commissioner for Human Rights',
  'and has the honour to refer to the joint communication AL CHL 3/2024.',
  'Geneva, 16 May 2024',
] };
const FR: ScanPage = { font: 'latin', lines: [
  'La Mission permanente de la République du Chili présente ses compliments',
  'au Haut-Commissariat des Nations Unies aux droits de l’homme et a',
  'l’honneur de se référer à la communication conjointe AL CHL 3/2024.',
  'Genève, le 16 mai 2024',
] };
const ES: ScanPage = { font: 'latin', lines: [
  'La Misión Permanente de la República de Chile saluda atentamente a la',
  'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos',
  'Humanos y tiene el honor de referirse a la comunicación AL CHL 3/2024.',
  'Ginebra, 16 de mayo de 2024',
] };
const RU: ScanPage = { font: 'latin', lines: ['Постоянное представительство Российской Федерации', 'при Отделении ООН и других международных организациях', 'в Женеве свидетельствует свое уважение Управлению', 'Женева, 16 мая 2024 года'] };
const KO: ScanPage = { font: 'kr', lines: ['조선민주주의인민공화국 상설대표부는', '유엔인권최고대표사무소에 경의를 표하며', '특별절차 공동서한에 대하여 언급하는 영광을 가진다', '2024년 5월 16일 제네바'] };
const ZH: ScanPage = { font: 'sc', lines: ['中华人民共和国常驻日内瓦联合国办事处', '和瑞士其他国际组织代表团向联合国人权事务', '高级专员办事处致意并谨提及特别程序联合来文', '2024年5月16日于日内瓦'] };
const AR: ScanPage = { font: 'arabic', rtl: true, lines: ['تهدي البعثة الدائمة للمملكة العربية السعودية', 'تحياتها إلى مفوضية الأمم المتحدة لحقوق الإنسان', 'وتتشرف بالإشارة إلى الرسالة المشتركة', 'جنيف في 16 مايو 2024'] };

function msPerPage(document: ReadDocument): number[] {
  return document.warnings.flatMap((warning) => /, (\d+) ms\)/.exec(warning)?.[1] ?? []).map(Number);
}

/** OCR may drop or add a space; compare without whitespace. */
function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

test('a scanned PDF in English, French and Spanish is read by OCR, page by page, with each page\'s language', async (t) => {
  const document = await readDocument(await scannedPdf([EN, FR, ES]), { name: 'scan-latin.pdf' });
  t.diagnostic(`OCR ms per page: ${msPerPage(document).join(', ')}`);
  assert.deepEqual(document.pages.map((page) => page.source), ['ocr', 'ocr', 'ocr']);
  const [en, fr, es] = document.pages.map((page) => page.text);
  assert.match(en ?? '', /Permanent Mission of the Republic of Chile/);
  assert.match(en ?? '', /AL CHL 3\/2024/);
  assert.match(fr ?? '', /Haut-Commissariat des Nations Unies/);
  assert.match(fr ?? '', /Genève, le 16 mai 2024/);
  assert.match(es ?? '', /Misión Permanente/);
  assert.match(es ?? '', /Ginebra, 16 de mayo de 2024/);
  assert.deepEqual(document.pages.map((page) => page.languages[0]), ['en', 'fr', 'es']);
  assert.match(document.warnings.join('\n'), /Page 1 was read by OCR \(eng\+fra\+spa/);
});

test('scanned pages in Korean, Chinese and Arabic are recognised by their script and re-read with its language pack', async (t) => {
  const document = await readDocument(await scannedPdf([KO, ZH, AR]), { name: 'scan-asian-arabic.pdf' });
  t.diagnostic(`OCR ms per page: ${msPerPage(document).join(', ')}; ${document.warnings.join(' | ')}`);
  const [ko, zh, ar] = document.pages.map((page) => compact(page.text));
  assert.ok(ko?.includes('상설대표부'), ko);
  assert.ok(zh?.includes('日内瓦') && zh.includes('代表团'), zh);
  assert.ok(ar?.includes('الأمم') && ar.includes('المتحدة'), ar);
  assert.deepEqual(document.pages.map((page) => page.languages[0]), ['ko', 'zh', 'ar']);
});

test('a Korean letterhead over an English body comes out in both scripts, English first', async () => {
  const page: ScanPage = { font: 'kr', lines: ['조선민주주의인민공화국', '국제기구주재 상설대표부', '', ...EN.lines, 'The Mission avails itself of this opportunity to renew its highest consideration.'] };
  const document = await readDocument(scanPng(page), { name: 'letterhead.png' });
  assert.equal(document.format, 'image');
  const text = document.pages[0]?.text ?? '';
  assert.ok(compact(text).includes('상설대표부'), text);
  assert.match(text, /Office of the United Nations High Commissioner/);
  assert.deepEqual(document.languages, ['en', 'ko']);
});

test('the real Spanish fax cover of UA ECU 7/2019 is read: addressee, Geneva and the reference', async (t) => {
  const started = performance.now();
  const document = await readFile(`${SHARED}corpus/real/comm-UA-ECU-7-2019-es-scan-1-fax-cover.png`, { ocrLanguages: ['es', 'en', 'fr'] });
  t.diagnostic(`real scan read in ${(performance.now() - started).toFixed(0)} ms`);
  const text = document.pages[0]?.text ?? '';
  assert.equal(document.pages[0]?.source, 'ocr');
  assert.match(text, /Ginebra/);
  assert.match(text, /Misión Permanente de la República del Ecuador/);
  assert.match(text, /LLAMAMIENTO URGENTE/);
  // The reference sits in a fax form field and comes out as "UAECU 72019": the letters survive, the spacing and slash do not.
  assert.match(text, /ECU ?7\/?2019/);
  assert.deepEqual(document.languages, ['es']);
});

// npm has no Russian OCR data: with Debian's installed the page is read, without it the reader says how to install it.
test('a scanned Russian page is read with Debian\'s Russian data, or says how to install that data', async () => {
  if (russianAvailable()) {
    const document = await readDocument(await scannedPdf([RU]), { name: 'scan-ru.pdf' });
    assert.match(document.pages[0]?.text ?? '', /Постоянное представительство Российской Федерации/);
    assert.match(document.pages[0]?.text ?? '', /Женева, 16 мая 2024 года/);
    assert.deepEqual(document.languages, ['ru']);
  } else {
    const document = await readDocument(await scannedPdf([RU]), { name: 'scan-ru.pdf', ocrLanguages: ['ru'] });
    assert.ok(document.warnings.includes('Russian OCR data is not installed (apt install tesseract-ocr-rus).'), document.warnings.join(' | '));
  }
});

test('TIFF (decoded with utif2) and JPEG images are read by OCR', async () => {
  const canvas = createCanvas(1200, 300);
  const context = canvas.getContext('2d');
  const png = scanPng({ font: 'latin', lines: ['Permanent Mission of Norway', 'Geneva, 16 May 2024'] }, { width: 1200, height: 300 });
  const { loadImage } = await import('@napi-rs/canvas');
  context.drawImage(await loadImage(png), 0, 0);
  const rgba = context.getImageData(0, 0, 1200, 300).data;
  const tiff = new Uint8Array(UTIF.encodeImage(new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.byteLength), 1200, 300));
  const fromTiff = await readDocument(tiff, { name: 'fax.tif' });
  assert.equal(fromTiff.mime, 'image/tiff');
  assert.match(fromTiff.pages[0]?.text ?? '', /Permanent Mission of Norway/);
  const fromJpeg = await readDocument(canvas.toBuffer('image/jpeg', 90), { name: 'photo.jpg' });
  assert.equal(fromJpeg.mime, 'image/jpeg');
  assert.match(fromJpeg.pages[0]?.text ?? '', /Geneva, 16 May 2024/);
});

test('with OCR turned off, a scan gives empty pages and says why', async () => {
  const document = await readDocument(readFileSync(`${SHARED}corpus/real/comm-UA-ECU-7-2019-es-scan-2-facts.png`), { name: 'facts.png', ocr: false });
  assert.equal(document.pages[0]?.text, '');
  assert.match(document.warnings.join(' '), /not read: OCR is turned off/);
  const pdf = await readDocument(await scannedPdf([EN]), { name: 'scan.pdf', ocr: false });
  assert.equal(pdf.pages[0]?.text, '');
  assert.match(pdf.warnings.join(' '), /Page 1 has no text layer and was not read: OCR is turned off/);
});
