import { MissiveError } from './errors.js';
import { MAX_REFERENCE_NUMBER } from './reference.js';

/**
 * The next running number for an (addressee code, year), given the highest one already used
 * (0 when none). Stores call this inside the same atomic statement or transaction that
 * records the new highest number, which is what makes allocation safe under concurrency.
 */
export function nextReferenceNumber(highestUsed: number, code: string, year: number): number {
  const next = highestUsed + 1;
  if (next > MAX_REFERENCE_NUMBER) {
    throw new MissiveError('CONFLICT', `no reference number left for ${code} in ${year} (limit ${MAX_REFERENCE_NUMBER})`, { value: `${code} ${year}` });
  }
  return next;
}
