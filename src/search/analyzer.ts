/**
 * The one text analyzer both stores index and query with, so SQLite and PostgreSQL see the same
 * terms (STACK.md §1, option D): normalise in the application, then let the database split on
 * spaces only.
 *
 * - NFKC, lower case; combining marks of Latin, Cyrillic and Greek removed (é→e, ё→е, ά→α),
 *   but not all marks: Thai and Devanagari vowel signs carry meaning;
 * - Arabic: harakat and tatweel removed, hamza forms of alef, waw and ya folded, alef maqsura
 *   to ya, ta marbuta to ha, Arabic-Indic and Persian digits to ASCII;
 * - Han, Hiragana, Katakana and Hangul runs become overlapping character bigrams, so `인민` is
 *   found inside `조선민주주의인민공화국` (a word segmenter keeps that whole);
 * - Thai, Lao, Khmer and Myanmar, written without spaces, are cut into words by Intl.Segmenter.
 *
 * Stemming (English, French, Spanish, Russian) is still to come with the search issue.
 */

const COMBINING = /[\u0300-\u036f]/g;
const HARAKAT = /[\u064b-\u065f\u0670\u0640]/g;
const ARABIC_FOLDS: Readonly<Record<string, string>> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ي', 'ى': 'ي', 'ة': 'ه' };
const ARABIC_FOLD = /[أإآٱؤئىة]/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]+/u;
const NO_SPACE_SCRIPTS = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const PIECES = new RegExp(`${CJK_RUN.source}|[^\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30fc]+`, 'gu');

let segmenter: Intl.Segmenter | null = null;

/** The normalised form of a text, before it is cut into terms. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING, '')
    .normalize('NFC')
    .replace(HARAKAT, '')
    .replace(ARABIC_FOLD, (ch) => ARABIC_FOLDS[ch] ?? ch)
    .replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

function words(text: string): string[] {
  if (!NO_SPACE_SCRIPTS.test(text)) return text.match(WORD) ?? [];
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(...(s.segment.match(WORD) ?? []));
  return out;
}

/** The terms of a text, in order: what is indexed, and what a query word becomes. */
export function analyze(text: string): string[] {
  const normal = normalizeText(text);
  const terms: string[] = [];
  for (const piece of normal.match(PIECES) ?? []) {
    if (CJK_RUN.test(piece) && [...piece].every((ch) => CJK_RUN.test(ch))) terms.push(...bigrams(piece));
    else terms.push(...words(piece));
  }
  return terms;
}
