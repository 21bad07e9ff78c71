/**
 * A PDF page's text items put back into lines and reading order. pdf.js gives items in content
 * order with positions; some producers emit one glyph per item (Chromium), others a word or a
 * line (pdfkit), and right-to-left text comes in visual order. Per line we sort items left to
 * right, join them with a space where there is a visible gap, restore logical order with a
 * simplified bidi pass (runs of the other direction reversed), and apply NFKC so that Arabic
 * presentation forms and Kangxi radicals become ordinary letters.
 */
export interface TextPiece {
  readonly str: string;
  /** 'rtl' when pdf.js found right-to-left text in the item. */
  readonly dir: string;
  /** Baseline start, in device space (y grows downwards). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size in device space. */
  readonly size: number;
}

type Direction = 'L' | 'R' | 'N';

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const STRONG = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** A gap wider than this share of the font size is a space between words. */
const SPACE_GAP = 0.18;
/** Baselines closer than this share of the font size belong to one line (superscripts included). */
const SAME_LINE = 0.5;
/** A line gap this much larger than the usual one starts a new paragraph. */
const PARAGRAPH_GAP = 1.4;

/**
 * Content decides before pdf.js's flag: pdf.js marks a run of digits inside an Arabic line as
 * right-to-left, but numbers and Latin words (references, note numbers) read left to right there.
 */
function directionOf(piece: TextPiece): Direction {
  if (RTL_LETTER.test(piece.str)) return 'R';
  if (STRONG.test(piece.str)) return 'L';
  return piece.dir === 'rtl' ? 'R' : 'N';
}

/** Letters only: digits are weak and must not make `الرقم: 31/2021` a left-to-right line. */
function countLetters(pieces: readonly TextPiece[], rtl: boolean): number {
  let n = 0;
  for (const piece of pieces) for (const char of piece.str) if (LETTER.test(char) && RTL_LETTER.test(char) === rtl) n += 1;
  return n;
}

/**
 * Visual indexes in reading order. The line's base direction is that of most of its letters;
 * runs of the other direction (with neutral items inside them) keep their internal order, which
 * for a right-to-left run seen left to right means reversing it.
 */
export function readingOrder(directions: readonly Direction[], rtlBase: boolean): number[] {
  const base = directions.map((_, i) => i);
  if (rtlBase) base.reverse();
  const opposite: Direction = rtlBase ? 'L' : 'R';
  const order: number[] = [];
  let i = 0;
  while (i < base.length) {
    const at = base[i] ?? 0;
    if (directions[at] !== opposite) {
      order.push(at);
      i += 1;
      continue;
    }
    let last = i;
    for (let j = i + 1; j < base.length; j += 1) {
      const type = directions[base[j] ?? 0];
      if (type === opposite) last = j;
      else if (type !== 'N') break;
    }
    order.push(...base.slice(i, last + 1).reverse());
    i = last + 1;
  }
  return order;
}

function lineText(pieces: readonly TextPiece[]): string {
  const visual = [...pieces].sort((a, b) => a.x - b.x);
  const spaced = visual.map((piece, i) => {
    const previous = visual[i - 1];
    if (!previous) return false;
    const gap = piece.x - (previous.x + previous.width);
    return gap > SPACE_GAP * Math.max(piece.size, previous.size) || /\s$/.test(previous.str) || /^\s/.test(piece.str);
  });
  const rtlBase = countLetters(visual, true) > countLetters(visual, false);
  const order = readingOrder(visual.map(directionOf), rtlBase);
  let text = '';
  order.forEach((index, k) => {
    const previous = order[k - 1];
    if (previous !== undefined) {
      const neighbours = Math.abs(previous - index) === 1;
      if (!neighbours || spaced[Math.max(previous, index)]) text += ' ';
    }
    text += visual[index]?.str ?? '';
  });
  return text.replace(/[ \t]+/g, ' ').trim().normalize('NFKC');
}

interface Line {
  readonly y: number;
  readonly size: number;
  readonly pieces: TextPiece[];
}

function groupLines(pieces: readonly TextPiece[]): Line[] {
  const sorted = pieces.filter((piece) => piece.str.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; size: number; pieces: TextPiece[] }[] = [];
  for (const piece of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(piece.y - line.y) <= SAME_LINE * Math.max(line.size, piece.size)) {
      line.pieces.push(piece);
      line.size = Math.max(line.size, piece.size);
    } else {
      lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
    }
  }
  return lines;
}

/**
 * The usual distance between lines of one paragraph. Not the median: a note made of many one-line
 * paragraphs has more paragraph gaps than line gaps. A low percentile finds the line spacing.
 */
function usualGap(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.1)] ?? 0;
}

/** The page's text: one line per line, a blank line where the spacing shows a new paragraph. */
export function assemblePage(pieces: readonly TextPiece[]): string {
  const lines = groupLines(pieces);
  const gaps = lines.slice(1).map((line, i) => line.y - (lines[i]?.y ?? line.y));
  const usual = usualGap(gaps.filter((gap) => gap > 0));
  const out: string[] = [];
  lines.forEach((line, i) => {
    const gap = gaps[i - 1];
    if (gap !== undefined && usual > 0 && gap > PARAGRAPH_GAP * usual && gap > 1.5 * line.size) out.push('');
    out.push(lineText(line.pieces));
  });
  return out.join('\n');
}
