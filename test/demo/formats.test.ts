import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { strFromU8, unzipSync } from 'fflate';
import { convert } from 'html-to-text';
import { simpleParser } from 'mailparser';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import UTIF from 'utif2';
import {
  buildDevCorpus, coveringMessage, layoutScan, renderAs, renderDocx, renderEml, renderHtml, renderScanJpeg, renderScannedPdf,
  renderScanPng, renderScanTiff, type DemoFormat,
} from '../../src/demo/formats/index.js';
import { formatDateIn, renderLetter, renderReply, type DemoLanguage, type RenderedDocument } from '../../src/demo/render/index.js';
import { seeded } from './seeded.js';

const flat = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

function reply(language: DemoLanguage, code: string, seed = 31): RenderedDocument {
  return renderReply({
    language, sender: { code, kind: 'state', name: '' }, noteNumber: 'GVA/HR/2024/17', dateOnNote: '2024-05-16',
    citation: { style: 'reference', references: [`AL ${code} 3/2024`], dates: ['2024-03-22'], mandateIds: ['wg-arbitrary-detention'], joint: false },
    stance: 'substantive', themeId: 'detention-journalist',
  }, seeded(seed));
}

const letter = renderLetter({
  language: 'fr', reference: 'UA SYR 3/2024', dateSent: '2024-01-31', type: 'UA', mandateIds: ['sr-housing', 'sr-torture'],
  addressee: { code: 'SYR', kind: 'state', name: '' }, themeId: 'forced-evictions', victims: ['Ahmed Haddad'], followsUp: [],
}, seeded(20));

const REPLIES: [DemoLanguage, string][] = [['en', 'GBR'], ['fr', 'FRA'], ['es', 'CUB'], ['ru', 'RUS'], ['ar', 'SAU'], ['zh', 'CHN'], ['ko', 'KOR']];

function pngSize(png: Buffer): { width: number; height: number } {
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Share of clearly dark pixels: text was drawn and the image decodes. */
function inkShare(rgba: Uint8ClampedArray | Uint8Array): number {
  let dark = 0;
  for (let i = 0; i < rgba.length; i += 4) if ((rgba[i] ?? 255) < 100) dark++;
  return dark / (rgba.length / 4);
}

test('DOCX: mammoth reads back the text of a note in every language, and the title is in core.xml', async () => {
  for (const [language, code] of REPLIES) {
    const doc = reply(language, code);
    const docx = renderDocx(doc);
    const { value } = await mammoth.extractRawText({ buffer: docx });
    assert.equal(flat(value), flat(doc.text), `${language}: text round trip`);
    const parts = unzipSync(new Uint8Array(docx));
    assert.ok(strFromU8(parts['docProps/core.xml'] ?? new Uint8Array()).includes(`<dc:title>${doc.title}</dc:title>`));
    const body = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    assert.equal(body.includes('<w:bidi/>'), language === 'ar', `${language}: bidi paragraphs only in Arabic`);
    assert.deepEqual(renderDocx(doc), docx, `${language}: same bytes twice`);
  }
});

test('DOCX: XML specials and control characters are escaped or dropped; lines are paragraphs, or soft breaks on request', async () => {
  const doc: RenderedDocument = { title: 'A & B <C>', language: 'en', text: 'Ref. "AL & OL" <x>\u0007\nsecond line\n\nnext paragraph\n' };
  const { value } = await mammoth.extractRawText({ buffer: renderDocx(doc) });
  assert.equal(value, 'Ref. "AL & OL" <x>\n\nsecond line\n\nnext paragraph\n\n');
  const soft = renderDocx(doc, { softBreaks: true });
  assert.equal((await mammoth.convertToHtml({ buffer: soft })).value, '<p>Ref. "AL &amp; OL" &lt;x&gt;<br />second line</p><p>next paragraph</p>');
});

test('EML: mailparser reads headers, an RFC 2047 subject, the quoted-printable body and the base64 attachment', async () => {
  const attachment = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
  for (const [language, code] of REPLIES) {
    const doc = reply(language, code);
    const covering = coveringMessage(doc, { noteNumber: 'GVA/HR/2024/17' });
    const eml = renderEml(doc, {
      from: { name: doc.author ?? '', address: 'mission@example.org' }, to: 'registry@ohchr.example',
      date: '2024-05-17', noteNumber: 'GVA/HR/2024/17',
      attachments: [{ filename: 'note-17.pdf', contentType: 'application/pdf', bytes: attachment }],
    });
    const lines = eml.toString('utf8').split('\r\n');
    assert.ok(lines.every((line) => line.length <= 998), `${language}: no line over 998 characters`);
    assert.ok(/^[\x00-\x7F]*$/.test(eml.toString('latin1')), `${language}: the message is 7-bit`);
    const mail = await simpleParser(eml);
    assert.equal(mail.subject, covering.subject);
    assert.equal(mail.from?.value[0]?.name, doc.author);
    assert.equal(mail.from?.value[0]?.address, 'mission@example.org');
    assert.equal(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : null, 'registry@ohchr.example');
    assert.equal(mail.date?.toISOString(), '2024-05-17T08:00:00.000Z', 'a day in May is 10:00 CEST');
    assert.equal(mail.text?.trim(), covering.body.trim());
    assert.equal(mail.attachments.length, 1);
    assert.equal(mail.attachments[0]?.filename, 'note-17.pdf');
    assert.equal(mail.attachments[0]?.contentType, 'application/pdf');
    assert.deepEqual(mail.attachments[0]?.content, attachment);
  }
});

test('EML: long lines, trailing spaces, "=" and a non-ASCII attachment name survive', async () => {
  const body = `${'Très longue ligne = avec des accents é à ü '.repeat(8)}\nfin avec espace \n`;
  const eml = renderEml(reply('fr', 'FRA'), {
    from: 'a@example.org', to: ['b@example.org', { name: 'Smith, John', address: 'c@example.org' }], subject: 'Plain ASCII subject',
    date: new Date(Date.UTC(2024, 0, 15, 9, 30)), body,
    attachments: [{ filename: 'note verbale n° 12.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: Buffer.from('x') }],
  });
  const mail = await simpleParser(eml);
  assert.equal(mail.text, body);
  assert.equal(mail.subject, 'Plain ASCII subject');
  assert.deepEqual(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((m) => m.name) : [], ['', 'Smith, John']);
  assert.equal(mail.date?.toISOString(), '2024-01-15T09:30:00.000Z');
  assert.ok(eml.toString().includes('Date: Mon, 15 Jan 2024 10:30:00 +0100'));
  assert.equal(mail.attachments[0]?.filename, 'note verbale n° 12.docx');
});

test('HTML: lang and dir on the root, the document text in the article, scripts and navigation outside it', () => {
  for (const [language, code] of REPLIES) {
    const doc = reply(language, code);
    const html = renderHtml(doc);
    assert.ok(html.includes(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`));
    assert.ok(html.includes('<script>'));
    const article = /<article class="document">([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
    assert.equal(flat(convert(article, { wordwrap: false })), flat(doc.text));
    const page = flat(convert(html, { wordwrap: false }));
    assert.ok(page.length > flat(doc.text).length, 'the page has chrome besides the document');
    assert.ok(!flat(doc.text).includes('dataLayer'));
  }
});

test('scan: A4 page images at the requested resolution, a long letter on several pages unless cut', () => {
  const note = renderScanPng(reply('en', 'GBR'));
  assert.equal(note.length, 1);
  assert.deepEqual(pngSize(note[0] as Buffer), { width: 1654, height: 2339 });
  assert.deepEqual(pngSize(renderScanPng(reply('en', 'GBR'), { dpi: 150 })[0] as Buffer), { width: 1240, height: 1754 });
  const layout = layoutScan(letter);
  assert.ok(layout.totalPages > 1 && layout.pages.length === layout.totalPages);
  const cut = layoutScan(letter, { maxPages: 1 });
  assert.equal(cut.pages.length, 1);
  assert.ok(cut.pageTexts[0]?.includes('UA SYR 3/2024'));
  assert.equal(renderScanPng(letter, { maxPages: 1, noise: 'none' }).length, 1);
});

test('scan: every note verbale fits on one page, Arabic is set right to left and Chinese wraps inside the width', () => {
  for (const [language, code] of REPLIES) {
    const layout = layoutScan(reply(language, code));
    assert.equal(layout.pages.length, 1, `${language}: one page`);
    const text = layout.pageTexts[0] ?? '';
    assert.ok(text.includes(formatDateIn(language, '2024-05-16')) || language === 'ar', `${language}: the date is on the page`);
    const lines = layout.pages[0] ?? [];
    assert.equal(lines.some((l) => l.rtl), language === 'ar');
    if (language === 'zh') assert.ok(lines.length > 6, 'Chinese paragraphs are wrapped');
  }
});

test('scan: the same document and seed give the same bytes, another seed other pixels', async () => {
  const doc = reply('ko', 'KOR');
  assert.deepEqual(renderScanPng(doc), renderScanPng(doc));
  assert.notDeepEqual(renderScanPng(doc, { seed: 'other' }), renderScanPng(doc));
  assert.deepEqual(await renderScannedPdf(doc), await renderScannedPdf(doc));
});

test('scan: JPEG pages and a multi-page greyscale TIFF decode to images with ink', async () => {
  const jpeg = renderScanJpeg(reply('zh', 'CHN'))[0] as Buffer;
  const image = await loadImage(jpeg);
  assert.deepEqual([image.width, image.height], [1654, 2339]);
  const tiff = renderScanTiff(letter, { dpi: 100 });
  const ifds = UTIF.decode(tiff);
  assert.equal(ifds.length, layoutScan(letter, { dpi: 100 }).pages.length);
  for (const [i, ifd] of ifds.entries()) {
    UTIF.decodeImage(tiff, ifd);
    assert.deepEqual([ifd.width, ifd.height], [827, 1169]);
    const share = inkShare(UTIF.toRGBA8(ifd));
    assert.ok(share > (i === 0 ? 0.002 : 0.0001) && share < 0.2, `page ${i + 1}: ink share ${share}`);
  }
});

test('scanned PDF: no text layer, and its page images decode to inked pages', async () => {
  const pdf = await renderScannedPdf(reply('ar', 'SAU'));
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  assert.equal(doc.numPages, 1);
  const page = await doc.getPage(1);
  assert.equal((await page.getTextContent()).items.length, 0);
  const viewport = page.getViewport({ scale: 1 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  await page.render({ canvasContext: context as never, viewport, canvas: canvas as never }).promise;
  const share = inkShare(context.getImageData(0, 0, canvas.width, canvas.height).data);
  assert.ok(share > 0.002 && share < 0.2, `ink share ${share}`);
  await doc.destroy();
});

test('renderAs: one file per format (one per page for images) with its MIME type', async () => {
  const doc = reply('en', 'GBR');
  const formats: DemoFormat[] = ['text', 'pdf', 'scan-pdf', 'scan-png', 'docx', 'eml', 'html'];
  for (const format of formats) {
    const files = await renderAs(format, doc, { stem: 'en/note', date: '2024-05-17', noteNumber: 'GVA/HR/2024/17' });
    assert.equal(files.length, 1, format);
    assert.ok((files[0]?.bytes.length ?? 0) > 0);
    assert.ok(files[0]?.filename.startsWith('en/note.'));
  }
  const mail = await simpleParser((await renderAs('eml', doc, { stem: 'en/note', attach: 'docx' }))[0]?.bytes ?? Buffer.alloc(0));
  assert.equal(mail.attachments[0]?.filename, 'note.docx');
});

test('dev corpus: seven languages, every format, labels that match what each file shows', async () => {
  const outDir = await mkdtemp(path.join(tmpdir(), 'missive-dev-corpus-'));
  try {
    const files = await buildDevCorpus({ seed: 'formats-test', perLanguage: 2, scansPerLanguage: 2, outDir });
    const languages = new Set(files.map((f) => f.label.language));
    assert.deepEqual([...languages].sort(), ['ar', 'en', 'es', 'fr', 'ko', 'ru', 'zh']);
    for (const language of languages) {
      const formats = new Set(files.filter((f) => f.label.language === language).map((f) => f.label.format));
      for (const format of ['text', 'pdf', 'docx', 'eml', 'html', 'scan-pdf', 'scan-png'] as const) assert.ok(formats.has(format), `${language}: ${format}`);
    }
    assert.ok(files.some((f) => f.label.format === 'scan-tiff') && files.some((f) => f.label.format === 'scan-jpeg'));
    assert.ok(files.some((f) => f.label.kind === 'communication' && f.label.reference !== null && f.label.referenceKey !== null));
    for (const { name, label } of files) {
      if (label.kind === 'reply') {
        assert.ok(label.sender && label.date && label.noteNumber, `${name}: a reply's sender, date and note number`);
        assert.ok(label.answers.length > 0);
      } else {
        assert.ok(label.reference && label.date && label.place === 'Geneva' && label.mandates.length > 0, `${name}: a letter's reference, date, place and mandates`);
        assert.ok(label.reference.endsWith(label.referenceKey ?? '?'));
      }
      const shown = label.text.replace(/\s+/g, '');
      if (label.noteNumber) assert.ok(shown.includes(label.noteNumber.replace(/\s+/g, '')), `${name}: note number shown`);
      if (label.format.startsWith('scan') && label.language === 'ar') assert.equal(label.digits, 'ascii', `${name}: scanned Arabic uses ASCII digits`);
      if (label.format === 'eml') assert.ok(label.email && label.email.attachments.length === 1);
    }
    const scans = files.filter((f) => f.label.format.startsWith('scan'));
    assert.ok(scans.every((f) => (f.label.pages ?? 0) >= 1));
    assert.ok(scans.some((f) => f.label.kind === 'communication' && f.label.partial && f.label.stance === null));
    const written = JSON.parse(await readFile(path.join(outDir, 'labels.json'), 'utf8')) as { name: string }[];
    assert.deepEqual(written.map((w) => w.name), files.map((f) => f.name));
    assert.deepEqual(await readFile(path.join(outDir, files[0]?.name ?? '')), files[0]?.bytes);
    const korean = await buildDevCorpus({ seed: 'formats-test', perLanguage: 2, scansPerLanguage: 2, languages: ['ko'] });
    assert.deepEqual(korean.map((f) => f.bytes), files.filter((f) => f.label.language === 'ko').map((f) => f.bytes), 'same seed, same bytes');
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});
