/**
 * Hostile and broken inputs: each must end in a clear error (code, and a message naming the file)
 * or a clean reading, never a crash, and the whole suite must stay within a memory bound.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMissiveError, type ErrorCode } from '../../src/domain/index.js';
import { detectFormat, readDocument, readFile, terminateOcr, type ReadPart } from '../../src/intake/index.js';
import { docxParts, pdfBomb, peakRssMb, replyPdf, simplePdf, zip, zipBomb } from './fixtures.js';

/** The bound this suite promises: a ZIP bomb of 100 MB, a 100 MB text file and the rest together. */
const RSS_BOUND_MB = 600;
let dir = '';
let sampler: NodeJS.Timeout | undefined;
let sampledPeak = 0;

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'missive-malformed-'));
  sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss / 2 ** 20);
  }, 10);
});

after(async () => {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
  await terminateOcr();
});

async function rejects(promise: Promise<unknown>, code: ErrorCode, name: string, words: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isMissiveError(error), `a MissiveError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    assert.equal(error.value, name);
    assert.ok(error.message.includes(name), `message names ${name}: ${error.message}`);
    assert.match(error.message, words);
    return true;
  });
}

function failure(part: ReadPart | undefined): { code: string; message: string; value: unknown } {
  assert.ok(part && !part.result.ok, `${part?.name} failed`);
  return part.result.ok ? assert.fail('unreachable') : part.result.error;
}

test('a 100 MB text file is refused from its first 64 KB, without reading it into memory', async (t) => {
  const file = path.join(dir, 'server.log');
  const megabyte = Buffer.alloc(2 ** 20, 'The Permanent Mission presents its compliments. ');
  const fd = openSync(file, 'w');
  for (let i = 0; i < 100; i += 1) writeSync(fd, megabyte);
  closeSync(fd);
  const before = process.memoryUsage().rss;
  const started = performance.now();
  await rejects(readFile(file), 'LIMIT_EXCEEDED', file, /text, HTML or e-mail file of 100 MB; Missive reads such files up to 20 MB/);
  t.diagnostic(`refused in ${(performance.now() - started).toFixed(0)} ms, RSS grew by ${((process.memoryUsage().rss - before) / 2 ** 20).toFixed(1)} MB`);
  assert.ok(process.memoryUsage().rss - before < 30 * 2 ** 20);
  await rejects(readFile(file, { limits: { maxFileBytes: 50 * 2 ** 20 } }), 'LIMIT_EXCEEDED', file, /is 100 MB; Missive reads files of up to 50 MB/);
  rmSync(file);
});

test('empty, random and missing files are refused in words', async () => {
  await rejects(readDocument(new Uint8Array(0), { name: 'empty.pdf' }), 'UNREADABLE_FILE', 'empty.pdf', /is empty/);
  const random = new Uint8Array(64 * 1024).map((_, i) => (i * 2654435761) >>> 24);
  await rejects(readDocument(random, { name: 'random.pdf' }), 'UNSUPPORTED_FORMAT', 'random.pdf', /not in a format Missive reads/);
  await rejects(readDocument(Buffer.concat([Buffer.from('%PDF-1.7\n'), random]), { name: 'fake.pdf' }), 'UNREADABLE_FILE', 'fake.pdf', /damaged or truncated/);
  await rejects(readFile(path.join(dir, 'nowhere.txt')), 'UNREADABLE_FILE', path.join(dir, 'nowhere.txt'), /cannot be opened/);
});

test('a truncated PDF and an encrypted PDF are refused with the reason', async () => {
  const { pdf } = await replyPdf('en');
  for (const share of [0.9, 0.5, 0.1]) {
    await rejects(readDocument(pdf.subarray(0, Math.floor(pdf.length * share)), { name: 'cut.pdf' }), 'UNREADABLE_FILE', 'cut.pdf', /damaged or truncated/);
  }
  const locked = await simplePdf(['Confidential'], { userPassword: 'secret' });
  await rejects(readDocument(locked, { name: 'locked.pdf' }), 'UNREADABLE_FILE', 'locked.pdf', /is encrypted: it needs a password/);
});

test('a PDF whose content stream inflates to 100 MB from 100 KB is refused before pdf.js opens it', async () => {
  const bomb = pdfBomb(100);
  assert.ok(bomb.length < 200_000);
  const started = performance.now();
  await rejects(readDocument(bomb, { name: 'bomb.pdf', limits: { maxArchiveBytes: 50 * 2 ** 20 } }), 'LIMIT_EXCEEDED', 'bomb.pdf', /expands to more than 50 MB; it looks like a decompression bomb/);
  assert.ok(performance.now() - started < 2000);
  // Under the limit it is an ordinary, empty page.
  const small = await readDocument(pdfBomb(2), { name: 'spaces.pdf' });
  assert.equal(small.pages[0]?.text, '');
});

test('bytes that are not valid UTF-8 are read as Windows-1252, with a warning', async () => {
  const bytes = Buffer.from('Genève, le 3 mars 2023 — la Mission présente ses compliments au Haut-Commissariat.', 'latin1');
  bytes[bytes.indexOf(0x14)] = 0x97; // the em dash in Windows-1252
  const document = await readDocument(bytes, { name: 'old.txt' });
  assert.equal(document.pages[0]?.text, 'Genève, le 3 mars 2023 — la Mission présente ses compliments au Haut-Commissariat.');
  assert.match(document.warnings.join(' '), /not valid UTF-8; it was read as Windows-1252/);
  assert.deepEqual(document.languages, ['fr']);
});

test('HTML made of scripts gives only its visible text', async () => {
  const scripts = Array.from({ length: 2000 }, (_, i) => `<script>window.x${i} = "SCRIPT-${i}"; document.write("<p>INJECTED</p>");</script>`).join('\n');
  const html = `<html><head><script src="evil.js"></script><style>body{background:url(javascript:alert(1))}</style></head><body>${scripts}
    <p onclick="alert('CLICK')">Permanent Mission of Norway</p><script>/*<![CDATA[*/ if (a < b) { alert("LT") } /*]]>*/</script>
    <SCRIPT type="module">alert("UPPER")</SCRIPT><script
    >alert("NEWLINE")</script><p>Geneva, 16 May 2024</p></body></html>`;
  const document = await readDocument(Buffer.from(html), { name: 'scripts.html' });
  const text = document.pages[0]?.text ?? '';
  assert.doesNotMatch(text, /SCRIPT-|INJECTED|alert|CLICK|javascript|background/);
  assert.match(text, /Permanent Mission of Norway/);
  assert.match(text, /Geneva, 16 May 2024/);
});

test('ZIP entries named ../evil.txt, /etc/passwd or C:\\ are refused one by one; the others are read', async () => {
  const archive = zip({ '../evil.txt': 'escape', '/etc/passwd': 'root:x:0:0', 'C:\\Windows\\evil.txt': 'drive', 'docs/../../up.txt': 'up', 'letter.txt': 'The Permanent Mission presents its compliments.' });
  const document = await readDocument(archive, { name: 'bundle.zip' });
  const byName = new Map(document.parts.map((part) => [part.name, part]));
  for (const [name, why] of [['../evil.txt', /climbs out/], ['/etc/passwd', /absolute path/], ['C:\\Windows\\evil.txt', /drive letter/], ['docs/../../up.txt', /climbs out/]] as const) {
    const error = failure(byName.get(name));
    assert.equal(error.code, 'UNREADABLE_FILE');
    assert.equal(error.value, `bundle.zip/${name}`);
    assert.match(error.message, why);
    assert.equal(byName.get(name)?.bytes.length, 0, 'nothing extracted');
  }
  const letter = byName.get('letter.txt');
  assert.ok(letter?.result.ok);
});

test('a ZIP bomb (100 MB of zeros in ~100 KB) is stopped by its expansion ratio, without inflating it', async (t) => {
  const bomb = zipBomb(100);
  assert.ok(bomb.length < 200_000, `bomb is ${bomb.length} bytes`);
  const archive = zip({ 'bomb.bin': bomb, 'note.txt': 'Geneva, 16 May 2024' });
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const single = await readDocument(bomb, { name: 'bomb.zip' });
  const error = failure(single.parts[0]);
  assert.equal(error.code, 'LIMIT_EXCEEDED');
  assert.equal(error.value, 'bomb.zip/zeros.bin');
  assert.match(error.message, /bomb\.zip\/zeros\.bin expands to more than 200 times its compressed size/);
  t.diagnostic(`stopped in ${(performance.now() - started).toFixed(0)} ms; RSS +${((process.memoryUsage().rss - rssBefore) / 2 ** 20).toFixed(0)} MB`);
  // Nested: the bomb inside an archive is refused at its level; the note beside it is read.
  const nested = await readDocument(archive, { name: 'outer.zip' });
  const inner = nested.parts[0];
  assert.ok(inner?.result.ok);
  if (inner?.result.ok) assert.equal(failure(inner.result.document.parts[0]).value, 'outer.zip/bomb.bin/zeros.bin');
  assert.ok(nested.parts[1]?.result.ok);
});

test('a Word document holding a ZIP bomb is refused before mammoth inflates it', async () => {
  const archive = zipBomb(100, 'word/media/image1.png', docxParts(['Hello'], 'Bomb'));
  assert.equal(detectFormat(archive).format, 'docx');
  await rejects(readDocument(archive, { name: 'bomb.docx' }), 'LIMIT_EXCEEDED', 'bomb.docx', /bomb\.docx cannot be opened: bomb\.docx\/word\/media\/image1\.png expands to more than 200 times/);
});

test('an archive of archives cannot multiply the limits: the decompressed total is shared by all levels', async () => {
  const bomb = zipBomb(20);
  const layer = zip(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`b${i}.zip`, bomb])));
  const top = zip({ 'l1.zip': layer, 'l2.zip': layer });
  // A ratio loose enough to let each bomb through, so only the shared total can stop them.
  const limits = { maxArchiveRatio: 100_000, maxArchiveBytes: 50 * 2 ** 20 };
  const started = performance.now();
  await rejects(
    readDocument(top, { name: 'nested-bomb.zip', limits }),
    'LIMIT_EXCEEDED',
    'nested-bomb.zip',
    /nested-bomb\.zip holds archives within archives past a limit, so reading stopped: nested-bomb\.zip\/l1\.zip\/b2\.zip expands to more than 50 MB/,
  );
  assert.ok(performance.now() - started < 5000);
  const many = zip(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`n${i}.txt`, `note ${i}`])));
  await rejects(readDocument(many, { name: 'many.zip', limits: { maxArchiveEntries: 20 } }), 'LIMIT_EXCEEDED', 'many.zip', /holds 50 entries; Missive reads at most 20/);
});

test('damaged ZIP, DOCX, PNG and e-mail files end in an error naming them, or a reading with what survived', async () => {
  const archive = zip({ 'a.txt': 'first entry text', 'b.txt': 'second entry text' });
  await rejects(readDocument(archive.subarray(0, archive.length - 30), { name: 'cut.zip' }), 'UNREADABLE_FILE', 'cut.zip', /damaged ZIP archive/);
  const fakeDocx = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<not-xml' });
  await rejects(readDocument(fakeDocx, { name: 'broken.docx' }), 'UNREADABLE_FILE', 'broken.docx', /is a damaged Word document/);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.from([0, 1, 0x86, 0xa0, 0, 1, 0x86, 0xa0, 8, 2, 0, 0, 0, 0, 0, 0, 0])]);
  await rejects(readDocument(png, { name: 'huge.png' }), 'LIMIT_EXCEEDED', 'huge.png', /100000 × 100000 pixels/);
  const smallHeader = Buffer.from(png);
  smallHeader.writeUInt32BE(100, 16);
  smallHeader.writeUInt32BE(100, 20);
  // Decoded by tesseract (English only, the smallest worker), where a damaged image is an error, not a crash.
  await rejects(readDocument(smallHeader, { name: 'cut.png', ocrLanguages: ['en'] }), 'UNREADABLE_FILE', 'cut.png', /damaged image/);
  const mail = Buffer.from('From: a@b.org\r\nTo: c@d.org\r\nSubject: Empty\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: application/pdf; name="r.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJ');
  const document = await readDocument(mail, { name: 'cut.eml' });
  assert.equal(document.format, 'eml');
  assert.match(failure(document.parts[0]).message, /cut\.eml\/r\.pdf is damaged or truncated/);
});

/** A one-page little-endian TIFF: the given IFD entries [tag, type, count, value], then the next-page offset. */
function tiff(entries: readonly (readonly [number, number, number, number])[], next: number): Buffer {
  const bytes = Buffer.alloc(8 + 2 + entries.length * 12 + 4);
  bytes.write('II', 0);
  bytes.writeUInt16LE(42, 2);
  bytes.writeUInt32LE(8, 4);
  bytes.writeUInt16LE(entries.length, 8);
  entries.forEach(([tag, type, count, value], i) => {
    bytes.writeUInt16LE(tag, 10 + i * 12);
    bytes.writeUInt16LE(type, 12 + i * 12);
    bytes.writeUInt32LE(count, 14 + i * 12);
    bytes.writeUInt32LE(value, 18 + i * 12);
  });
  bytes.writeUInt32LE(next, 10 + entries.length * 12);
  return bytes;
}

test('a hostile TIFF (a tag claiming 4 billion values, a page list that loops) fails in its decoder, not in the process', async () => {
  const size = [[256, 3, 1, 100], [257, 3, 1, 100]] as const;
  await rejects(readDocument(tiff([...size, [273, 3, 0xffffffff, 0]], 0), { name: 'count.tif' }), 'UNREADABLE_FILE', 'count.tif', /damaged TIFF image \(the decoder failed: it needed more than 256 MB of memory, or the file is malformed\)/);
  await rejects(readDocument(tiff(size, 8), { name: 'loop.tif' }), 'UNREADABLE_FILE', 'loop.tif', /damaged TIFF image/);
});

test('HTML nested 100,000 elements deep is read down to a depth, not into a stack overflow', async () => {
  const html = `<html><body>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}<p>Geneva, 16 May 2024</p></body></html>`;
  const document = await readDocument(Buffer.from(html), { name: 'deep.html' });
  assert.match(document.pages[0]?.text ?? '', /Geneva, 16 May 2024/);
});

test(`the malformed suite stays under ${RSS_BOUND_MB} MB of resident memory`, (t) => {
  const peak = Math.max(peakRssMb(), sampledPeak);
  t.diagnostic(`peak RSS ${peak.toFixed(0)} MB (getrusage ${peakRssMb().toFixed(0)} MB, sampled ${sampledPeak.toFixed(0)} MB)`);
  assert.ok(peak < RSS_BOUND_MB, `peak RSS ${peak.toFixed(0)} MB`);
});
