import { fold } from './fold.js';

/**
 * Month names read from ICU (Intl.DateTimeFormat) rather than typed by hand: long and short,
 * standalone (`май`) and format/genitive (`мая`) forms, for the languages replies and letters
 * come in and their neighbours. Arabic has three families: Egyptian/Gulf (`مايو`), Levantine
 * and Iraqi (`أيار`), Maghreb (`ماي`, `جوان`); UN documents pair two of them (`أيار/مايو`).
 * Peruvian Spanish gives `setiembre`.
 */
const LOCALES = [
  'en', 'fr', 'es', 'es-PE', 'pt', 'it', 'de', 'nl', 'ru', 'uk', 'be', 'pl', 'tr', 'id', 'az', 'uz',
  'ar', 'ar-SY', 'ar-MA', 'ar-TN', 'ar-MR', 'fa',
] as const;

/**
 * Forms that UN Arabic uses and ICU does not produce: the Egyptian `يونيه`/`يوليه` of UN
 * documents, and the common spelling of April without hamza (folding removes the hamza anyway).
 */
const UN_ARABIC_EXTRA: ReadonlyArray<readonly [string, number]> = [['يونيه', 6], ['يوليه', 7]];

function monthsOf(locale: string, options: Intl.DateTimeFormatOptions, withDay: boolean): string[] {
  const format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { ...options, ...(withDay ? { day: 'numeric' } : {}), timeZone: 'UTC' });
  const names: string[] = [];
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2024, month, 15));
    const part = format.formatToParts(date).find((p) => p.type === 'month');
    names.push(part?.value ?? '');
  }
  return names;
}

function isArabicScript(name: string): boolean {
  return /\p{Script=Arabic}/u.test(name);
}

/** Folded name → month (1–12). Names two locales give to different months are dropped. */
function buildMonthTable(): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  const conflicts = new Set<string>();
  const add = (raw: string, month: number): void => {
    const name = fold(raw).replace(/\.$/, '').trim();
    if (/\d/.test(name)) return;
    const letters = [...name].length;
    if (letters < (isArabicScript(name) ? 2 : 3)) return;
    const known = table.get(name);
    if (known !== undefined && known !== month) conflicts.add(name);
    table.set(name, month);
  };
  for (const locale of LOCALES) {
    for (const month of ['long', 'short'] as const) {
      for (const withDay of [false, true]) {
        monthsOf(locale, { month }, withDay).forEach((name, i) => add(name, i + 1));
      }
    }
  }
  for (const [name, month] of UN_ARABIC_EXTRA) add(name, month);
  for (const name of conflicts) table.delete(name);
  return table;
}

let table: ReadonlyMap<string, number> | null = null;

/** All month names known, folded (lower case, no accents or harakat), with their month number. */
export function monthTable(): ReadonlyMap<string, number> {
  table ??= buildMonthTable();
  return table;
}

/** The month a (folded or unfolded) name stands for, or null. */
export function monthNumber(name: string): number | null {
  return monthTable().get(fold(name).replace(/\.$/, '').trim()) ?? null;
}
