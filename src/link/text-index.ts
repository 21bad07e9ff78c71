import { clauses, pairs, words, wordsWithStems } from './words.js';

/**
 * A note's words and word pairs, marked in the pool's vocabulary (those no letter has are left
 * out). Valid until the next query: ranking is synchronous, and marks are faster than sets.
 */
export interface QueryWords {
  readonly generation: number;
}

export interface LetterWords {
  /** Word-pair ids of each distinct clause of two words or more (a subject, a description, a name). */
  readonly phrases: readonly Int32Array[];
}

/**
 * What a note echoes of a letter's subject and summary, cheaply: the largest share of one of
 * the letter's clauses whose neighbouring word pairs the note uses too. Pairs rather than
 * words, so that a note repeating "the denial of medical care to a prisoner" is told apart
 * from one that happens to mention "medical care" (single words, even weighted by rarity,
 * let stock phrases of notes match unrelated subjects).
 */
export class TextIndex {
  private readonly vocabulary = new Map<string, number>();
  private readonly pairVocabulary = new Map<string, number>();
  private wordMarks = new Uint32Array(0);
  private pairMarks = new Uint32Array(0);
  private generation = 0;

  /** Builds the vocabulary from every letter's text; returns each letter's phrases, in order. */
  index(texts: readonly string[]): LetterWords[] {
    const letters = texts.map((text) => {
      for (const s of words(text)) idOf(this.vocabulary, s);
      const distinct = new Map<string, string[]>();
      for (const clause of clauses(text)) if (clause.length > 1) distinct.set(clause.join(' '), pairs(clause));
      return { phrases: [...distinct.values()].map((p) => Int32Array.from(p, (pair) => idOf(this.pairVocabulary, pair))) };
    });
    this.wordMarks = new Uint32Array(this.vocabulary.size);
    this.pairMarks = new Uint32Array(this.pairVocabulary.size);
    return letters;
  }

  query(text: string): QueryWords {
    const generation = ++this.generation;
    const words = this.wordMarks;
    const pairs = this.pairMarks;
    for (const clause of clauses(text)) {
      for (let i = 0; i < clause.length; i++) {
        const id = this.vocabulary.get(clause[i] ?? '');
        if (id !== undefined) words[id] = generation;
        if (i === 0) continue;
        const pair = this.pairVocabulary.get(`${clause[i - 1]} ${clause[i]}`);
        if (pair !== undefined) pairs[pair] = generation;
      }
    }
    return { generation };
  }

  /** The largest share of one clause's word pairs found in the note, in [0, 1]. */
  phrase(letter: LetterWords, query: QueryWords): number {
    const marks = this.current(query).pairMarks;
    let best = 0;
    for (const clause of letter.phrases) {
      let found = 0;
      for (let i = 0; i < clause.length; i++) if (marks[clause[i] ?? -1] === query.generation) found++;
      if (found / clause.length > best) best = found / clause.length;
    }
    return best;
  }

  /** The letter's words, as written there, that the note uses too. */
  sharedWords(letterText: string, query: QueryWords, limit = 5): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const marks = this.current(query).wordMarks;
    for (const [word, s] of wordsWithStems(letterText)) {
      const id = this.vocabulary.get(s);
      if (id === undefined || marks[id] !== query.generation || seen.has(s)) continue;
      seen.add(s);
      out.push(word);
      if (out.length >= limit) break;
    }
    return out;
  }

  private current(query: QueryWords): this {
    if (query.generation !== this.generation) throw new Error('TextIndex: a query is only valid until the next one');
    return this;
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
