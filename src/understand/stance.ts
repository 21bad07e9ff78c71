import type { Stance } from '../domain/index.js';
import type { Doc } from './document.js';
import { found } from './document.js';
import { phrases, type Phrases } from './phrases.js';
import { ACKNOWLEDGE, INFORM, REFUSE, REJECT, type StanceSignals } from './stance-signals.js';
import type { Evidence, Found } from './types.js';

interface Compiled {
  readonly strong: Phrases;
  readonly weak: Phrases;
}

function compile(signals: StanceSignals): Compiled {
  return { strong: phrases(signals.strong), weak: phrases(signals.weak) };
}

const SIGNALS = { reject: compile(REJECT), inform: compile(INFORM), acknowledge: compile(ACKNOWLEDGE), refuse: compile(REFUSE) };
type Category = keyof typeof SIGNALS;

interface Tally {
  readonly score: number;
  readonly strong: number;
  /** Offsets of the phrases found, strongest first. */
  readonly at: readonly number[];
}

/** Distinct phrases of one category: 2 for a strong one, 1 for a weak one. */
function tally(doc: Doc, c: Compiled, from: number, to: number): Tally {
  const seen = new Set<string>();
  let score = 0;
  let strong = 0;
  const at: number[] = [];
  for (const [pattern, weight] of [[c.strong, 2], [c.weak, 1]] as const) {
    for (const hit of doc.hits(pattern, from, to)) {
      const key = hit.text.replace(/\s+/g, ' ');
      if (seen.has(key)) continue;
      seen.add(key);
      score += weight;
      if (weight === 2) strong++;
      at.push(hit.evidence.start);
    }
  }
  return { score, strong, at };
}

/** The sentences that show the stance, at most three, taken in turn from each category that decided it. */
function sentences(doc: Doc, tallies: readonly Tally[]): Evidence[] {
  const out: Evidence[] = [];
  const longest = Math.max(0, ...tallies.map((t) => t.at.length));
  for (let i = 0; i < longest && out.length < 3; i++) {
    for (const t of tallies) {
      const offset = t.at[i];
      if (offset === undefined || out.length >= 3) continue;
      const s = doc.sentenceAt(offset);
      if (!out.some((o) => o.start === s.start)) out.push(s);
    }
  }
  return out;
}

/**
 * What a reply does: rejects the communication, answers in substance, only acknowledges
 * receipt (an answer to follow), or gives information while rejecting or refusing the rest
 * (partial). Read between loose offsets `from` and `to` (the body, without letterhead).
 */
export function readStance(doc: Doc, from = 0, to = doc.loose.text.length): Found<Stance> | null {
  const t = Object.fromEntries(
    (Object.keys(SIGNALS) as Category[]).map((k) => [k, tally(doc, SIGNALS[k], from, to)]),
  ) as Record<Category, Tally>;
  const rejecting = t.reject.score >= 2;
  const informing = t.inform.score >= 2;
  const refusing = t.refuse.score >= 2;
  const acknowledging = t.acknowledge.score >= 2;
  let stance: Stance | null = null;
  let shown: Tally[] = [];
  // Next to a rejection, boilerplate ("dealt with according to law") is not yet information: it takes a clear phrase or more of them.
  if ((t.inform.strong > 0 || t.inform.score >= 3) && informing && (rejecting || refusing)) [stance, shown] = ['partial', [t.inform, t.reject, t.refuse]];
  else if (rejecting) [stance, shown] = ['rejects', [t.reject]];
  else if (informing) [stance, shown] = ['substantive', [t.inform]];
  else if (acknowledging) [stance, shown] = ['acknowledges', [t.acknowledge]];
  else if (t.reject.score > 0) [stance, shown] = ['rejects', [t.reject]];
  else if (t.inform.score > 0) [stance, shown] = ['substantive', [t.inform]];
  else if (t.acknowledge.score > 0) [stance, shown] = ['acknowledges', [t.acknowledge]];
  return stance === null ? null : found(stance, ...sentences(doc, shown));
}
