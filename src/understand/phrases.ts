import { escapeRegExp, fold } from '../text/fold.js';

const WORD = /[\p{L}\p{N}]/u;
/** Scripts written without spaces or with fused prepositions and conjunctions: no word boundaries there. */
const NO_BOUNDARY = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Arabic}]/u;

interface Boundaries {
  readonly head: boolean;
  readonly tail: boolean;
}

/** A phrase match in folded text. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A set of phrases matched in folded text: folded like the text, each space standing for a run of white
 * space, whole words where the phrase starts or ends with a letter. A `*` stands for the rest
 * of a word (`необоснованн*`, `Управлени* Верховного комиссара`). Boundaries are checked after
 * the match, which keeps the regex a plain alternation that V8 scans fast.
 */
export class Phrases {
  private readonly regex: RegExp;
  private readonly boundaries = new Map<string, Boundaries>();

  constructor(list: readonly string[]) {
    const bodies: string[] = [];
    for (const raw of list) {
      const folded = fold(raw).trim().replace(/\s+/g, ' ');
      const prefix = folded.endsWith('*');
      const p = prefix ? folded.slice(0, -1) : folded;
      const first = p.charAt(0);
      const last = p.charAt(p.length - 1);
      this.boundaries.set(p, {
        head: WORD.test(first) && !NO_BOUNDARY.test(first),
        tail: !prefix && WORD.test(last) && !NO_BOUNDARY.test(last),
      });
      bodies.push(p);
    }
    const parts = [...new Set(bodies)]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.split(' ').map((word) => word.split('*').map(escapeRegExp).join('\\p{L}*')).join('\\s+'));
    this.regex = new RegExp(parts.join('|'), 'gu');
  }

  /** Matches in `text` between `from` and `to`, whole words where required. */
  matches(text: string, from = 0, to = text.length): PhraseMatch[] {
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    const out: PhraseMatch[] = [];
    for (const m of slice.matchAll(this.regex)) {
      const start = from + (m.index ?? 0);
      const end = start + m[0].length;
      // A phrase with a wildcard inside is not found by its text: it needs a word start only.
      const b = this.boundaries.get(m[0].replace(/\s+/g, ' ')) ?? { head: !NO_BOUNDARY.test(m[0].charAt(0)), tail: false };
      if (b?.head && WORD.test(text.charAt(start - 1))) continue;
      if (b?.tail && WORD.test(text.charAt(end))) continue;
      out.push({ start, end, text: m[0] });
    }
    return out;
  }

  test(text: string): boolean {
    return this.matches(text).length > 0;
  }
}

export function phrases(list: readonly string[]): Phrases {
  return new Phrases(list);
}
