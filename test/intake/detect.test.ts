import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isMissiveError } from '../../src/domain/index.js';
import { detectFormat } from '../../src/intake/index.js';
import { docx, eml, scanPng, SHARED, simplePdf, zip } from './fixtures.js';

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

test('binary formats are recognised by their magic bytes, a PDF even after a few junk bytes', async () => {
  const pdf = await simplePdf(['Geneva']);
  assert.equal(detectFormat(pdf).format, 'pdf');
  assert.equal(detectFormat(Buffer.concat([Buffer.from('\r\n\0junk'), pdf])).mime, 'application/pdf');
  assert.deepEqual(detectFormat(scanPng({ lines: ['x'], font: 'latin' }, { width: 20, height: 20 })), { format: 'image', mime: 'image/png' });
  assert.equal(detectFormat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])).mime, 'image/jpeg');
  assert.equal(detectFormat(Uint8Array.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0])).mime, 'image/tiff');
  assert.equal(detectFormat(Uint8Array.from([0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8])).mime, 'image/tiff');
});

test('inside a ZIP, a Word package is told from a plain archive by its parts, not its name', () => {
  assert.equal(detectFormat(docx(['Hello'], 'T')).format, 'docx');
  assert.equal(detectFormat(zip({ 'word/document.xml': '<x/>', 'a.txt': 'a' })).format, 'zip');
  assert.equal(detectFormat(zip({ 'letter.docx': 'not really' })).format, 'zip');
});

test('e-mail needs a header block that only a mail system writes; a typed memo with From:/To: stays text', () => {
  const mail = eml({ from: 'a@b.org', to: 'c@d.org', subject: 'Réponse', date: 'Thu, 16 May 2024 10:00:00 +0200', body: 'Bonjour', attachments: [] });
  assert.equal(detectFormat(mail).format, 'eml');
  assert.equal(detectFormat(utf8('Received: from mx\r\n by relay\r\nFrom: x@y.org\r\nSubject: s\r\n\r\nbody')).format, 'eml');
  assert.equal(detectFormat(utf8('From: Permanent Mission of Chile\nTo: OHCHR\nSubject: Reply\n\nThe Mission presents…')).format, 'text');
});

test('HTML is recognised by its doctype or tags; a Markdown file that opens with a <meta> line stays Markdown', () => {
  assert.equal(detectFormat(utf8('<!DOCTYPE html><html><body><p>Hi</p></body></html>')).format, 'html');
  assert.equal(detectFormat(utf8('\uFEFF  <html lang="fr"><p>Bonjour</p></html>')).format, 'html');
  assert.equal(detectFormat(utf8('<div><p>one</p><p>two</p><br></div>')).format, 'html');
  const md = readFileSync(`${SHARED}corpus/real/nv-exchange-GBR-NLD-1951-en.md`);
  assert.equal(detectFormat(md).format, 'markdown');
});

test('Markdown when its syntax matters; the seed note with one **0024** is plain text', () => {
  assert.equal(detectFormat(utf8('# Reply\n\nSome **bold** text and a [link](https://ohchr.org).\n\n- item\n')).format, 'markdown');
  assert.equal(detectFormat(readFileSync(`${SHARED}samples/seed-note-verbale.txt`)).format, 'text');
  assert.equal(detectFormat(utf8('1. The Government rejects.\n2. The Government recalls.\n3. Geneva.\n')).format, 'text');
});

test('text in UTF-16 with a BOM, or in Windows-1252, is text; binary noise is not', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Genève, le 3 mars', 'utf16le')]);
  assert.equal(detectFormat(utf16).format, 'text');
  assert.equal(detectFormat(Buffer.from('Genève, le 3 mars 2023', 'latin1')).format, 'text');
  const random = seededBytes(4096);
  assert.throws(() => detectFormat(random, 'scan.pdf'), (error: unknown) =>
    isMissiveError(error, 'UNSUPPORTED_FORMAT') && error.value === 'scan.pdf' && /scan\.pdf is not in a format/.test(error.message));
  assert.throws(() => detectFormat(new Uint8Array(0), 'empty.txt'), (error: unknown) => isMissiveError(error, 'UNREADABLE_FILE') && /empty\.txt is empty/.test(error.message));
});

function seededBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 42;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >>> 16;
  }
  return bytes;
}
