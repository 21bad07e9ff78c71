import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { createRandom, type Random } from '../random.js';
import type { DemoLanguage, RenderedDocument } from '../render/index.js';
import { layoutLines, paginate, pageText, type ScanLine } from './scan-layout.js';
import { scanFont } from './scan-fonts.js';
import { encodeGrayTiff } from './tiff.js';

/**
 * A paper document as a scanner gives it back: page images of the printed text, slightly
 * rotated and shifted, on greyish paper with dust, and on notes verbales the mission's stamp
 * and initials. Deterministic: the same document and options give the same bytes.
 */
export interface ScanOptions {
  /** Scanner resolution; A4 at 200 dpi is 1654 × 2339 pixels. */
  readonly dpi?: number;
  /** Varies rotation, shift and noise; by default derived from the document text. */
  readonly seed?: string;
  /** Keep only the first pages (a long letter scanned in part); the rest is not rendered. */
  readonly maxPages?: number;
  /** Body text size in points, 11 by default (Arabic is set 15% larger, Korean 27%). */
  readonly pointSize?: number;
  /** A document that would take two pages is set smaller, down to this size, to fit on one. */
  readonly minPointSize?: number;
  /** 'light' keeps OCR reliable; 'heavy' adds pixel noise and more dust; 'none' is a clean render. */
  readonly noise?: 'none' | 'light' | 'heavy';
  /** Largest rotation either way, 0.6° by default; at most 1°. */
  readonly maxRotationDegrees?: number;
  /** The mission's stamp under the text; by default on documents with an author (replies). */
  readonly stamp?: boolean;
  /** JPEG quality for renderScanJpeg and renderScannedPdf, 0–100. */
  readonly jpegQuality?: number;
}

export interface ScanLayout {
  readonly dpi: number;
  readonly width: number;
  readonly height: number;
  readonly fontPx: number;
  /** The lines of each page, and each page's text as printed (for labels and OCR checks). */
  readonly pages: readonly (readonly ScanLine[])[];
  readonly pageTexts: readonly string[];
  /** Pages the whole document would take at this size; more than `pages.length` when cut by maxPages. */
  readonly totalPages: number;
}

const MM_PER_INCH = 25.4;
const LINE_HEIGHT = 1.5;
const MARGIN_MM = { side: 22, top: 22, bottom: 25 };

const STAMP_WORDS: Record<DemoLanguage, [string, string]> = {
  en: ['PERMANENT MISSION', 'GENEVA'],
  fr: ['MISSION PERMANENTE', 'GENÈVE'],
  es: ['MISIÓN PERMANENTE', 'GINEBRA'],
  ru: ['ПОСТОЯННОЕ ПРЕДСТАВИТЕЛЬСТВО', 'ЖЕНЕВА'],
  ar: ['البعثة الدائمة', 'جنيف'],
  zh: ['常驻代表团', '日内瓦'],
  ko: ['상설대표부', '제네바'],
};

const mmToPx = (mm: number, dpi: number): number => Math.round((mm / MM_PER_INCH) * dpi);

function measuringContext(): SKRSContext2D {
  return createCanvas(8, 8).getContext('2d');
}

/**
 * Scripts set larger than the body size: Naskh runs small, and tesseract's Korean model
 * misreads 월 after a digit ("4월" as "42") at 11 pt in a quarter of dates, never at 14 pt.
 */
const SCALE: Partial<Record<DemoLanguage, number>> = { ar: 1.15, ko: 1.27 };

function fontPx(language: DemoLanguage, points: number, dpi: number): number {
  return (points * (SCALE[language] ?? 1) * dpi) / 72;
}

/** Lines and pages without drawing anything: what a scan of this document will show. */
export function layoutScan(doc: RenderedDocument, options: ScanOptions = {}): ScanLayout {
  const dpi = options.dpi ?? 200;
  const width = mmToPx(210, dpi);
  const height = mmToPx(297, dpi);
  const textWidth = width - 2 * mmToPx(MARGIN_MM.side, dpi);
  const textHeight = height - mmToPx(MARGIN_MM.top, dpi) - mmToPx(MARGIN_MM.bottom, dpi);
  const ctx = measuringContext();
  const base = options.pointSize ?? 11;
  const min = Math.min(base, options.minPointSize ?? 9);
  const at = (points: number): { px: number; pages: ScanLine[][] } => {
    const px = fontPx(doc.language, points, dpi);
    ctx.font = scanFont(doc.language, px);
    const lines = layoutLines(ctx, doc.text, textWidth);
    return { px, pages: paginate(lines, Math.floor(textHeight / (px * LINE_HEIGHT))) };
  };
  let chosen = at(base);
  for (let points = base - 0.5; chosen.pages.length > 1 && points >= min; points -= 0.5) {
    const smaller = at(points);
    if (smaller.pages.length === 1) chosen = smaller;
  }
  const pages = chosen.pages.slice(0, Math.max(1, options.maxPages ?? Infinity));
  return { dpi, width, height, fontPx: chosen.px, pages, pageTexts: pages.map(pageText), totalPages: chosen.pages.length };
}

function seedOf(doc: RenderedDocument, options: ScanOptions): string {
  return options.seed ?? createHash('sha256').update(`${doc.language}\u0000${doc.text}`).digest('hex').slice(0, 16);
}

function drawStamp(ctx: SKRSContext2D, language: DemoLanguage, cx: number, cy: number, px: number, random: Random): void {
  const [top, bottom] = STAMP_WORDS[language];
  const w = px * 9.5;
  const h = px * 3.6;
  ctx.save();
  ctx.translate(cx, cy);
  ctx.rotate(((random.next() * 2 - 1) * 8 * Math.PI) / 180);
  ctx.globalAlpha = 0.55 + random.next() * 0.2;
  ctx.strokeStyle = ctx.fillStyle = '#2b3f9e';
  ctx.lineWidth = px * 0.16;
  ctx.beginPath();
  ctx.roundRect(-w / 2, -h / 2, w, h, px * 0.5);
  ctx.stroke();
  ctx.lineWidth = px * 0.06;
  ctx.beginPath();
  ctx.roundRect(-w / 2 + px * 0.35, -h / 2 + px * 0.35, w - px * 0.7, h - px * 0.7, px * 0.3);
  ctx.stroke();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.direction = language === 'ar' ? 'rtl' : 'ltr';
  ctx.font = scanFont(language, px * 0.8);
  ctx.fillText(top, 0, -h * 0.16, w - px);
  ctx.font = scanFont(language, px * 0.7);
  ctx.fillText(`★ ${bottom} ★`, 0, h * 0.2, w - px);
  ctx.restore();
  // Initials scrawled across the stamp's edge, as an officer signs a note.
  ctx.save();
  ctx.strokeStyle = '#1d2a6b';
  ctx.globalAlpha = 0.8;
  ctx.lineWidth = px * 0.09;
  ctx.beginPath();
  let x = cx - w * 0.15;
  let y = cy + h * 0.35;
  ctx.moveTo(x, y);
  for (let i = 0; i < 4; i++) {
    const nx = x + px * (1 + random.next() * 1.5);
    const ny = y + px * (random.next() * 2 - 1.2);
    ctx.bezierCurveTo(x + px * 0.4, y - px * 1.6, nx - px * 0.4, ny + px * 1.4, nx, ny);
    x = nx;
    y = ny;
  }
  ctx.stroke();
  ctx.restore();
}

/** Greyish paper with gentle unevenness, dust, and the scanner lid's shadow along one edge. */
function dirty(ctx: SKRSContext2D, width: number, height: number, level: 'light' | 'heavy', random: Random): void {
  const heavy = level === 'heavy';
  // Light dust is finer than a full stop at the body size, so OCR does not read it as punctuation.
  const specks = Math.round(width * height * (heavy ? 0.00012 : 0.00002));
  for (let i = 0; i < specks; i++) {
    ctx.fillStyle = `rgba(40,40,40,${((heavy ? 0.3 : 0.15) + random.next() * 0.5).toFixed(2)})`;
    ctx.beginPath();
    ctx.arc(random.next() * width, random.next() * height, 0.4 + random.next() * (heavy ? 2.2 : 0.7), 0, 2 * Math.PI);
    ctx.fill();
  }
  const image = ctx.getImageData(0, 0, width, height);
  const data = image.data;
  const base = 0.935 + random.next() * 0.03;
  const phase = [random.next() * 6.28, random.next() * 6.28];
  const rows = Float32Array.from({ length: height }, (_, y) => 0.012 * Math.sin(phase[0]! + (y / height) * 5.1));
  const shadowSide = random.next() < 0.5;
  const shadow = Math.round(width * 0.018);
  const cols = Float32Array.from({ length: width }, (_, x) => {
    const fromEdge = shadowSide ? x : width - 1 - x;
    const edge = fromEdge < shadow ? (1 - fromEdge / shadow) * (heavy ? 0.35 : 0.18) : 0;
    return 0.01 * Math.sin(phase[1]! + (x / width) * 3.7) - edge;
  });
  let jitter = 0x9e3779b9 ^ Math.floor(random.next() * 2 ** 31);
  for (let y = 0; y < height; y++) {
    const row = rows[y]!;
    for (let x = 0; x < width; x++) {
      let tone = base + row + cols[x]!;
      if (heavy) {
        jitter ^= jitter << 13; jitter ^= jitter >>> 17; jitter ^= jitter << 5;
        tone += ((jitter & 0xff) / 255 - 0.5) * 0.05;
      }
      const i = (y * width + x) * 4;
      data[i] = data[i]! * tone;
      data[i + 1] = data[i + 1]! * tone;
      data[i + 2] = data[i + 2]! * (tone - 0.012);
    }
  }
  ctx.putImageData(image, 0, 0);
}

function drawPage(doc: RenderedDocument, layout: ScanLayout, lines: readonly ScanLine[], last: boolean, random: Random, options: ScanOptions): Canvas {
  const { width, height, fontPx: px, dpi } = layout;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const maxDegrees = Math.min(1, Math.abs(options.maxRotationDegrees ?? 0.6));
  const angle = ((random.next() * 2 - 1) * maxDegrees * Math.PI) / 180;
  ctx.save();
  ctx.translate(width / 2 + (random.next() * 2 - 1) * dpi * 0.06, height / 2 + (random.next() * 2 - 1) * dpi * 0.06);
  ctx.rotate(angle);
  ctx.translate(-width / 2, -height / 2);
  const side = mmToPx(MARGIN_MM.side, dpi);
  const lineHeight = px * LINE_HEIGHT;
  let y = mmToPx(MARGIN_MM.top, dpi);
  ctx.font = scanFont(doc.language, px);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = `rgb(${22 + Math.floor(random.next() * 18)},${22 + Math.floor(random.next() * 18)},${28 + Math.floor(random.next() * 18)})`;
  for (const line of lines) {
    y += line.gapBefore * lineHeight;
    ctx.direction = line.rtl ? 'rtl' : 'ltr';
    ctx.textAlign = line.rtl ? 'right' : 'left';
    ctx.fillText(line.text, line.rtl ? width - side : side, y + px * 1.05);
    y += lineHeight;
  }
  const room = height - mmToPx(MARGIN_MM.bottom, dpi) * 0.6 - y;
  if (last && (options.stamp ?? doc.author !== undefined) && room > px * 5) {
    const rtl = doc.language === 'ar';
    const cx = rtl ? side + px * 6 : width - side - px * 6;
    drawStamp(ctx, doc.language, cx + (random.next() * 2 - 1) * px, y + px * 2.6, px, random);
  }
  ctx.restore();
  if ((options.noise ?? 'light') !== 'none') dirty(ctx, width, height, options.noise === 'heavy' ? 'heavy' : 'light', random);
  return canvas;
}

/** The page canvases; every encoder below starts from these. */
export function scanCanvases(doc: RenderedDocument, options: ScanOptions = {}): { layout: ScanLayout; canvases: Canvas[] } {
  const layout = layoutScan(doc, options);
  const random = createRandom(`scan:${seedOf(doc, options)}`);
  const canvases = layout.pages.map((lines, i) => drawPage(doc, layout, lines, i === layout.pages.length - 1, random, options));
  return { layout, canvases };
}

/** One PNG per page (RGB; a colour scan, the stamp is blue). */
export function renderScanPng(doc: RenderedDocument, options: ScanOptions = {}): Buffer[] {
  return scanCanvases(doc, options).canvases.map((canvas) => canvas.encodeSync('png'));
}

export function renderScanJpeg(doc: RenderedDocument, options: ScanOptions = {}): Buffer[] {
  return scanCanvases(doc, options).canvases.map((canvas) => canvas.encodeSync('jpeg', options.jpegQuality ?? 85));
}

/** One multi-page greyscale TIFF (uncompressed baseline), as office scanners send to e-mail. */
export function renderScanTiff(doc: RenderedDocument, options: ScanOptions = {}): Buffer {
  const { layout, canvases } = scanCanvases(doc, options);
  return encodeGrayTiff(canvases.map((canvas) => ({
    width: layout.width, height: layout.height, dpi: layout.dpi,
    rgba: canvas.getContext('2d').getImageData(0, 0, layout.width, layout.height).data,
  })));
}

/** Fixed so that the same scan always gives the same bytes. */
const CREATION_DATE = new Date(Date.UTC(2000, 0, 1));

/** A PDF of page images only (JPEG, full page), with no text layer: intake must OCR it. */
export async function renderScannedPdf(doc: RenderedDocument, options: ScanOptions = {}): Promise<Buffer> {
  const jpegs = renderScanJpeg(doc, options);
  const pdf = new PDFDocument({ autoFirstPage: false, info: { Producer: 'Missive demo scanner', Creator: 'Missive demo scanner', CreationDate: CREATION_DATE } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  for (const jpeg of jpegs) {
    pdf.addPage({ size: 'A4', margin: 0 });
    pdf.image(jpeg, 0, 0, { width: pdf.page.width, height: pdf.page.height });
  }
  pdf.end();
  await finished;
  return Buffer.concat(chunks);
}
