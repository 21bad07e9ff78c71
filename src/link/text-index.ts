import { clauses, pairs, words, wordsWithStems } from './words.js';

/** A note's words and word pairs as ids of the pool's vocabulary; those no letter has are left out. */
export interface QueryWords {
  readonly words: ReadonlySet<number>;
  readonly pairs: ReadonlySet<number>;
}

export interface LetterWords {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  /** Word-pair ids of each clause of two words or more (a subject, a description, a name). */
  readonly phrases: readonly Int32Array[];
}

/**
 * What a note echoes of a letter's subject and summary, cheaply. Two measures: the weight
 * (inverse document frequency over the letters) of the letter's words the note uses, so that
 * "spyware" says more than "detention"; and the share of a clause's word pairs the note uses,
 * so that a note repeating "the denial of medical care to a prisoner" is told apart from one
 * that happens to mention "medical care".
 */
export class TextIndex {
  private readonly vocabulary = new Map<string, number>();
  private readonly pairVocabulary = new Map<string, number>();

  /** Builds the vocabulary from every letter's text; returns each letter's words, in order. */
  index(texts: readonly string[]): LetterWords[] {
    const stems = texts.map((t) => [...words(t)]);
    const df: number[] = [];
    for (const list of stems) {
      for (const s of list) {
        const id = idOf(this.vocabulary, s);
        df[id] = (df[id] ?? 0) + 1;
      }
    }
    const n = texts.length;
    const idf = df.map((d) => Math.log((n + 1) / (d + 1)));
    return texts.map((text, i) => {
      const ids = Int32Array.from((stems[i] ?? []).map((s) => this.vocabulary.get(s) ?? 0));
      const phrases = clauses(text).map(pairs).filter((p) => p.length >= 1).map((p) => Int32Array.from(p, (pair) => idOf(this.pairVocabulary, pair)));
      return { ids, weights: Float64Array.from(ids, (id) => idf[id] ?? 0), phrases };
    });
  }

  query(text: string): QueryWords {
    const ws = new Set<number>();
    for (const s of words(text)) {
      const id = this.vocabulary.get(s);
      if (id !== undefined) ws.add(id);
    }
    const ps = new Set<number>();
    for (const clause of clauses(text)) {
      for (const pair of pairs(clause)) {
        const id = this.pairVocabulary.get(pair);
        if (id !== undefined) ps.add(id);
      }
    }
    return { words: ws, pairs: ps };
  }

  /** The weight (sum of idf) of a letter's words found in the note: about 2.5 per uncommon word. */
  static shared(letter: LetterWords, query: QueryWords): number {
    let shared = 0;
    for (let i = 0; i < letter.ids.length; i++) if (query.words.has(letter.ids[i] ?? -1)) shared += letter.weights[i] ?? 0;
    return shared;
  }

  /** The largest share of one clause's word pairs found in the note, in [0, 1]. */
  static phrase(letter: LetterWords, query: QueryWords): number {
    let best = 0;
    for (const clause of letter.phrases) {
      let found = 0;
      for (const id of clause) if (query.pairs.has(id)) found++;
      best = Math.max(best, found / clause.length);
    }
    return best;
  }

  /** The letter's words, as written there, that the note uses too. */
  sharedWords(letterText: string, query: QueryWords, limit = 5): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const [word, s] of wordsWithStems(letterText)) {
      const id = this.vocabulary.get(s);
      if (id === undefined || !query.words.has(id) || seen.has(s)) continue;
      seen.add(s);
      out.push(word);
      if (out.length >= limit) break;
    }
    return out;
  }
}

function idOf(vocabulary: Map<string, number>, key: string): number {
  let id = vocabulary.get(key);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(key, id);
  }
  return id;
}
