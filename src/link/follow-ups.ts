import { daysBetween, parseReference, referenceKey, type IsoDate } from '../domain/index.js';
import type { Understanding } from '../understand/index.js';
import { spokenDate } from './evidence.js';
import type { CandidatePool } from './pool.js';
import type { Candidate, CommunicationFacts } from './types.js';

/** How sure a follow-up link is, by what the letter cites of the earlier one. */
const SCORE = {
  /** Its reference and its date, as a follow-up letter writes them ("AL CHN 3/2023, dated 12 March 2023"). */
  referenceAndDate: 0.99,
  referenceOnly: 0.95,
  /** The reference is cited with a date that is not the letter's: one of the two is wrong. */
  referenceOtherDate: 0.6,
  /** Only the date: shared among the letters sent to the addressee that day. */
  dateOnly: 0.9,
} as const;

export interface FollowUpOptions {
  /** The letter's own id in the pool, if it is there, so that it is not its own follow-up. */
  readonly id?: number;
  /** Its addressee code when the letter does not show it (it shows it in its reference). */
  readonly code?: string;
}

/**
 * The earlier communications a letter follows up, from the references and dates it cites
 * ("This letter follows up on communication AL CHN 3/2023, dated 12 March 2023"): letters to
 * the same addressee, sent before it, best first, each with a score and its reasons.
 */
export function followedUp(letter: Understanding, pool: CandidatePool, options: FollowUpOptions = {}): Candidate[] {
  const ownKey = letter.referenceKey;
  const ownDate = letter.date?.value ?? null;
  const code = options.code ?? letter.addressee?.value.code ?? (ownKey ? ownKey.split(' ')[0] ?? null : null);
  const earlier = (c: CommunicationFacts): boolean =>
    c.id !== options.id && referenceKey(c) !== ownKey && (code === null || c.code === code) && (ownDate === null || c.dateSent <= ownDate);
  const citedDates = letter.cites.dates.map((d) => d.value).filter((d) => d !== ownDate);
  const found = new Map<number, Candidate>();
  const keep = (c: Candidate): void => {
    const had = found.get(c.communicationId);
    if (!had || had.score < c.score) found.set(c.communicationId, c);
  };

  for (const written of letter.cites.references.map((r) => r.value)) {
    const key = keyOf(written);
    if (key === null || key === ownKey) continue;
    for (const c of pool.withKey(key).filter(earlier)) {
      const reasons = [`cites ${written}, its reference`];
      const sameDay = citedDates.includes(c.dateSent);
      if (sameDay) reasons.push(`cites the date ${spokenDate(c.dateSent)} = date sent`);
      else if (citedDates.length > 0) reasons.push(`cites ${citedDates.map(spokenDate).join(', ')}; it was sent ${spokenDate(c.dateSent)}`);
      const score = sameDay ? SCORE.referenceAndDate : citedDates.length > 0 ? SCORE.referenceOtherDate : SCORE.referenceOnly;
      keep({ communicationId: c.id, score, reasons: [...reasons, sentBefore(c, ownDate)] });
    }
  }
  for (const date of citedDates) {
    if ([...found.values()].some((f) => pool.communication(f.communicationId)?.dateSent === date)) continue;
    const sameDay = pool.sentAround(code, date).filter(earlier);
    for (const c of sameDay) {
      const reasons = [`cites the date ${spokenDate(date)} = date sent`];
      if (sameDay.length > 1) reasons.push(`one of ${sameDay.length} letters sent to ${c.code} that day`);
      keep({ communicationId: c.id, score: SCORE.dateOnly / sameDay.length, reasons: [...reasons, sentBefore(c, ownDate)] });
    }
  }
  return [...found.values()].sort((a, b) => b.score - a.score);
}

function keyOf(written: string): string | null {
  try {
    return referenceKey(parseReference(written));
  } catch {
    return null;
  }
}

function sentBefore(c: CommunicationFacts, ownDate: IsoDate | null): string {
  if (ownDate === null) return `sent ${spokenDate(c.dateSent)}`;
  const days = daysBetween(c.dateSent, ownDate);
  return `sent ${days} day${days === 1 ? '' : 's'} before this letter`;
}
