import { isIsoDate, type IsoDate } from '../domain/dates.js';
import { escapeRegExp, foldText, sourceRange, type FoldedText } from './fold.js';
import { monthTable } from './months.js';

/** A calendar date found in a text, with its place in that text. */
export interface FoundDate {
  readonly date: IsoDate;
  /** Offsets into the text given (not the folded one). */
  readonly start: number;
  readonly end: number;
  /** The date as written. */
  readonly text: string;
}

const YEAR = '((?:19|20)\\d{2})(?!\\d)';
/** Russian documents end a date with "года" or "г."; kept in the evidence. */
const YEAR_TAIL = '(?:\\s*(?:года|г\\.|г(?![\\p{L}])))?';
const ORDINAL = '(?:er|re|eme|st|nd|rd|th|o|a|°)?';
/** A day starts a word, or follows an Arabic conjunction or preposition written onto it (و٣ آب). */
const DAY_START = '(?:(?<![\\p{L}\\p{N}])|(?<=(?<![\\p{L}])[وفب]))';
const DAY_MONTH_JOIN = "(?:\\s*(?:de|of|del|di|da|do|d')\\s+|\\s*[,.\\-]?\\s*)";
const MONTH_YEAR_JOIN = '(?:\\s*,?\\s*(?:de|del|of|di|da|do)?\\s*|\\s*-\\s*)';

interface Patterns {
  readonly dayMonthYear: RegExp;
  readonly monthDayYear: RegExp;
  readonly arabicYearFirst: RegExp;
}

function alternation(names: readonly string[]): string {
  return [...names].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/ /g, '\\s+')).join('|');
}

let patterns: Patterns | null = null;

function compiled(): Patterns {
  if (patterns) return patterns;
  const names = [...monthTable().keys()];
  const month = `(${alternation(names)})(?![\\p{L}])\\.?`;
  const arabic = `(${alternation(names.filter((n) => /\p{Script=Arabic}/u.test(n)))})(?![\\p{L}])`;
  const pair = `(?:\\s*\\/\\s*${month})?`;
  patterns = {
    dayMonthYear: new RegExp(
      `${DAY_START}(?:"\\s*)?(\\d{1,2})${ORDINAL}(?:\\s*")?${DAY_MONTH_JOIN}${month}${pair}${MONTH_YEAR_JOIN}${YEAR}${YEAR_TAIL}`, 'gu'),
    monthDayYear: new RegExp(`(?<![\\p{L}])${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\s*,?\\s*(?:de\\s+)?${YEAR}`, 'gu'),
    arabicYearFirst: new RegExp(`(?<![\\p{N}])${YEAR}\\s+${arabic}(?:\\s*\\/\\s*${arabic})?\\s+(\\d{1,2})(?![\\p{N}])`, 'gu'),
  };
  return patterns;
}

const DAY_FIRST = /(?<![\p{L}\p{N}/.\-])(\d{1,2})([./\-])(\d{1,2})\2((?:19|20)\d{2})(?![\p{N}]|[./\-]\d)/gu;
const YEAR_FIRST = /(?<![\p{N}/.\-])((?:19|20)\d{2})([./\-]) ?(\d{1,2})\2 ?(\d{1,2})(?![\p{N}]|[./\-]\d)\.?/gu;
const CJK = /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]/gu;
const CJK_NUMERALS = /([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]/gu;
const JAPANESE_ERA = /(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
const ERA_START: Readonly<Record<string, number>> = { '令和': 2019, '平成': 1989, '昭和': 1926 };

const CJK_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0, '○': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** 二〇二四 → 2024 (digit by digit); 十六 → 16, 二十 → 20, 十 → 10. */
function cjkNumber(text: string, positional: boolean): number {
  if (positional) return Number([...text].map((c) => CJK_DIGITS[c] ?? 0).join(''));
  const [tens = '', units = ''] = text.split('十');
  if (!text.includes('十')) return CJK_DIGITS[text] ?? NaN;
  return (tens === '' ? 1 : CJK_DIGITS[tens] ?? NaN) * 10 + (units === '' ? 0 : CJK_DIGITS[units] ?? NaN);
}

function toIso(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly date: IsoDate;
}

function* candidates(f: string): Generator<Candidate> {
  const months = monthTable();
  const monthOf = (name: string | undefined): number => months.get((name ?? '').replace(/\s+/g, ' ')) ?? NaN;
  const { dayMonthYear, monthDayYear, arabicYearFirst } = compiled();
  const emit = (m: RegExpMatchArray, date: IsoDate | null): Candidate | null =>
    date === null ? null : { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date };
  const all: (Candidate | null)[] = [];
  for (const m of f.matchAll(dayMonthYear)) all.push(emit(m, toIso(Number(m[4]), monthOf(m[2]), Number(m[1]))));
  for (const m of f.matchAll(monthDayYear)) all.push(emit(m, toIso(Number(m[3]), monthOf(m[1]), Number(m[2]))));
  for (const m of f.matchAll(arabicYearFirst)) all.push(emit(m, toIso(Number(m[1]), monthOf(m[2]), Number(m[4]))));
  for (const m of f.matchAll(DAY_FIRST)) {
    const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
    // Day first, as everywhere outside the United States; month first only when nothing else fits.
    all.push(emit(m, toIso(y, b, a) ?? (b > 12 ? toIso(y, a, b) : null)));
  }
  for (const m of f.matchAll(YEAR_FIRST)) all.push(emit(m, toIso(Number(m[1]), Number(m[3]), Number(m[4]))));
  for (const m of f.matchAll(CJK)) all.push(emit(m, toIso(Number(m[1]), Number(m[2]), Number(m[3]))));
  for (const m of f.matchAll(CJK_NUMERALS)) {
    all.push(emit(m, toIso(cjkNumber(m[1] ?? '', true), cjkNumber(m[2] ?? '', false), cjkNumber(m[3] ?? '', false))));
  }
  for (const m of f.matchAll(JAPANESE_ERA)) {
    const year = (ERA_START[m[1] ?? ''] ?? NaN) + (m[2] === '元' ? 1 : Number(m[2])) - 1;
    all.push(emit(m, toIso(year, Number(m[3]), Number(m[4]))));
  }
  for (const c of all) if (c) yield c;
}

/** Dates in an already folded text (see foldText), earliest first, overlaps resolved to the longest. */
export function findDatesIn(folded: FoldedText): FoundDate[] {
  const sorted = [...candidates(folded.text)].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundDate[] = [];
  let reached = -1;
  for (const c of sorted) {
    if (c.start < reached) continue;
    reached = c.end;
    const { start, end } = sourceRange(folded, c.start, c.end);
    out.push({ date: c.date, start, end, text: folded.source.slice(start, end) });
  }
  return out;
}

/**
 * Every calendar date written in `text`, in any of the forms letters and replies use:
 * `16 May 2024`, `May 16, 2024`, `1er février 2024`, `16 de mayo de 2024`, `16 мая 2024 года`,
 * `«10» мая 2023 г.`, `١٦ أيار/مايو ٢٠٢٤`, `2024年5月16日`, `2024년 5월 16일`, `16.05.2024`,
 * `2024-05-16`. Impossible dates (31 February) are not dates; reference numbers (`1/2024`)
 * and document symbols (`A/HRC/29/32`) are not either.
 */
export function findDates(text: string): FoundDate[] {
  return findDatesIn(foldText(text));
}

/** The first date written in `text`, or null. */
export function parseDate(text: string): IsoDate | null {
  return findDates(text)[0]?.date ?? null;
}
