/**
 * bench/intake: documents per second through the whole ingest pipeline (read, understand,
 * store the file, the pages and the record) for plain text, born-digital PDF and OCR'd scans,
 * each beside a baseline of the same run: reading the bytes (text), bare pdfjs page text
 * (PDF), and tesseract alone on the same images (OCR).
 * Run: `npm run build && node dist/bench/intake.js [--docs N] [--scans K]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { replyDocument } from '../src/demo/documents.js';
import { renderScanPng } from '../src/demo/formats/index.js';
import { generateCorpus } from '../src/demo/generate.js';
import { renderPdf } from '../src/demo/render/index.js';
import { ingestBytes } from '../src/ingest/ingest-file.js';
import { ocrImage, terminateOcr } from '../src/intake/index.js';
import { loadReferenceData } from '../src/reference/load.js';
import { BlobStore } from '../src/store/blobs.js';
import { openStore } from '../src/store/open.js';
import { flag, machine, timed } from './machine.js';

const docs = Number(flag('docs', '300'));
const scans = Number(flag('scans', '6'));
const root = mkdtempSync(join(tmpdir(), 'missive-bench-intake-'));
const { reference } = loadReferenceData();

async function pipeline(name: string, files: readonly Uint8Array[]): Promise<number> {
  const store = await openStore({ kind: 'sqlite', file: join(root, `${name}.db`) }, reference);
  const blobs = new BlobStore(join(root, `${name}-files`));
  const { seconds } = await timed(async () => {
    for (const [i, bytes] of files.entries()) await ingestBytes({ store, blobs, reference }, `${name}-${i}`, bytes);
  });
  await store.close();
  return files.length / seconds;
}

async function pdfjsText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  await pdf.destroy();
  return text;
}

try {
  const corpus = generateCorpus({ size: Math.ceil(docs * 2.2), seed: 'bench', reference });
  const replies = corpus.replies.filter((r) => !r.isSeed).slice(0, docs).map((r) => replyDocument(r, corpus.seed));
  const texts = replies.map((d) => Buffer.from(d.text, 'utf8'));
  const pdfs = await Promise.all(replies.map((d) => renderPdf(d)));
  const pngs = (await Promise.all(replies.slice(0, scans).map((d) => renderScanPng(d)))).map((pages) => pages[0] as Uint8Array);

  // Text: baseline = reading the same bytes back from disk.
  const textPaths = await Promise.all(texts.map(async (t, i) => { const p = join(root, `t${i}.txt`); await writeFile(p, t); return p; }));
  const readRate = textPaths.length / (await timed(async () => { for (const p of textPaths) await readFile(p); })).seconds;
  const textRate = await pipeline('text', texts);

  // Born-digital PDF: baseline = pdfjs page text alone.
  const pdfjsRate = pdfs.length / (await timed(async () => { for (const p of pdfs) await pdfjsText(p); })).seconds;
  const pdfRate = await pipeline('pdf', pdfs);

  // OCR: baseline = tesseract on the same images, nothing else; one page first so both runs start warm.
  await ocrImage(pngs[0] ?? new Uint8Array());
  const ocrBase = pngs.length / (await timed(async () => { for (const p of pngs) await ocrImage(p); })).seconds;
  const ocrRate = await pipeline('ocr', pngs);
  await terminateOcr();

  const row = (label: string, rate: number, base: number, baseLabel: string) =>
    console.log(`  ${label.padEnd(18)} ${rate.toFixed(1).padStart(8)} docs/s   baseline ${base.toFixed(1).padStart(8)} docs/s (${baseLabel})   ratio ${(rate / base).toFixed(2)}`);
  console.log(`bench/intake on ${machine()}: ${docs} notes verbales (text and PDF), ${scans} scanned pages`);
  row('text', textRate, readRate, 'reading the bytes');
  row('born-digital PDF', pdfRate, pdfjsRate, 'bare pdfjs page text');
  row('OCR scan', ocrRate, ocrBase, 'tesseract alone');
  console.log(`  target: born-digital PDF pipeline ≥ 0.50 of bare pdfjs — ${pdfRate / pdfjsRate >= 0.5 ? 'met' : 'NOT met'}`);
  console.log(`  peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
