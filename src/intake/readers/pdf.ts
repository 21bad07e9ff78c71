import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument, OPS, Util, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { reason, unreadable, type PageDraft, type ReadContext, type Reader } from '../context.js';
import type { OcrImage } from '../ocr-pool.js';
import { createOcrSession, recognizePage, type OcrSession } from '../ocr.js';
import { MAX_IMAGE_PIXELS, ocrWarning } from './image.js';
import { assemblePage, type TextPiece } from './pdf-lines.js';
import { checkPdfStreams } from './pdf-streams.js';

/**
 * PDF: the text layer page by page (pdf.js), and OCR for pages that have an image but no text
 * (scans). A page with a few stray characters over an image (a stamped page number) still counts
 * as a scan. Encrypted and damaged files are refused with an error that says so, and files whose
 * compressed streams would inflate past the limits are refused before pdf.js opens them.
 */
const requireHere = createRequire(import.meta.url);
const PDFJS_ROOT = path.dirname(requireHere.resolve('pdfjs-dist/package.json'));
/** Fonts a PDF names without embedding (Helvetica…) and CJK CMaps, shipped with pdfjs-dist, read from disk. */
const STANDARD_FONTS = `${path.join(PDFJS_ROOT, 'standard_fonts')}/`;
const CMAPS = `${path.join(PDFJS_ROOT, 'cmaps')}/`;

/** Scans are rendered at 200 dpi (tesseract's sweet spot for letter-size text)… */
const OCR_DPI = 200;
/** …but never past this many pixels, whatever size the page claims. */
const MAX_RENDER_PIXELS = 25_000_000;
/** Fewer letters than this in the text layer, over an image, and the page is treated as a scan. */
const SCAN_MAX_LETTERS = 10;
const IMAGE_OPS = new Set([
  OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup,
]);

async function open(bytes: Uint8Array, context: ReadContext): Promise<PDFDocumentProxy> {
  try {
    // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy.
    return await getDocument({
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      standardFontDataUrl: STANDARD_FONTS,
      cMapUrl: CMAPS,
      cMapPacked: true,
      // Larger images are left out of renders rather than decoded.
      maxImageSize: MAX_IMAGE_PIXELS,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw unreadable(context, 'is encrypted: it needs a password to open, and Missive cannot read it without one.', error);
    }
    if (name === 'InvalidPDFException') {
      throw unreadable(context, `is damaged or truncated: it is not a readable PDF (${reason(error)}).`, error);
    }
    throw unreadable(context, `could not be read as a PDF (${reason(error)}).`, error);
  }
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item && 'transform' in item;
}

async function pageText(page: PDFPageProxy): Promise<string> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const pieces: TextPiece[] = [];
  for (const item of content.items) {
    if (!isTextItem(item) || item.str === '') continue;
    // Device space (rotation applied, y downwards) so that rotated pages group into lines too.
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = Util.transform(viewport.transform, item.transform) as number[];
    pieces.push({ str: item.str, dir: item.dir, x, y, width: item.width, size: Math.hypot(c, d) || Math.hypot(a, b) });
  }
  return assemblePage(pieces);
}

async function hasImage(page: PDFPageProxy): Promise<boolean> {
  const operators = await page.getOperatorList();
  return operators.fnArray.some((op) => IMAGE_OPS.has(op));
}

async function renderForOcr(page: PDFPageProxy): Promise<OcrImage> {
  const base = page.getViewport({ scale: 1 });
  const scale = Math.min(OCR_DPI / 72, Math.sqrt(MAX_RENDER_PIXELS / (base.width * base.height)));
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  await page.render({ canvas, viewport }).promise;
  return { data: await canvas.encode('png'), width, height };
}

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

async function readPage(page: PDFPageProxy, number: number, context: ReadContext, session: OcrSession, warnings: string[]): Promise<PageDraft> {
  const text = await pageText(page);
  if (letters(text) >= SCAN_MAX_LETTERS || !(await hasImage(page))) return { text, source: 'text' };
  if (!context.ocr) {
    warnings.push(`Page ${number} has no text layer and was not read: OCR is turned off.`);
    return { text, source: 'text' };
  }
  const result = await recognizePage(await renderForOcr(page), session);
  warnings.push(ocrWarning(`Page ${number}`, result));
  return { text: result.text.trim(), source: 'ocr' };
}

export const readPdf: Reader = async (bytes, context) => {
  await checkPdfStreams(bytes, context);
  const doc = await open(bytes, context);
  try {
    const warnings: string[] = [];
    const info = (await doc.getMetadata().catch(() => null))?.info;
    const title = info && 'Title' in info && typeof info.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : undefined;
    const count = Math.min(doc.numPages, context.limits.maxPages);
    if (doc.numPages > count) warnings.push(`Only the first ${count} of ${doc.numPages} pages were read.`);
    const session = createOcrSession(context.ocrLanguages);
    const pages: PageDraft[] = [];
    for (let number = 1; number <= count; number += 1) {
      try {
        const page = await doc.getPage(number);
        pages.push(await readPage(page, number, context, session, warnings));
        page.cleanup();
      } catch (error) {
        warnings.push(`Page ${number} could not be read (${reason(error)}).`);
        pages.push({ text: '', source: 'text' });
      }
    }
    return { pages, metadata: title ? { title } : {}, warnings: [...warnings, ...session.warnings] };
  } finally {
    await doc.destroy();
  }
};
