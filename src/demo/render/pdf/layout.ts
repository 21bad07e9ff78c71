import { fontKeyFor, isArabicLetter, isCjk, loadFont, type FontKey, type PrimaryFont } from './fonts.js';

/**
 * A word's direction comes from its letters and digits: `1/2021،` (a number with an Arabic
 * comma) stays with the left-to-right reference before it; punctuation alone follows Arabic.
 */
function isRightToLeft(word: string): boolean {
  const strong = [...word].filter((ch) => /[\p{L}\p{N}]/u.test(ch));
  return strong.length > 0 ? strong.some(isArabicLetter) : [...word].some(isArabicLetter);
}

/** A run of text drawn with one font. */
export interface Run {
  font: FontKey;
  text: string;
  width: number;
}

/** The smallest unit a line may break after: a word, or a single CJK character. */
export interface Atom {
  runs: Run[];
  width: number;
  /** Whether a space separates it from the previous atom. */
  spaced: boolean;
  rtl: boolean;
}

export interface Line {
  atoms: Atom[];
  rtl: boolean;
}

const keyCache = new Map<string, FontKey>();
const widthCache = new Map<string, number>();

function keyFor(ch: string, primary: PrimaryFont): FontKey {
  const cacheKey = `${primary}${ch}`;
  let key = keyCache.get(cacheKey);
  if (key === undefined) {
    key = fontKeyFor(ch, primary);
    keyCache.set(cacheKey, key);
  }
  return key;
}

/**
 * Arabic is drawn without the lam-alef ligature: text extractors reverse a ligature's
 * characters when they restore logical order ("الأمم" came back as "األمم"), and being
 * extractable matters more here than typographic polish.
 */
export function featuresFor(font: FontKey): Record<string, boolean> | undefined {
  return font === 'arabic' ? { rlig: false, liga: false } : undefined;
}

/** Advance width in points at `size`; fresh feature objects because fontkit mutates them. */
export function measure(font: FontKey, text: string, size: number): number {
  const cacheKey = `${font}\u0000${text}`;
  let units = widthCache.get(cacheKey);
  if (units === undefined) {
    const f = loadFont(font);
    units = f.layout(text, featuresFor(font)).advanceWidth / f.unitsPerEm;
    if (widthCache.size > 200_000) widthCache.clear();
    widthCache.set(cacheKey, units);
  }
  return units * size;
}

function toRuns(word: string, size: number, primary: PrimaryFont): Run[] {
  const runs: Run[] = [];
  for (const ch of word) {
    const font = keyFor(ch, primary);
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += ch;
    else runs.push({ font, text: ch, width: 0 });
  }
  for (const run of runs) run.width = measure(run.font, run.text, size);
  return runs;
}

const ARABIC_PUNCTUATION = /[\u060C\u061B\u061F\u066A-\u066D\u06D4]/u;

function atomize(paragraph: string, size: number, primary: PrimaryFont): Atom[] {
  const atoms: Atom[] = [];
  for (const [i, word] of paragraph.split(' ').entries()) {
    if (word === '') continue;
    let spaced = i > 0;
    let pending = '';
    const flush = (): void => {
      if (pending === '') return;
      const runs = toRuns(pending, size, primary);
      atoms.push({ runs, width: runs.reduce((w, r) => w + r.width, 0), spaced, rtl: isRightToLeft(pending) });
      pending = '';
      spaced = false;
    };
    for (const ch of word) {
      // Arabic punctuation is its own atom, so it lands on the right-to-left side of a number it follows.
      if (isCjk(ch) || ARABIC_PUNCTUATION.test(ch)) {
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

/** Greedy line filling; a paragraph with Arabic letters is laid out right to left. */
export function layoutParagraph(paragraph: string, width: number, size: number, primary: PrimaryFont): Line[] {
  const atoms = atomize(paragraph, size, primary);
  const rtl = atoms.some((a) => a.rtl);
  const space = measure('latin', ' ', size);
  const lines: Line[] = [];
  let current: Atom[] = [];
  let used = 0;
  for (const atom of atoms) {
    const extra = (current.length > 0 && atom.spaced ? space : 0) + atom.width;
    if (current.length > 0 && used + extra > width) {
      lines.push({ atoms: current, rtl });
      current = [];
      used = 0;
    }
    used += current.length === 0 ? atom.width : extra;
    current.push(current.length === 0 ? { ...atom, spaced: false } : atom);
  }
  if (current.length > 0) lines.push({ atoms: current, rtl });
  return lines;
}
