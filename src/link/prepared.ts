import { daysBetween, isJointType, parseReference, REFERENCE_TYPES, referenceKey, type IsoDate, type ReferenceType } from '../domain/index.js';
import type { LetterWords } from './text-index.js';
import type { CommunicationFacts, ReplyFacts } from './types.js';

const EPOCH = '1970-01-01' as IsoDate;
const TYPES: ReadonlySet<string> = new Set(REFERENCE_TYPES);

export function dayOf(date: IsoDate): number {
  return daysBetween(EPOCH, date);
}

/** A communication as the pool keeps it: its facts, its day number, key and words. */
export interface IndexedCommunication {
  /** Position in the pool. */
  readonly at: number;
  readonly facts: CommunicationFacts;
  readonly day: number;
  readonly key: string;
  readonly type: ReferenceType | null;
  readonly joint: boolean;
  readonly mandates: ReadonlySet<string>;
  readonly words: LetterWords;
}

export function indexFacts(facts: CommunicationFacts): Omit<IndexedCommunication, 'words' | 'at'> {
  const type = TYPES.has(facts.type) ? (facts.type as ReferenceType) : null;
  return {
    facts,
    day: dayOf(facts.dateSent),
    key: referenceKey(facts),
    type,
    joint: facts.mandateIds.length > 1 || isJointType(type),
    mandates: new Set(facts.mandateIds),
  };
}

/** A reference the note cites, read into its parts. */
export interface CitedReference {
  readonly written: string;
  readonly key: string;
  readonly code: string;
  readonly number: number;
  readonly year: number;
  readonly type: ReferenceType | null;
}

export interface CitedDate {
  readonly date: IsoDate;
  readonly day: number;
}

/** A reply read once for ranking: citations parsed, its day fixed. */
export interface PreparedReply {
  readonly facts: ReplyFacts;
  /** The day the note was written (its date when plausible, else the day it came). */
  readonly day: number;
  readonly date: IsoDate;
  readonly references: readonly CitedReference[];
  readonly dates: readonly CitedDate[];
  readonly mandates: ReadonlySet<string>;
  /** How many letters the note may answer: one per distinct reference or date cited. */
  readonly slots: number;
  /** Whether the note cites anything at all (a reference, a date, a mandate). */
  readonly cites: boolean;
}

function citedReference(written: string): CitedReference | null {
  try {
    const parsed = parseReference(written);
    return { written: written.replace(/\s+/g, ' ').trim(), key: referenceKey(parsed), code: parsed.code, number: parsed.number, year: parsed.year, type: parsed.type };
  } catch {
    return null;
  }
}

/** A note's own date is trusted when it is at most 90 days before it came and not after. */
function noteDate(facts: ReplyFacts): IsoDate {
  const { dateOnNote, dateReceived } = facts;
  if (dateOnNote === null) return dateReceived;
  const lead = daysBetween(dateOnNote, dateReceived);
  return lead >= -1 && lead <= 90 ? dateOnNote : dateReceived;
}

export function prepareReply(facts: ReplyFacts): PreparedReply {
  const byKey = new Map<string, CitedReference>();
  for (const written of facts.citedReferences) {
    const r = citedReference(written);
    if (r && !byKey.has(r.key)) byKey.set(r.key, r);
  }
  const references = [...byKey.values()];
  const dates = [...new Set(facts.citedDates)].map((date) => ({ date, day: dayOf(date) }));
  const date = noteDate(facts);
  return {
    facts, date, day: dayOf(date), references, dates,
    mandates: new Set(facts.citedMandates),
    slots: Math.max(1, references.length, dates.length),
    cites: references.length > 0 || dates.length > 0 || facts.citedMandates.length > 0,
  };
}
