import { OTHER_ACTOR_CODE, type IsoDate } from '../domain/index.js';
import { delayLogDensity, NOT_BEFORE_SLACK_DAYS, WINDOW_DAYS } from './delay.js';
import { anchorsOf, assess, LOG_P, type AssessContext, type Assessment } from './evidence.js';
import { dayOf, indexFacts, prepareReply, type IndexedCommunication, type PreparedReply } from './prepared.js';
import { TextIndex, type QueryWords } from './text-index.js';
import type { Candidate, CommunicationFacts, ReplyFacts } from './types.js';
import { nameSimilarity } from './words.js';

/** A non-State actor's reply is compared with letters to actors whose names are at least this alike. */
const ACTOR_NAME_FLOOR = 0.5;
/**
 * Share of notes whose letter is not in the pool (sent before the records begin, registered
 * late, or to another addressee code). It is the "none of these" hypothesis every candidate
 * competes with, so that a note citing a reference no letter has goes to review.
 */
const NOT_IN_POOL = 0.03;
/**
 * What the note's echo of a letter's subject is worth (log-likelihood ratios), from the share
 * of a clause's word pairs it repeats: a full echo (≥ 0.9) is strong; a partial one is mostly
 * chance (the same words in a stock phrase). A note that cites nothing has to say what it is
 * about: when it echoes some letter's subject, the letters it does not echo are unlikely; when
 * it echoes none (another language), the text tells nothing.
 */
const ECHO = 0.9;
const TEXT = {
  echo: 3,
  citingPartial: 0.7,
  citingSilent: -0.2,
  uncitedPartial: -4,
  uncitedSilent: -3,
} as const;

interface Scored {
  readonly c: IndexedCommunication;
  readonly a: Assessment;
}

/**
 * The sent communications, indexed for matching replies: by addressee code and date, and by
 * key. Ranking a note scores only letters to its sender in a plausible window (plus those
 * it cites by key), so it stays well under a millisecond against tens of thousands.
 */
export class CandidatePool {
  private readonly all: IndexedCommunication[];
  private readonly byId = new Map<number, IndexedCommunication>();
  /** Per addressee code, sorted by day sent. */
  private readonly byCode = new Map<string, IndexedCommunication[]>();
  private readonly byKey = new Map<string, IndexedCommunication[]>();
  private readonly byDay = new Map<number, IndexedCommunication[]>();
  private readonly text = new TextIndex();
  /** Which letters the current ranking has taken already: marks[at] === generation. */
  private readonly marks: Uint32Array;
  private generation = 0;

  constructor(communications: readonly CommunicationFacts[]) {
    const letterWords = this.text.index(communications.map((c) => c.text));
    this.all = communications.map((facts, at) => ({ ...indexFacts(facts), at, words: letterWords[at] ?? { phrases: [] } }));
    this.marks = new Uint32Array(this.all.length);
    for (const c of this.all) {
      this.byId.set(c.facts.id, c);
      push(this.byCode, c.facts.code, c);
      push(this.byKey, c.key, c);
      push(this.byDay, c.day, c);
    }
    for (const list of this.byCode.values()) list.sort((a, b) => a.day - b.day);
  }

  get size(): number {
    return this.all.length;
  }

  communication(id: number): CommunicationFacts | null {
    return this.byId.get(id)?.facts ?? null;
  }

  /** Letters with this key (`PRK 4/2024`); more than one only if the records hold a duplicate. */
  withKey(key: string): CommunicationFacts[] {
    return (this.byKey.get(key) ?? []).map((c) => c.facts);
  }

  /** Letters to `code` sent within `slack` days of `date`. */
  sentAround(code: string | null, date: IsoDate, slack = 0): CommunicationFacts[] {
    const day = dayOf(date);
    const out: CommunicationFacts[] = [];
    for (let d = day - slack; d <= day + slack; d++) {
      for (const c of this.byDay.get(d) ?? []) if (code === null || c.facts.code === code) out.push(c.facts);
    }
    return out;
  }

  /**
   * The communications this reply may answer, best first, each with a score in [0, 1] (the
   * probability that the note answers it, given everything it says) and the reasons.
   */
  rank(reply: ReplyFacts, limit = 10): Candidate[] {
    const r = prepareReply(reply);
    const pool = this.candidatesFor(r);
    if (pool.length === 0) return [];
    const ctx = this.context(r, pool);
    const scored: Scored[] = pool.map((c) => ({ c, a: assess(r, c, ctx) }));
    const logNull = this.logNull(r, pool);
    return this.normalize(r, scored, logNull)
      .slice(0, limit)
      .map(({ c, score }) => {
        const reasons: string[] = [];
        assess(r, c, ctx, reasons);
        return { communicationId: c.facts.id, score, reasons };
      });
  }

  /** Letters to the sender in the window before the note, and any it cites by key. */
  private candidatesFor(r: PreparedReply): IndexedCommunication[] {
    const code = r.facts.senderCode;
    const last = r.day + NOT_BEFORE_SLACK_DAYS;
    const generation = ++this.generation;
    const out: IndexedCommunication[] = [];
    const add = (c: IndexedCommunication): void => {
      if (c.day > last || this.marks[c.at] === generation) return;
      this.marks[c.at] = generation;
      out.push(c);
    };
    const codes = code !== null ? [code] : [...new Set(r.references.map((ref) => ref.code))];
    for (const cd of codes) {
      const list = this.byCode.get(cd) ?? [];
      for (let i = lowerBound(list, r.day - WINDOW_DAYS); i < list.length && (list[i]?.day ?? Infinity) <= last; i++) add(list[i] as IndexedCommunication);
    }
    for (const ref of r.references) {
      if (code !== null && ref.code !== code) continue;
      for (const year of [ref.year - 1, ref.year, ref.year + 1]) for (const c of this.byKey.get(`${ref.code} ${ref.number}/${year}`) ?? []) add(c);
    }
    if (codes.length === 0) {
      for (const d of r.dates) for (let day = d.day - 3; day <= d.day + 3; day++) for (const c of this.byDay.get(day) ?? []) add(c);
    }
    if (code === OTHER_ACTOR_CODE && r.facts.senderName.trim() !== '') {
      const similar = new Map<string, number>();
      return out.filter((c) => {
        let s = similar.get(c.facts.addresseeName);
        if (s === undefined) similar.set(c.facts.addresseeName, (s = nameSimilarity(r.facts.senderName, c.facts.addresseeName)));
        return s >= ACTOR_NAME_FLOOR;
      });
    }
    return out;
  }

  private context(r: PreparedReply, pool: readonly IndexedCommunication[]): AssessContext {
    const query: QueryWords = this.text.query(r.facts.text);
    const shares = new Map<number, number>();
    const phrase = (c: IndexedCommunication): number => {
      let share = shares.get(c.at);
      if (share === undefined) shares.set(c.at, (share = this.text.phrase(c.words, query)));
      return share;
    };
    const echoes = !r.cites && pool.some((c) => phrase(c) >= ECHO);
    // When some letter matches a cited reference or date, the others are outweighed whatever their words: not worth reading.
    const anchored = pool.some((c) => anchorsOf(r, c) !== 0);
    const actorNames = new Map<string, number>();
    return {
      textEvidence: (c, anchors, reasons) => {
        if (anchored && anchors === 0) return TEXT.citingSilent;
        const share = phrase(c);
        if (reasons && share > 0) {
          const list = this.text.sharedWords(c.facts.text, query);
          reasons.push(share >= ECHO ? `the note repeats its subject (${list.join(', ')})` : `the note uses some words of its subject (${list.join(', ')})`);
        }
        if (share >= ECHO) return TEXT.echo;
        if (r.cites) return share > 0 ? TEXT.citingPartial : TEXT.citingSilent;
        if (!echoes) return 0;
        return share > 0 ? TEXT.uncitedPartial : TEXT.uncitedSilent;
      },
      actorSimilarity: (c) => {
        if (c.facts.code !== OTHER_ACTOR_CODE || r.facts.senderName.trim() === '') return null;
        let s = actorNames.get(c.facts.addresseeName);
        if (s === undefined) actorNames.set(c.facts.addresseeName, (s = nameSimilarity(r.facts.senderName, c.facts.addresseeName)));
        return s;
      },
    };
  }

  /**
   * The weight of "the letter answered is not in the pool", on the scale of the candidates'
   * weights (timing density times likelihood): NOT_IN_POOL times the sender's letters per
   * day, times the chance that such a letter fits what the note cites. A missing letter was
   * sent on the date the note cites (its timing density on that day); it cannot have a
   * reference the pool already holds; it has the mandates named about one time in ten.
   */
  private logNull(r: PreparedReply, pool: readonly IndexedCommunication[]): number {
    const lastYear = pool.filter((c) => c.day <= r.day && c.day > r.day - 365).length;
    let log = Math.log((NOT_IN_POOL * Math.max(0.5, lastYear)) / 365);
    if (r.dates.length > 0) log += Math.max(...r.dates.map((d) => delayLogDensity(r.day - d.day)));
    if (r.references.some((ref) => pool.some((c) => c.key === ref.key))) log += LOG_P.referenceNone;
    if (r.mandates.size > 0) log += Math.log(0.1);
    return log;
  }

  /**
   * Turns weights into scores: each letter against the others and the null hypothesis.
   * A note citing k references or dates may answer k letters: a letter does not compete with
   * the k − 1 strongest others that match other citations than its own.
   */
  private normalize(r: PreparedReply, scored: Scored[], logNull: number): { c: IndexedCommunication; score: number }[] {
    scored.sort((x, y) => y.a.logWeight - x.a.logWeight);
    const top = Math.max(logNull, scored[0]?.a.logWeight ?? -Infinity);
    const weights = scored.map((s) => Math.exp(s.a.logWeight - top));
    const total = weights.reduce((a, b) => a + b, Math.exp(logNull - top));
    return scored.map((s, i) => {
      let excluded = 0;
      if (r.slots > 1 && s.a.anchors !== 0) {
        let left = r.slots - 1;
        for (let j = 0; j < scored.length && left > 0; j++) {
          const other = scored[j];
          if (j === i || !other || other.a.anchors === 0 || (other.a.anchors & s.a.anchors) !== 0) continue;
          excluded += weights[j] ?? 0;
          left--;
        }
      }
      return { c: s.c, score: (weights[i] ?? 0) / (total - excluded) };
    }).sort((x, y) => y.score - x.score);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lowerBound(list: readonly IndexedCommunication[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.day ?? Infinity) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
