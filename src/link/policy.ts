import type { Candidate } from './types.js';

/**
 * Above this score a link is made without asking anyone; below it the reply waits in the
 * review queue with its candidates. Chosen for precision first on demo corpora of 20,000
 * communications read through understand(): the lowest threshold whose automatic links are at
 * least 99.6 % right on the tuning corpus (seed "tune": 99.60 % precise, 91.1 % recall; 0.75
 * gives 99.53 %), which leaves a margin over the 99 % required. On the evaluation corpus
 * (seed "1", test/link/evaluation.test.ts) it gives 99.7 % and 90.9 %; on a third ("check")
 * 99.6 % and 91.1 %. Scores are probabilities, so 0.8 also reads as "four to one".
 */
export const AUTO_LINK_THRESHOLD = 0.8;

/**
 * The candidates to link automatically. Several may pass: a note citing two references or
 * two dates scores both letters high, since they do not compete for the same citation.
 */
export function autoLinks(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => c.score >= AUTO_LINK_THRESHOLD);
}
