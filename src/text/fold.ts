/**
 * Folding of multilingual text for matching, with a map back to the original offsets so that
 * every value found in the folded text can point at the exact characters it was read from.
 */

/** A folded view of a text: `text[i]` came from `source.slice(starts[i], ends[i])`. */
export interface FoldedText {
  readonly source: string;
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export interface FoldOptions {
  /** Lower-case, strip accents and Arabic harakat, unify Arabic letter variants (for words). */
  readonly loose: boolean;
}

/** Invisible characters that PDF and bidi extraction leave in text: zero-width, bidi controls, soft hyphen, BOM, tatweel. */
const INVISIBLE = /[\u00AD\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u02BC\u02B9\u00B4\u0060\u2032]/u;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u300C\u300D]/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const MARKS = /\p{M}/gu;

/** Arabic-Indic (U+0660) and Persian/Urdu (U+06F0) digits as ASCII. */
export function asciiDigit(ch: string): string | null {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return null;
}

/** Arabic letters written several ways (yeh, alef maqsura, teh marbuta, Persian kaf/yeh). */
const ARABIC_LETTERS: Readonly<Record<string, string>> = { 'ى': 'ي', 'ی': 'ي', 'ة': 'ه', 'ک': 'ك', 'ۀ': 'ه' };

const cache = new Map<string, string>();

/** One character folded; cached because documents repeat a small alphabet. */
function foldChar(ch: string, loose: boolean): string {
  const key = loose ? `l${ch}` : `s${ch}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let out: string;
  if (INVISIBLE.test(ch)) out = '';
  else if (asciiDigit(ch) !== null) out = asciiDigit(ch) ?? ch;
  else if (SINGLE_QUOTES.test(ch)) out = "'";
  else if (DOUBLE_QUOTES.test(ch)) out = '"';
  else if (DASHES.test(ch)) out = '-';
  else {
    out = ch.normalize('NFKC');
    if (/^\s+$/u.test(out)) out = ' ';
    if (loose) {
      out = out.normalize('NFKD').replace(MARKS, '').normalize('NFC').toLowerCase();
      out = [...out].map((c) => ARABIC_LETTERS[c] ?? c).join('');
    }
  }
  if (cache.size < 50_000) cache.set(key, out);
  return out;
}

/**
 * Folds `source`: NFKC (full-width forms, ligatures, Arabic presentation forms, `№` → `No`),
 * ASCII digits, one kind of quote and dash, invisible characters removed; with `loose` also
 * lower case without accents or harakat. Newlines are kept, so line structure survives.
 */
export function foldText(source: string, options: FoldOptions = { loose: true }): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < source.length;) {
    const cp = source.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const end = i + ch.length;
    const out = ch === '\n' || ch === '\r' ? ch : cp < 0x80 ? (options.loose ? ch.toLowerCase() : ch) : foldChar(ch, options.loose);
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(end);
    }
    text += out;
    i = end;
  }
  return { source, text, starts, ends };
}

/** A folded string without offsets, for building dictionaries that are matched against folded text. */
export function fold(text: string): string {
  return foldText(text).text;
}

/** The offsets in the source of the folded range [start, end). */
export function sourceRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  if (folded.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), folded.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), folded.text.length);
  return { start: folded.starts[s] ?? 0, end: folded.ends[e - 1] ?? folded.source.length };
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
