import type { SKRSContext2D } from '@napi-rs/canvas';

/** One printed line: its text in logical order, and whether it is set right to left. */
export interface ScanLine {
  readonly text: string;
  readonly rtl: boolean;
  /** Extra space above the line, in line heights (a blank line between paragraphs). */
  readonly gapBefore: number;
}

const ARABIC_LETTER = /[\u0600-\u065F\u066E-\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** Characters a line may break around without a space (Han, kana, full-width forms, CJK punctuation). */
const CJK = /[\u2E80-\u2FFF\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;
/** Never at the start of a line (kinsoku): they stay with the character before. */
const NO_LINE_START = /^[、。，．：；！？）」』】》〉％・ー〕］｝,.;:!?)\]}%]$/u;
/** Never at the end of a line: they stay with the character after. */
const NO_LINE_END = /^[（「『【《〈〔［｛(\[{]$/u;

interface Atom {
  text: string;
  /** Whether a space separates it from the atom before. */
  spaced: boolean;
}

/** Words, and single CJK characters inside words, so Chinese wraps anywhere and Korean at spaces. */
function atomize(paragraph: string): Atom[] {
  const atoms: Atom[] = [];
  let glueNext = false;
  const push = (text: string, spaced: boolean): void => {
    const last = atoms[atoms.length - 1];
    if (last && (glueNext || (!spaced && NO_LINE_START.test(text)))) {
      last.text += spaced ? ` ${text}` : text;
    } else {
      atoms.push({ text, spaced });
    }
    glueNext = NO_LINE_END.test([...text].pop() ?? '');
  };
  for (const [i, word] of paragraph.split(' ').entries()) {
    if (word === '') continue;
    let spaced = i > 0 && atoms.length > 0;
    let pending = '';
    const flush = (): void => {
      if (pending === '') return;
      push(pending, spaced);
      pending = '';
      spaced = false;
    };
    for (const ch of word) {
      if (CJK.test(ch)) {
        flush();
        pending = ch;
        flush();
      } else {
        pending += ch;
      }
    }
    flush();
  }
  return atoms;
}

/** Splits a word too wide for any line (a long URL) into pieces that fit. */
function splitWide(ctx: SKRSContext2D, text: string, width: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of text) {
    if (current !== '' && ctx.measureText(current + ch).width > width) {
      pieces.push(current);
      current = '';
    }
    current += ch;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Greedy filling, measured on the whole candidate line so shaping and kerning are counted. */
export function wrapParagraph(ctx: SKRSContext2D, paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const atom of atomize(paragraph)) {
    const candidate = current === '' ? atom.text : `${current}${atom.spaced ? ' ' : ''}${atom.text}`;
    if (current === '' || ctx.measureText(candidate).width <= width) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = atom.text;
    if (ctx.measureText(current).width > width) {
      const pieces = splitWide(ctx, current, width);
      current = pieces.pop() ?? '';
      lines.push(...pieces);
    }
  }
  if (current !== '') {
    if (ctx.measureText(current).width > width) lines.push(...splitWide(ctx, current, width));
    else lines.push(current);
  }
  return lines;
}

/** Every line of the document at the context's current font; a blank line becomes a gap. */
export function layoutLines(ctx: SKRSContext2D, text: string, width: number): ScanLine[] {
  const lines: ScanLine[] = [];
  let gap = 0;
  for (const paragraph of text.replace(/\r\n/g, '\n').split('\n')) {
    const trimmed = paragraph.trim();
    if (trimmed === '') {
      if (lines.length > 0) gap = 0.6;
      continue;
    }
    const rtl = ARABIC_LETTER.test(trimmed);
    for (const line of wrapParagraph(ctx, trimmed, width)) {
      lines.push({ text: line, rtl, gapBefore: gap });
      gap = 0;
    }
  }
  return lines;
}

/** Lines cut into pages of `capacity` line heights; gaps at the top of a page are dropped. */
export function paginate(lines: readonly ScanLine[], capacity: number): ScanLine[][] {
  const pages: ScanLine[][] = [];
  let page: ScanLine[] = [];
  let used = 0;
  for (const line of lines) {
    const need = (page.length === 0 ? 0 : line.gapBefore) + 1;
    if (page.length > 0 && used + need > capacity) {
      pages.push(page);
      page = [];
      used = 0;
    }
    const placed = page.length === 0 ? { ...line, gapBefore: 0 } : line;
    used += placed.gapBefore + 1;
    page.push(placed);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The text a page shows, paragraphs separated by blank lines, as a label or an OCR check would compare it. */
export function pageText(page: readonly ScanLine[]): string {
  return page.map((line, i) => `${i > 0 && line.gapBefore > 0 ? '\n' : ''}${line.text}`).join('\n');
}
