import type { Random } from './types.js';

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick: no items to choose from');
  const index = Math.min(items.length - 1, Math.floor(random() * items.length));
  return items[index] as T;
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.min(max - min, Math.floor(random() * (max - min + 1)));
}

/** Joins items as a language lists them: "a, b and c". */
export function joinList(items: readonly string[], separator: string, lastSeparator: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${lastSeparator}${items[items.length - 1]}`;
}
