import PDFDocument from 'pdfkit';
import type * as fontkit from 'fontkit';
import type { RenderedDocument } from '../types.js';
import { ascentEm, loadFont, primaryFontFor, type FontKey } from './fonts.js';
import { featuresFor, layoutParagraph, measure, type Atom, type Line } from './layout.js';

const PAGE = { width: 595.28, height: 841.89, margin: 64 };
const SIZE = 10.5;
const LEADING = SIZE * 1.45;
/** Fixed so that the same document always gives the same bytes (stores are content-addressed). */
const CREATION_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * pdfkit 0.20 accepts a parsed fontkit font and an object of feature switches, which its type
 * definitions do not describe yet; this is the subset of the document used with those.
 */
interface Canvas {
  font(src: fontkit.Font, family: string, size?: number): Canvas;
  text(text: string, x: number, y: number, options: { lineBreak: false; features?: Record<string, boolean> }): Canvas;
  fillColor(color: string): Canvas;
  addPage(): Canvas;
}

/** `y` is the baseline; pdfkit wants the top of the line box, which depends on the font. */
function draw(canvas: Canvas, font: FontKey, text: string, x: number, y: number): void {
  const features = featuresFor(font);
  const top = y - ascentEm(font) * SIZE;
  canvas.font(loadFont(font), font, SIZE).text(text, x, top, features ? { lineBreak: false, features } : { lineBreak: false });
}

/** Left to right, merging neighbouring atoms of one font so a line is a few text operations. */
function drawLtr(canvas: Canvas, atoms: Atom[], x0: number, y: number): void {
  let x = x0;
  let pending: { font: FontKey; text: string; x: number } | null = null;
  const space = measure('latin', ' ', SIZE);
  for (const atom of atoms) {
    if (atom.spaced) {
      if (pending) pending.text += ' ';
      x += space;
    }
    for (const run of atom.runs) {
      if (pending && pending.font === run.font) pending.text += run.text;
      else {
        if (pending) draw(canvas, pending.font, pending.text, pending.x, y);
        pending = { font: run.font, text: run.text, x };
      }
      x += run.width;
    }
  }
  if (pending) draw(canvas, pending.font, pending.text, pending.x, y);
}

/**
 * Right to left, one Arabic word per text operation, in reading order: extractors then return
 * the words in logical order. Left-to-right stretches (numbers, references) keep their order.
 */
function drawRtl(canvas: Canvas, line: Line, right: number, y: number): void {
  const space = measure('latin', ' ', SIZE);
  let x = right;
  let i = 0;
  const atoms = line.atoms;
  while (i < atoms.length) {
    const atom = atoms[i];
    if (!atom) break;
    if (atom.spaced && i > 0) x -= space;
    if (atom.rtl) {
      x -= atom.width;
      let rx = x + atom.width;
      for (const run of atom.runs) {
        rx -= run.width;
        draw(canvas, run.font, run.text, rx, y);
      }
      i += 1;
      continue;
    }
    let j = i;
    let width = 0;
    while (j < atoms.length && !(atoms[j]?.rtl ?? true)) {
      const a = atoms[j];
      if (!a) break;
      width += (j > i && a.spaced ? space : 0) + a.width;
      j += 1;
    }
    x -= width;
    drawLtr(canvas, [{ ...atom, spaced: false }, ...atoms.slice(i + 1, j)], x, y);
    i = j;
  }
}

/**
 * Two concessions to text extraction in Arabic: extractors (pdf.js, Poppler) read a run of
 * Arabic-Indic digits backwards ("١٦" comes back as "٦١"), so the PDF prints them as ASCII
 * digits; and vowel marks such as tanween are positioned apart from their letter and end up
 * in the wrong word, so they are left out. The text twin of the document keeps both.
 */
function printable(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u064B-\u0652]/g, '');
}

export async function renderPdf(doc: RenderedDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    info: { Title: doc.title, Producer: 'Missive demo renderer', Creator: 'Missive', CreationDate: CREATION_DATE },
    lang: doc.language,
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  const canvas = pdf as unknown as Canvas;
  const width = PAGE.width - 2 * PAGE.margin;
  const bottom = PAGE.height - PAGE.margin;
  let y = PAGE.margin;
  for (const paragraph of printable(doc.text).split('\n')) {
    const lines = paragraph.trim() === '' ? [] : layoutParagraph(paragraph.trim(), width, SIZE, primaryFontFor(doc.language));
    if (lines.length === 0) {
      y += LEADING * 0.6;
      continue;
    }
    for (const line of lines) {
      if (y + LEADING > bottom) {
        canvas.addPage();
        y = PAGE.margin;
      }
      const baseline = y + SIZE;
      if (line.rtl) drawRtl(canvas, line, PAGE.margin + width, baseline);
      else drawLtr(canvas, line.atoms, PAGE.margin, baseline);
      y += LEADING;
    }
  }
  pdf.end();
  await finished;
  return Buffer.concat(chunks);
}
