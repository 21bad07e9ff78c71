import type { Candidate } from './types.js';

/**
 * Above this score a link is made without asking anyone; below it the reply waits in the
 * review queue with its candidates. Chosen on the demo corpus for precision first (see
 * test/link/evaluation.test.ts and docs): the lowest threshold at which automatic links stay
 * at least 99.5 % right, rounded up.
 */
export const AUTO_LINK_THRESHOLD = 0.9;

/**
 * The candidates to link automatically. Several may pass: a note citing two references or
 * two dates scores both letters high, since they do not compete for the same citation.
 */
export function autoLinks(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => c.score >= AUTO_LINK_THRESHOLD);
}
