import type { ReferenceData } from '../domain/index.js';
import { escapeRegExp, fold } from '../text/fold.js';
import { stateAliases } from './state-names.js';

/** A State's name found in a stretch of folded text. */
export interface CountryMatch {
  readonly code: string;
  /** Offsets in the folded text searched. */
  readonly start: number;
  readonly end: number;
  /**
   * How much of the name matched letter for letter: an exact name wins over a declined
   * look-alike, a longer stem over a shorter one (Мальты is Malta's, not Mali's).
   */
  readonly fixed: number;
}

interface Variant {
  readonly code: string;
  /** The folded name, white space as one space (none for CJK), matched literally ... */
  readonly literal: string;
  /** ... unless it is Russian, matched by stems with this pattern (sticky, compiled on first use). */
  readonly stems: string | null;
  /** Letters of the stems, for ranking stem matches. */
  readonly stemLength: number;
  pattern: RegExp | null;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Catalogue forms such as "Iran (Islamic Republic of)", "Congo (República Democrática del)"
 * or "КНР (Китайская Народная Республика)" give the names met in running text.
 */
function runningForms(name: string): string[] {
  const m = /^(.*?)\s*[(（](.+)[)）]$/u.exec(name);
  if (!m) return [name];
  const [, head = '', inner = ''] = m;
  // The whole catalogue name first: callers tell it from its parts by position.
  return [name, head, inner, `${inner} ${head}`];
}

/** Russian declines names ("Российской Федерации"): each long word keeps its stem and may take a short ending. */
function cyrillicStem(word: string): string {
  const letters = [...word];
  if (letters.length < 4) return word;
  // A short name keeps a final consonant (Ирак → Ирака, not Иран); longer ones lose two letters (Египет → Египта).
  const cut = letters.length > 4 ? 2 : /[аяоеьйыиую]$/u.test(word) ? 1 : 0;
  return letters.slice(0, letters.length - cut).join('');
}

function cyrillicWord(word: string): string {
  // Abbreviations decline with a short ending: ЦАР → ЦАРа.
  if ([...word].length < 4) return `${escapeRegExp(word)}(?:а|у|ом|е)?`;
  return `${escapeRegExp(cyrillicStem(word))}[\\p{L}]{0,3}`;
}

/** The forms of one folded name to look for. */
function variantsOf(code: string, folded: string): Variant[] {
  const spaced = folded.replace(/[\s-]+/g, ' ');
  if (EAST_ASIAN.test(folded)) return [{ code, literal: folded.replace(/\s+/g, ''), stems: null, stemLength: 0, pattern: null }];
  if (CYRILLIC.test(folded)) {
    const words = spaced.split(' ');
    const stems = words.map(cyrillicWord).join('[\\s-]+');
    const stemLength = words.reduce((n, w) => n + cyrillicStem(w).length, 0);
    return [{ code, literal: spaced, stems: `${stems}(?![\\p{L}])`, stemLength, pattern: null }];
  }
  const out: Variant[] = [{ code, literal: spaced, stems: null, stemLength: 0, pattern: null }];
  // Arabic fuses the preposition li- to a name with the article: للمملكة for المملكة.
  if (ARABIC.test(folded) && spaced.startsWith('ال')) out.push({ code, literal: `لل${spaced.slice(2)}`, stems: null, stemLength: 0, pattern: null });
  return out;
}

/** Text prepared for matching: white space and hyphens as one space, with the offset of each character in the original. */
function prepare(text: string, dropSpaces: boolean): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (/[\s-]/u.test(ch)) {
      if (!dropSpaces && !space && out.length > 0) {
        out += ' ';
        at.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    out += ch;
    at.push(i);
  }
  at.push(text.length);
  return { text: out, at };
}

/** Finds State names, in any of the languages the catalogue and the alias table know, in folded text. */
export class CountryMatcher {
  /** By the first three characters of the name. */
  private readonly spaced = new Map<string, Variant[]>();
  private readonly compact = new Map<string, Variant[]>();

  constructor(reference: ReferenceData) {
    /** Per code, each folded name and whether it is a full name (catalogue or alias) rather than a part of one. */
    const names = new Map<string, Map<string, boolean>>();
    const add = (code: string, name: string, full: boolean): void => {
      const folded = fold(name).replace(/\s+/g, ' ').trim();
      if ([...folded].length < 2) return;
      let forms = names.get(code);
      if (!forms) names.set(code, (forms = new Map()));
      forms.set(folded, (forms.get(folded) ?? false) || full);
    };
    for (const country of reference.countries) {
      for (const name of Object.values(country.names)) if (name) runningForms(name).forEach((form, i) => add(country.code, form, i === 0));
    }
    for (const [code, aliases] of stateAliases()) if (reference.isCountry(code)) for (const a of aliases) add(code, a, true);
    // A name two States share decides nothing; a part of a name ("Congo" of "Congo (República Democrática del)")
    // gives way to another State's full name.
    const owners = new Map<string, { full: Set<string>; part: Set<string> }>();
    for (const [code, forms] of names) {
      for (const [name, full] of forms) {
        const o = owners.get(name) ?? { full: new Set<string>(), part: new Set<string>() };
        (full ? o.full : o.part).add(code);
        owners.set(name, o);
      }
    }
    const ambiguous = (name: string, full: boolean): boolean => {
      const o = owners.get(name);
      if (!o) return false;
      return full ? o.full.size > 1 : o.full.size > 0 || o.part.size > 1;
    };
    for (const [code, forms] of names) {
      for (const [name, full] of forms) {
        if (ambiguous(name, full)) continue;
        for (const v of variantsOf(code, name)) {
          const index = EAST_ASIAN.test(v.literal) ? this.compact : this.spaced;
          const key = v.literal.slice(0, 3);
          const list = index.get(key) ?? [];
          list.push(v);
          index.set(key, list);
        }
      }
    }
  }

  /**
   * Every State name in `text` (folded), overlapping ones included; with `startsWithin`, only
   * names starting within that many characters of the beginning.
   */
  findAll(text: string, startsWithin = Infinity): CountryMatch[] {
    const out: CountryMatch[] = [];
    for (const [index, dropSpaces] of [[this.spaced, false], [this.compact, true]] as const) {
      const { text: t, at } = prepare(text, dropSpaces);
      for (let i = 0; i < t.length && (at[i] ?? 0) <= startsWithin; i++) {
        const before = t[i - 1] ?? ' ';
        for (const v of index.get(t.slice(i, i + 3)) ?? []) {
          const end = this.matchAt(t, i, v, before);
          if (end !== null) {
            const fixed = v.stems === null || t.slice(i, end) === v.literal ? v.literal.length : v.stemLength;
            out.push({ code: v.code, start: at[i] ?? 0, end: (at[end - 1] ?? 0) + 1, fixed });
          }
        }
      }
    }
    return out;
  }

  /** Where a name matched at `i` ends, or null; boundaries as each script needs them. */
  private matchAt(t: string, i: number, v: Variant, before: string): number | null {
    if (v.stems !== null) {
      if (LETTER.test(before)) return null;
      v.pattern ??= new RegExp(v.stems, 'uy');
      v.pattern.lastIndex = i;
      const m = v.pattern.exec(t);
      return m ? i + m[0].length : null;
    }
    if (!t.startsWith(v.literal, i)) return null;
    const end = i + v.literal.length;
    if (EAST_ASIAN.test(v.literal)) return end;
    const after = t[end] ?? ' ';
    if (ARABIC.test(v.literal)) {
      // A fused preposition or conjunction (و، ب، ل) may stand before an Arabic name.
      const fused = /[لبو]/u.test(before) && !LETTER.test(t[i - 2] ?? ' ');
      return (!LETTER.test(before) || fused) && !LETTER.test(after) ? end : null;
    }
    return !LETTER.test(before) && !LETTER.test(after) ? end : null;
  }

  /**
   * The State named in `text`: the earliest name (or, with `fromEnd`, the one ending last),
   * the longest where several start (or end) at the same place, e.g. "Republic of Korea"
   * inside "Democratic People's Republic of Korea".
   */
  best(text: string, fromEnd = false, startsWithin = Infinity): CountryMatch | null {
    const all = this.findAll(text, startsWithin);
    if (all.length === 0) return null;
    all.sort((a, b) => (fromEnd ? b.end - a.end || a.start - b.start : a.start - b.start || b.end - a.end) || b.fixed - a.fixed);
    return all[0] ?? null;
  }
}

const matchers = new WeakMap<ReferenceData, CountryMatcher>();

/** One matcher per reference data set, built on first use. */
export function countryMatcher(reference: ReferenceData): CountryMatcher {
  let matcher = matchers.get(reference);
  if (!matcher) matchers.set(reference, (matcher = new CountryMatcher(reference)));
  return matcher;
}
