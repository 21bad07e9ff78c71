import mandateNamesJson from '../../data/reference/mandate-names.json' with { type: 'json' };
import type { ReferenceData } from '../domain/index.js';
import { escapeRegExp, fold } from '../text/fold.js';
import type { Doc } from './document.js';
import { found } from './document.js';
import { MANDATE_SHORT_NAMES } from './mandate-aliases.js';
import type { Found } from './types.js';

/** Mandate names by id and language, as in data/reference/mandate-names.json (Russian ones in the genitive). */
export type MandateNames = Readonly<Record<string, Readonly<Partial<Record<string, string>>>>>;

export const DEFAULT_MANDATE_NAMES: MandateNames = mandateNamesJson as MandateNames;

const STOP = new Set([
  'the', 'of', 'on', 'in', 'and', 'or', 'to', 'a', 'an', 'its', 'for', 'by', 'with', 'at', 'as', 'from', 'all', 's',
  'le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'sur', 'et', 'ou', 'en', 'au', 'aux', 'dans', 'par', 'pour', 'un', 'une',
  'el', 'los', 'las', 'del', 'sobre', 'y', 'e', 'o', 'u', 'al', 'para', 'por', 'una', 'su', 'sus', 'lo',
  'по', 'о', 'об', 'и', 'или', 'в', 'во', 'на', 'с', 'со', 'к', 'для', 'от', 'вопросу',
  'في', 'من', 'على', 'عن', 'او', 'معني', 'معنيه', 'مساله',
]);

/** Light stemming that is enough to align names across number, gender and case: a fixed prefix. */
function stem(word: string): string {
  if (/\p{Script=Arabic}/u.test(word)) {
    let w = word;
    if (w.length > 3 && w.startsWith('و')) w = w.slice(1);
    const prefix = /^(?:بال|لل|وال|كال|فال|ال)/u.exec(w);
    if (prefix && w.length - prefix[0].length >= 2) w = w.slice(prefix[0].length);
    else if (w.length > 4 && /^[بل]/u.test(w)) w = w.slice(1);
    return STOP.has(w) ? '' : w.slice(0, 5);
  }
  return STOP.has(word) ? '' : [...word].slice(0, 6).join('');
}

export interface Token {
  readonly stem: string;
  /** Which sentence (or list item) of the text tokenized it is in: a name never spans two. */
  readonly sentence: number;
  /** Offsets in the text tokenized. */
  readonly start: number;
  readonly end: number;
}

/** Content words of folded text with their stems, stop words dropped. */
export function tokenize(folded: string, offset = 0): Token[] {
  const out: Token[] = [];
  let sentence = 0;
  let previousEnd = 0;
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    if (/[.;!?。؛](?:\s|$)|\n\s*\n/u.test(folded.slice(previousEnd, start))) sentence++;
    previousEnd = start + m[0].length;
    const s = stem(m[0]);
    if (s.length < 2 && !/\p{N}/u.test(s)) continue;
    out.push({ stem: s, sentence, start: offset + start, end: offset + previousEnd });
  }
  return out;
}

interface Variant {
  readonly id: string;
  readonly stems: readonly string[];
}

interface Candidate {
  readonly id: string;
  readonly first: number;
  readonly last: number;
  /** Weight of the words aligned: longer, rarer names win over short ones they contain. */
  readonly matched: number;
  readonly score: number;
}

const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hangul}]/u;

/**
 * Every way of naming each mandate (current and former names, English, French, Spanish,
 * Russian, Arabic, Chinese, Korean names, usual short forms), and the matching of those names
 * in running text: an in-order alignment of content words weighted by how rare each word is,
 * so "…in Burundi" is not taken for "…in Myanmar" and short forms still match.
 */
export class MandateIndex {
  private readonly byFirst = new Map<string, Variant[]>();
  private readonly weight = new Map<string, number>();
  private readonly eastAsian: { id: string; pattern: RegExp }[] = [];
  private readonly activeIn: (id: string, year: number) => boolean;

  constructor(reference: ReferenceData, names: MandateNames = DEFAULT_MANDATE_NAMES) {
    const variants: Variant[] = [];
    const addName = (id: string, name: string): void => {
      const folded = fold(name);
      if (EAST_ASIAN.test(folded)) {
        const body = [...folded.replace(/\s+/g, '')].map(escapeRegExp).join('\\s*');
        this.eastAsian.push({ id, pattern: new RegExp(body, 'gu') });
        return;
      }
      const stems = tokenize(folded).map((t) => t.stem);
      if (stems.length >= 2) variants.push({ id, stems });
    };
    for (const m of reference.mandates) {
      for (const name of [m.name, ...m.formerNames, ...(MANDATE_SHORT_NAMES[m.id] ?? [])]) addName(m.id, name);
      for (const name of Object.values(names[m.id] ?? {})) if (name) addName(m.id, name);
    }
    const df = new Map<string, number>();
    for (const v of variants) for (const s of new Set(v.stems)) df.set(s, (df.get(s) ?? 0) + 1);
    for (const [s, n] of df) this.weight.set(s, Math.log(1 + variants.length / n));
    for (const v of variants) {
      const first = v.stems[0] ?? '';
      const list = this.byFirst.get(first) ?? [];
      list.push(v);
      this.byFirst.set(first, list);
    }
    const byId = new Map(reference.mandates.map((m) => [m.id, m]));
    this.activeIn = (id, year) => {
      const m = byId.get(id);
      return m !== undefined && m.established <= year && (m.ended === null || m.ended >= year);
    };
  }

  private w(s: string): number {
    return this.weight.get(s) ?? 1;
  }

  /** Weighted longest common subsequence of a name and the text from token `p`, anchored on the name's first word. */
  private align(v: Variant, tokens: readonly Token[], p: number): Candidate | null {
    const sentence = tokens[p]?.sentence;
    const window = tokens.slice(p, p + v.stems.length + 3).filter((t) => t.sentence === sentence);
    const n = v.stems.length;
    const m = window.length;
    const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    for (let i = 1; i <= n; i++) {
      for (let j = 1; j <= m; j++) {
        const a = v.stems[i - 1] ?? '';
        const same = a === window[j - 1]?.stem;
        dp[i]![j] = Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!, same ? dp[i - 1]![j - 1]! + this.w(a) : 0);
      }
    }
    const total = v.stems.reduce((sum, s) => sum + this.w(s), 0);
    const best = dp[n]![m]!;
    if (best / total < 0.8) return null;
    // The first text word by which the whole alignment is reached ends the mention.
    let last = m;
    for (let j = 1; j <= m; j++) {
      if (dp[n]![j]! === best) {
        last = j;
        break;
      }
    }
    return { id: v.id, first: p, last: p + last - 1, matched: best, score: best / total };
  }

  /**
   * Mandates named in the loose view of `doc` between loose offsets `from` and `to`, in
   * order of appearance, each once. `year` prefers the mandates that existed then.
   */
  find(doc: Doc, from: number, to: number, year: number | null = null): Found<string>[] {
    const slice = doc.loose.text.slice(from, to);
    const tokens = tokenize(slice, from);
    const candidates: Candidate[] = [];
    tokens.forEach((t, p) => {
      for (const v of this.byFirst.get(t.stem) ?? []) {
        // The title ("Special Rapporteur", "Groupe de travail") must be there whole.
        if (v.stems[1] !== tokens[p + 1]?.stem) continue;
        const c = this.align(v, tokens, p);
        if (c) candidates.push(c);
      }
    });
    const active = (id: string): number => (year !== null && this.activeIn(id, year) ? 1 : 0);
    candidates.sort((a, b) => b.matched - a.matched || b.score - a.score || active(b.id) - active(a.id) || a.first - b.first);
    const taken: { first: number; last: number; id: string; start: number; end: number }[] = [];
    for (const c of candidates) {
      if (taken.some((t) => c.first <= t.last && c.last >= t.first)) continue;
      taken.push({ first: c.first, last: c.last, id: c.id, start: tokens[c.first]?.start ?? 0, end: tokens[c.last]?.end ?? 0 });
    }
    for (const { id, pattern } of this.eastAsian) {
      for (const m of slice.matchAll(pattern)) {
        const start = from + (m.index ?? 0);
        const end = start + m[0].length;
        if (!taken.some((t) => start < t.end && end > t.start)) taken.push({ first: -1, last: -1, id, start, end });
      }
    }
    taken.sort((a, b) => a.start - b.start);
    const seen = new Set<string>();
    const out: Found<string>[] = [];
    for (const t of taken) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      out.push(found(t.id, doc.looseEvidence(t.start, t.end)));
    }
    return out;
  }
}

const indexes = new WeakMap<ReferenceData, WeakMap<MandateNames, MandateIndex>>();

/** One index per reference data and names, built on first use. */
export function mandateIndex(reference: ReferenceData, names: MandateNames = DEFAULT_MANDATE_NAMES): MandateIndex {
  let byNames = indexes.get(reference);
  if (!byNames) indexes.set(reference, (byNames = new WeakMap()));
  let index = byNames.get(names);
  if (!index) byNames.set(names, (index = new MandateIndex(reference, names)));
  return index;
}
