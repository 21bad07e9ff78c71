import { eld } from 'eld/medium';

/**
 * Languages of a text, main first, as ISO 639-1 codes. Scripts that belong to one language
 * decide by themselves (Hangul → ko, Kana → ja, Han → zh, Arabic → ar); Cyrillic is Russian
 * unless eld is clearly sure of another Cyrillic language; Latin-script text goes to eld, paragraph
 * by paragraph, so a bilingual document yields both of its languages.
 *
 * "Main" is the language with the most letters, a CJK character counting as three letters
 * (a Hangul syllable or Han character carries about what three Latin letters do): a Korean
 * letterhead over an English note gives ['en', 'ko'].
 */
export type Script = 'latin' | 'cyrillic' | 'arabic' | 'hangul' | 'kana' | 'han' | 'greek' | 'hebrew' | 'devanagari' | 'thai' | 'other';

const SCRIPTS: readonly [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['han', /\p{Script=Han}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
];
const LETTER = /[\p{L}\p{M}]/u;

/** The script of one character, or null when it is not a letter (digits, punctuation, spaces). */
export function scriptOf(char: string): Script | null {
  if (!LETTER.test(char)) return null;
  for (const [script, pattern] of SCRIPTS) if (pattern.test(char)) return script;
  return 'other';
}

export type ScriptCounts = Partial<Record<Script, number>>;

/** Letters per script. */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = {};
  for (const char of text) {
    const script = scriptOf(char);
    if (script) counts[script] = (counts[script] ?? 0) + 1;
  }
  return counts;
}

/** Text analysed per page or document: enough to be sure, bounded in time on huge text files. */
const MAX_ANALYSED_CHARS = 2_000_000;
const CJK_WEIGHT = 3;
/** A Latin paragraph shorter than this goes with the main Latin language (eld guesses wildly on "Geneva, 16 May 2024"). */
const MIN_PARAGRAPH_LETTERS = 80;
/** Close calls go to the languages Missive mostly sees: the UN's six and common European ones. */
const LIKELY = new Set(['en', 'fr', 'es', 'ru', 'ar', 'zh', 'pt', 'de', 'it', 'nl']);
const LIKELY_BONUS = 0.02;
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'mn', 'tg']);

const SINGLE_LANGUAGE_SCRIPTS: Partial<Record<Script, string>> = {
  arabic: 'ar', hangul: 'ko', greek: 'el', hebrew: 'he', devanagari: 'hi', thai: 'th',
};

/** eld's pick, with the bonus for likely languages; '' when it has no idea. */
function guess(text: string, allowed?: ReadonlySet<string>): { language: string; margin: number } {
  const scores = Object.entries(eld.detect(text).getScores())
    .filter(([language]) => !allowed || allowed.has(language))
    .map(([language, score]) => [language, score + (LIKELY.has(language) ? LIKELY_BONUS : 0)] as const)
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = scores;
  if (!first) return { language: '', margin: 0 };
  return { language: first[0], margin: first[1] - (second?.[1] ?? 0) };
}

function onlyScript(text: string, script: Script): string {
  let out = '';
  for (const char of text) {
    const of = scriptOf(char);
    out += of === script || (of === null && !/\p{N}/u.test(char)) ? char : ' ';
  }
  return out;
}

function add(counts: Map<string, number>, language: string, letters: number): void {
  if (language !== '' && letters > 0) counts.set(language, (counts.get(language) ?? 0) + letters);
}

function latinLanguages(text: string, counts: Map<string, number>): void {
  const latin = onlyScript(text, 'latin');
  const main = guess(latin.slice(0, 200_000)).language;
  for (const paragraph of latin.split(/\n\s*\n/)) {
    const letters = countScripts(paragraph).latin ?? 0;
    if (letters === 0) continue;
    const own = letters >= MIN_PARAGRAPH_LETTERS ? eld.detect(paragraph) : null;
    add(counts, own && own.isReliable() && own.language !== '' ? own.language : main, letters);
  }
}

function cyrillicLanguage(text: string, letters: number): string {
  if (letters < 100) return 'ru';
  const { language, margin } = guess(onlyScript(text, 'cyrillic').slice(0, 200_000), CYRILLIC_LANGUAGES);
  return language !== '' && language !== 'ru' && margin >= 0.02 ? language : 'ru';
}

/** Letters per language (CJK weighted), the raw material of detectLanguages; sums over pages give the document's. */
export function languageCounts(text: string): Map<string, number> {
  const sample = text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text;
  const scripts = countScripts(sample);
  const counts = new Map<string, number>();
  if (scripts.latin) latinLanguages(sample, counts);
  if (scripts.cyrillic) add(counts, cyrillicLanguage(sample, scripts.cyrillic), scripts.cyrillic);
  for (const [script, language] of Object.entries(SINGLE_LANGUAGE_SCRIPTS)) {
    add(counts, language, scripts[script as Script] ?? 0);
  }
  const kana = scripts.kana ?? 0;
  const han = scripts.han ?? 0;
  // Japanese writes Han with Kana between; Chinese has no Kana.
  if (kana > 0 && kana >= 0.05 * (kana + han)) add(counts, 'ja', (kana + han) * CJK_WEIGHT);
  else add(counts, 'zh', han * CJK_WEIGHT);
  if (scripts.hangul) counts.set('ko', scripts.hangul * CJK_WEIGHT);
  return counts;
}

/** A language is kept when it has at least this many letters and this share of all of them. */
const MIN_LETTERS = 10;
const MIN_SHARE = 0.02;
/** Latin languages found paragraph by paragraph need more, as eld errs on short paragraphs. */
const MIN_LATIN_SECONDARY_LETTERS = 100;
const MIN_LATIN_SECONDARY_SHARE = 0.1;
const NON_LATIN = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'mn', 'tg', 'ar', 'ko', 'ja', 'zh', 'el', 'he', 'hi', 'th']);

/** Languages from counts, main first. */
export function rankLanguages(counts: ReadonlyMap<string, number>): string[] {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked
    .filter(([language, n], index) => {
      if (index === 0) return true;
      const latinSecondary = !NON_LATIN.has(language);
      const minLetters = latinSecondary ? MIN_LATIN_SECONDARY_LETTERS : MIN_LETTERS;
      const minShare = latinSecondary ? MIN_LATIN_SECONDARY_SHARE : MIN_SHARE;
      return n >= minLetters && n / total >= minShare;
    })
    .map(([language]) => language);
}

export function detectLanguages(text: string): string[] {
  return rankLanguages(languageCounts(text));
}

/** Sums per-page counts into the document's. */
export function mergeCounts(all: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const merged = new Map<string, number>();
  for (const counts of all) for (const [language, n] of counts) add(merged, language, n);
  return merged;
}
