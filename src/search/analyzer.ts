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
 * - light stemming (Snowball, via @orama/stemmers) for English, French and Spanish words in Latin
 *   script and Russian in Cyrillic: the index keeps each term twice, as written (for phrases,
 *   prefixes and exact matches) and stemmed (for plain words), position by position.
 */
import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { stemmer as spanishStem } from '@orama/stemmers/spanish';

const COMBINING = /[\u0300-\u036f]/g;
const HARAKAT = /[\u064b-\u065f\u0670\u0640]/g;
const ARABIC_FOLDS: Readonly<Record<string, string>> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ي', 'ى': 'ي', 'ة': 'ه' };
const ARABIC_FOLD = /[أإآٱؤئىة]/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
/** Every character the Arabic folds above change lies in this block. */
const ARABIC_BLOCK = /[\u0600-\u06ff]/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]+/u;
const NO_SPACE_SCRIPTS = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const PIECES = new RegExp(`${CJK_RUN.source}|[^\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30fc]+`, 'gu');

let segmenter: Intl.Segmenter | null = null;

/** The normalised form of a text, before it is cut into terms. */
export function normalizeText(text: string): string {
  // ASCII is its own NFKC form: only its case changes (most page text takes the next path, once).
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  const folded = text.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING, '').normalize('NFC');
  if (!ARABIC_BLOCK.test(folded)) return folded;
  return folded
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

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const wordCharCache = new Map<number, boolean>();

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = wordCharCache.get(code);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(code));
    if (wordCharCache.size < 100_000) wordCharCache.set(code, known);
  }
  return known;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 0x73;

/** An English possessive or contraction `'s` right after a word at `i` (the apostrophe): its `s` says nothing. */
function possessiveAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if ((code !== APOSTROPHE && code !== RIGHT_QUOTE) || text.charCodeAt(i + 1) !== LOWER_S) return false;
  return i + 2 >= text.length || !isWordChar(text.codePointAt(i + 2) ?? 0);
}

/**
 * Runs of letters, marks and digits: the same as matching /[\p{L}\p{M}\p{N}]+/gu, three times
 * faster; an `'s` after a word is dropped, so that "women's rights" is two words, not a phrase.
 */
function wordRuns(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    const wide = code > 0xffff;
    if (isWordChar(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
      if (possessiveAt(text, i)) i += 1;
    }
    if (wide) i++;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

function words(text: string): string[] {
  if (!NO_SPACE_SCRIPTS.test(text)) return wordRuns(text);
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(...wordRuns(s.segment));
  return out;
}

/** The terms of a text, in order: what is indexed, and what a query word becomes. */
export function analyze(text: string): string[] {
  const normal = normalizeText(text);
  if (!CJK_RUN.test(normal)) return capped(words(normal));
  const terms: string[] = [];
  for (const piece of normal.match(PIECES) ?? []) {
    if (CJK_RUN.test(piece) && [...piece].every((ch) => CJK_RUN.test(ch))) terms.push(...bigrams(piece));
    else terms.push(...words(piece));
  }
  return capped(terms);
}

/** Longer terms are cut (PostgreSQL refuses lexemes over 2 kB; no real word is this long). */
export const MAX_TERM_LENGTH = 64;

function capped(terms: string[]): string[] {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (t !== undefined && t.length > MAX_TERM_LENGTH) terms[i] = t.slice(0, MAX_TERM_LENGTH);
  }
  return terms;
}

type Stemmer = (word: string) => string;
const STEMMERS: Readonly<Record<string, Stemmer>> = { en: englishStem, fr: frenchStem, es: spanishStem, ru: russianStem };
const LATIN_STEM_LANGUAGES = ['en', 'fr', 'es'] as const;
const LATIN = /^[a-z]+$/;
const CYRILLIC = /^[\p{Script=Cyrillic}]+$/u;
/** Stems are cached per language: a corpus' vocabulary is small beside its length. */
const stemCache = new Map<string, Map<string, string>>();
const STEM_CACHE_LIMIT = 200_000;

function cachedStem(language: string, term: string): string {
  const stem = STEMMERS[language];
  if (!stem) return term;
  let cache = stemCache.get(language);
  if (!cache) stemCache.set(language, (cache = new Map()));
  let out = cache.get(term);
  if (out === undefined) {
    out = stem(term);
    if (out.length === 0) out = term;
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(term, out);
  }
  return out;
}

/** The languages whose stemmer applies to a term, by its script. */
function stemLanguagesOf(term: string): readonly string[] {
  if (LATIN.test(term)) return LATIN_STEM_LANGUAGES;
  if (CYRILLIC.test(term)) return ['ru'];
  return [];
}

/**
 * The stem of an analyzed term in a document of the given languages (first matching its script
 * wins; English for Latin text of unknown language). Other scripts are kept as they are.
 */
export function stemTerm(term: string, languages: readonly string[]): string {
  const candidates = stemLanguagesOf(term);
  if (candidates.length === 0) return term;
  const language = languages.find((l) => candidates.includes(l)) ?? candidates[0] ?? '';
  return cachedStem(language, term);
}

/**
 * Every stem a query term may have been indexed under: the query's language is unknown, so a
 * Latin word is stemmed as English, French and Spanish alike, a Cyrillic one as Russian.
 */
export function queryStems(term: string): string[] {
  const candidates = stemLanguagesOf(term);
  if (candidates.length === 0) return [term];
  return [...new Set(candidates.map((l) => cachedStem(l, term)))];
}

/** What the index stores of a text: its terms as written and stemmed, position by position. */
export interface IndexedTerms {
  readonly exact: readonly string[];
  readonly stem: readonly string[];
}

/** Per document language, each term's stem (or the term itself outside Latin and Cyrillic). */
const indexStemCache = new Map<string, Map<string, string>>();

export function analyzeForIndex(text: string, languages: readonly string[]): IndexedTerms {
  const exact = analyze(text);
  const latin = languages.find((l) => (LATIN_STEM_LANGUAGES as readonly string[]).includes(l)) ?? 'en';
  let cache = indexStemCache.get(latin);
  if (!cache) indexStemCache.set(latin, (cache = new Map()));
  const stem = new Array<string>(exact.length);
  for (let i = 0; i < exact.length; i++) {
    const term = exact[i] ?? '';
    let out = cache.get(term);
    if (out === undefined) {
      out = stemTerm(term, [latin]);
      if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
      cache.set(term, out);
    }
    stem[i] = out;
  }
  return { exact, stem };
}
