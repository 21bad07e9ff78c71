/**
 * A small language guess from writing systems and a few function words, for when no detector
 * ran (the intake's detector is better; this keeps `understand` usable on its own).
 */

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['ko', /\p{Script=Hangul}/u],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['zh', /\p{Script=Han}/u],
  ['ar', /\p{Script=Arabic}/u],
  ['ru', /\p{Script=Cyrillic}/u],
  ['latin', /\p{Script=Latin}/u],
];

const WEIGHT: Readonly<Record<string, number>> = { zh: 3, ja: 3, ko: 2.5 };

/** Function words that tell the Latin-script languages of the UN apart. */
const LATIN_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'with', 'has', 'its', 'this', 'which', 'are', 'on', 'we']),
  fr: new Set(['le', 'les', 'des', 'du', 'et', 'à', 'une', 'pour', 'qui', 'est', 'aux', 'sur', 'dans', 'au', 'ses', 'nous']),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'que', 'por', 'con', 'para', 'una', 'su', 'sus', 'al', 'se', 'lo', 'como']),
};

function latinLanguage(text: string): string {
  const counts: Record<string, number> = { en: 0, fr: 0, es: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [lang, words] of Object.entries(LATIN_WORDS)) if (words.has(word)) counts[lang] = (counts[lang] ?? 0) + 1;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
}

/**
 * Languages of `text`, main first (ISO 639-1), by the share of letters in each script. A
 * script counts when it has at least 20 letters and 3 % of them, so a reference number in
 * Latin letters does not make a Chinese note bilingual.
 */
export function guessLanguages(text: string): string[] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    const found = SCRIPTS.find(([, re]) => re.test(ch));
    // A Han character or a Hangul syllable carries about as much as two or three Latin letters.
    const weight = found ? (WEIGHT[found[0]] ?? 1) : 1;
    total += weight;
    if (found) counts.set(found[0], (counts.get(found[0]) ?? 0) + weight);
  }
  // Japanese is written with Han as well; kana decide it.
  if ((counts.get('ja') ?? 0) > 0) {
    counts.set('ja', (counts.get('ja') ?? 0) + (counts.get('zh') ?? 0));
    counts.delete('zh');
  }
  const kept = [...counts.entries()].filter(([, n]) => n >= 20 && n >= total * 0.01).sort((a, b) => b[1] - a[1]);
  return kept.map(([script]) => (script === 'latin' ? latinLanguage(text) : script));
}
