import { MissiveError } from './errors.js';
import { MAX_REFERENCE_NUMBER } from './reference.js';

/**
 * Running numbers start at 1 for each (addressee code, year) and are shared by all types.
 * Stores allocate them in one atomic statement (highest used + 1); this rule checks the
 * result, so an exhausted year is an error naming the code and year, never a wrapped number.
 */
export function checkAllocatedNumber(number: number, code: string, year: number): number {
  if (!Number.isInteger(number) || number < 1 || number > MAX_REFERENCE_NUMBER) {
    throw new MissiveError('CONFLICT', `no reference number left for ${code} in ${year} (numbers run from 1 to ${MAX_REFERENCE_NUMBER})`, { value: `${code} ${year}`, field: 'reference' });
  }
  return number;
}
