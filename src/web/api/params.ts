import { MissiveError } from '../../domain/index.js';

/** A query parameter that must be a whole number from `min` to `max`; absent, the fallback. */
export function wholeNumber(value: string | undefined, field: string, fallback: number, range: { min: number; max: number } = { min: 0, max: 999_999 }): number {
  if (value === undefined) return fallback;
  const n = /^[0-9]{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(n >= range.min && n <= range.max)) {
    throw new MissiveError('INVALID_VALUE', `${field}: "${value}" must be a whole number from ${range.min} to ${range.max}`, { field, value });
  }
  return n;
}
