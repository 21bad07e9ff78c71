/**
 * The evidence one note gives for one letter, as log-probabilities of what the note says if it
 * answers this letter: 0 when the note says exactly what this letter would make it say, less
 * for each slip the letter would need. Only differences between letters matter (scores are
 * normalized over them), so each value is the log of how often a note makes that slip. The
 * rates are reasoned (a reference is copied with a wrong number about one time in thirty, a
 * date far more rarely) and checked on the demo corpus (test/link/evaluation.test.ts); each
 * comes with the sentence that explains it.
 */
import { baseType, isJointType, OTHER_ACTOR_CODE, type IsoDate, type ReferenceType } from '../domain/index.js';
import { delayLogDensity } from './delay.js';
import type { CitedReference, IndexedCommunication, PreparedReply } from './prepared.js';

const ln = Math.log;

export const LOG_P = {
  /** The cited key is this letter's. */
  referenceExact: 0,
  /** Same code and number, the year one off: numbered in one year, cited with another. */
  referenceYear: ln(0.01),
  /** Same code and year, the number 1–3 off: 3 % of references are copied wrong, spread over six neighbours. */
  referenceNear: ln(0.03 / 6),
  /** The note cites references and none is close to this letter's. */
  referenceNone: ln(1e-5),
  typeAgrees: 0,
  /** The cited type is not the letter's: a slip in the type, or more likely another letter. */
  typeDiffers: ln(0.01),
  dateExact: 0,
  /** Within three days: the letter's date and the day it went out can differ, seldom. */
  dateClose: ln(0.004),
  dateNear: ln(0.001),
  /** Dates are copied reliably: a cited date far from this letter's speaks against it. */
  dateNone: ln(1e-5),
  /** Per mandate this letter has that the note leaves out. */
  mandateUncited: ln(0.1),
  /** Per mandate the note names that this letter lacks (it may answer a second letter too). */
  mandateMissing: ln(0.02),
  mandateNone: ln(1e-4),
  /** The note speaks of a joint communication; this letter is from one mandate. */
  jointDenied: ln(0.03),
  /** The letter is joint; the note, citing it otherwise, does not say so. */
  jointUnsaid: ln(0.1),
  /** A non-State actor's letters are told apart by the addressee's name: this much per unit of dissimilarity. */
  actorName: -4,
} as const;

export const NEAR_NUMBER = 3;
/** A cited date this close to the date sent still points at the letter. */
const CLOSE_DAYS = 3;
/** A cited date this close is more likely another letter's than a slip. */
const NEAR_DAYS = 7;
/** Citations beyond these many take no part in telling letters apart (the bits of a 32-bit mask). */
const MAX_ANCHORS = 30;

function anchorBit(i: number): number {
  return i < MAX_ANCHORS ? 1 << i : 0;
}

/** What the pool lends the assessment: the text overlap and the likeness of actors' names. */
export interface AssessContext {
  /** How far the note's words echo the letter's subject and summary; says which words when `reasons` is given. */
  textEvidence(c: IndexedCommunication, anchors: number, reasons: string[] | null): number;
  /** For a letter to a non-State actor, how alike its name is to the note's sender (in [0, 1]); null when not known. */
  actorSimilarity(c: IndexedCommunication): number | null;
}

export interface Assessment {
  /** Log of the timing prior plus the log-probability of everything the note says. */
  readonly logWeight: number;
  /** Bit i set when the letter matches cited reference i; bit (references + j) for cited date j. */
  readonly anchors: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function spokenDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A cited type agrees with the letter's when it is the same, or the same without the J of the
 * older joint types (notes often drop it); a J the letter does not have is a disagreement.
 */
function typesAgree(cited: ReferenceType, own: ReferenceType): boolean {
  if (cited === own) return true;
  return !isJointType(cited) && baseType(own) === cited;
}

type Match = { kind: 'exact' | 'year' | 'near'; reference: CitedReference; index: number } | null;

function bestReference(reply: PreparedReply, c: IndexedCommunication): Match {
  let best: Match = null;
  const rank = { exact: 3, year: 2, near: 1 } as const;
  reply.references.forEach((r, index) => {
    if (r.code !== c.facts.code) return;
    let kind: 'exact' | 'year' | 'near' | null = null;
    if (r.number === c.facts.number && r.year === c.facts.year) kind = 'exact';
    else if (r.number === c.facts.number && Math.abs(r.year - c.facts.year) === 1) kind = 'year';
    else if (r.year === c.facts.year && Math.abs(r.number - c.facts.number) <= NEAR_NUMBER) kind = 'near';
    if (kind && (!best || rank[kind] > rank[best.kind])) best = { kind, reference: r, index };
  });
  return best;
}

function referenceEvidence(reply: PreparedReply, c: IndexedCommunication, reasons: string[] | null): { llr: number; anchors: number } {
  if (reply.references.length === 0) return { llr: 0, anchors: 0 };
  const match = bestReference(reply, c);
  if (!match) {
    reasons?.push(`cites ${reply.references.map((r) => r.written).join(', ')}, not this letter (${c.key})`);
    return { llr: LOG_P.referenceNone, anchors: 0 };
  }
  const { kind, reference: r } = match;
  const typeAgrees = r.type === null || c.type === null ? null : typesAgree(r.type, c.type);
  if (reasons) reasons.push(referenceReason(r, c, kind, typeAgrees));
  const llr = kind === 'exact' ? LOG_P.referenceExact : kind === 'year' ? LOG_P.referenceYear : LOG_P.referenceNear;
  const type = typeAgrees === null ? 0 : typeAgrees ? LOG_P.typeAgrees : LOG_P.typeDiffers;
  return { llr: llr + type, anchors: anchorBit(match.index) };
}

function referenceReason(r: CitedReference, c: IndexedCommunication, kind: 'exact' | 'year' | 'near', typeAgrees: boolean | null): string {
  const otherType = typeAgrees === false ? `, but as ${r.type} where it is ${c.type}` : '';
  if (kind === 'year') return `cites ${r.written}: its number with the year ${r.year} for ${c.facts.year}${otherType}`;
  if (kind === 'near') return `cites ${r.written}, ${Math.abs(r.number - c.facts.number)} off its number ${c.facts.number} (a wrong reference?)${otherType}`;
  if (typeAgrees === false) return `cites ${r.written}: its number${otherType}`;
  const written = normalized(r.written);
  if (written === normalized(c.facts.legacyReference ?? `${c.facts.type} ${c.key}`)) return `cites ${r.written} exactly`;
  if (r.type === null) return `cites ${r.written}, its reference without the type`;
  if (c.facts.legacyReference !== null && !written.includes('(')) return `cites ${r.written}, its reference without the mandates' file tokens`;
  return `cites ${r.written}, its reference written another way`;
}

function normalized(reference: string): string {
  return reference.normalize('NFKC').replace(/\s+/g, ' ').trim().toUpperCase();
}

/** Which citations the letter matches (as in Assessment.anchors), without weighing anything. */
export function anchorsOf(reply: PreparedReply, c: IndexedCommunication): number {
  let anchors = 0;
  const match = reply.references.length > 0 ? bestReference(reply, c) : null;
  if (match) anchors |= anchorBit(match.index);
  reply.dates.forEach((d, i) => {
    if (Math.abs(d.day - c.day) <= CLOSE_DAYS) anchors |= anchorBit(reply.references.length + i);
  });
  return anchors;
}

function dateEvidence(reply: PreparedReply, c: IndexedCommunication, reasons: string[] | null): { llr: number; anchors: number } {
  if (reply.dates.length === 0) return { llr: 0, anchors: 0 };
  let best = Infinity;
  let at = -1;
  reply.dates.forEach((d, i) => {
    const gap = Math.abs(d.day - c.day);
    if (gap < best) [best, at] = [gap, i];
  });
  const cited = reply.dates[at];
  if (!cited) return { llr: 0, anchors: 0 };
  const bit = anchorBit(reply.references.length + at);
  if (best === 0) {
    reasons?.push(`cites the date ${spokenDate(cited.date)} = date sent`);
    return { llr: LOG_P.dateExact, anchors: bit };
  }
  if (best <= CLOSE_DAYS) {
    reasons?.push(`cites ${spokenDate(cited.date)}, ${plural(best, 'day')} from the date sent (${spokenDate(c.facts.dateSent)})`);
    return { llr: LOG_P.dateClose, anchors: bit };
  }
  if (best <= NEAR_DAYS) {
    reasons?.push(`cites ${spokenDate(cited.date)}, ${plural(best, 'day')} from the date sent (${spokenDate(c.facts.dateSent)})`);
    return { llr: LOG_P.dateNear, anchors: 0 };
  }
  reasons?.push(`cites ${reply.dates.map((d) => spokenDate(d.date)).join(', ')}; this letter was sent ${spokenDate(c.facts.dateSent)}`);
  return { llr: LOG_P.dateNone, anchors: 0 };
}

function mandateEvidence(reply: PreparedReply, c: IndexedCommunication, reasons: string[] | null): number {
  if (reply.mandates.size === 0) return 0;
  let matched = 0;
  for (const m of reply.mandates) if (c.mandates.has(m)) matched++;
  const missing = reply.mandates.size - matched;
  const uncited = c.mandates.size - matched;
  if (matched === 0) {
    reasons?.push(`names ${plural(reply.mandates.size, 'mandate')}, none of this letter's`);
    return LOG_P.mandateNone;
  }
  if (reasons) {
    reasons.push(matched < c.mandates.size ? `names ${matched} of its ${c.mandates.size} mandates` : matched === 1 ? 'names its one mandate' : `names all its ${matched} mandates`);
    if (missing > 0) reasons.push(`also names ${plural(missing, 'mandate')} this letter lacks`);
  }
  return LOG_P.mandateMissing * missing + LOG_P.mandateUncited * uncited;
}

function jointEvidence(reply: PreparedReply, c: IndexedCommunication, reasons: string[] | null): number {
  if (reply.facts.joint) {
    if (c.joint) {
      reasons?.push('joint, as the note says');
      return 0;
    }
    // A note answering several letters calls them joint when one of them is.
    if (reply.slots > 1) return 0;
    reasons?.push('the note speaks of a joint communication; this letter is from one mandate');
    return LOG_P.jointDenied;
  }
  // A note that cites nothing seldom says how the letter was signed.
  if (!reply.cites || !c.joint) return 0;
  reasons?.push('joint, though the note does not say so');
  return LOG_P.jointUnsaid;
}

function timing(days: number): string {
  if (days < 0) return `sent ${plural(-days, 'day')} after the note's date`;
  if (days < 365) return `sent ${plural(days, 'day')} before the note`;
  return `sent ${(days / 365.25).toFixed(1)} years before the note`;
}

/** The weight of one letter for one note: timing prior times the likelihood ratio of what the note says. */
export function assess(reply: PreparedReply, c: IndexedCommunication, ctx: AssessContext, reasons: string[] | null = null): Assessment {
  const days = reply.day - c.day;
  let logWeight = delayLogDensity(days);
  const actor = ctx.actorSimilarity(c);
  if (actor !== null) {
    logWeight += LOG_P.actorName * (1 - actor);
    reasons?.push(`addressed to ${c.facts.addresseeName} (names ${Math.round(100 * actor)} % alike)`);
  } else if (c.facts.code === OTHER_ACTOR_CODE) reasons?.push(`addressed to ${c.facts.addresseeName}; the note's sender was not named`);
  else if (reply.facts.senderCode === c.facts.code) reasons?.push(`same State (${c.facts.code})`);
  else reasons?.push(`addressed to ${c.facts.code}; the note's sender was not read`);
  const ref = referenceEvidence(reply, c, reasons);
  const date = dateEvidence(reply, c, reasons);
  logWeight += ref.llr + date.llr + mandateEvidence(reply, c, reasons) + jointEvidence(reply, c, reasons);
  logWeight += ctx.textEvidence(c, ref.anchors | date.anchors, reasons);
  reasons?.push(timing(days));
  return { logWeight, anchors: ref.anchors | date.anchors };
}
