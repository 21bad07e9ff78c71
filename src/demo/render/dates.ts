import type { DemoLanguage } from './types.js';

const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** Genitive forms, as Russian writes a day of a month. */
const RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
/** UN Arabic style pairs the Levantine (Syriac) and the Egyptian (Latin-derived) month names. */
const AR = [
  'كانون الثاني/يناير', 'شباط/فبراير', 'آذار/مارس', 'نيسان/أبريل', 'أيار/مايو', 'حزيران/يونيه',
  'تموز/يوليه', 'آب/أغسطس', 'أيلول/سبتمبر', 'تشرين الأول/أكتوبر', 'تشرين الثاني/نوفمبر', 'كانون الأول/ديسمبر',
];

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function dateParts(isoDate: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: "${isoDate}"`);
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31) {
    throw new RangeError(`not a calendar date: "${isoDate}"`);
  }
  return parts;
}

function monthName(table: readonly string[], month: number): string {
  return table[month - 1] ?? String(month);
}

const ARABIC_INDIC = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];

export function toArabicIndicDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)] ?? d);
}

export function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/**
 * The date as a document in that language prints it. Arabic uses ASCII digits here;
 * renderers switch to Arabic-Indic digits per document with `arabicDate`.
 */
export function formatDateIn(language: DemoLanguage, isoDate: string): string {
  const { year, month, day } = dateParts(isoDate);
  switch (language) {
    case 'en': return `${day} ${monthName(EN, month)} ${year}`;
    case 'fr': return `${day === 1 ? '1er' : day} ${monthName(FR, month)} ${year}`;
    case 'es': return `${day} de ${monthName(ES, month)} de ${year}`;
    case 'ru': return `${day} ${monthName(RU, month)} ${year} года`;
    case 'ar': return `${day} ${monthName(AR, month)} ${year}`;
    case 'zh': return `${year}年${month}月${day}日`;
    case 'ko': return `${year}년 ${month}월 ${day}일`;
  }
}

export function arabicDate(isoDate: string, indicDigits: boolean): string {
  const text = formatDateIn('ar', isoDate);
  return indicDigits ? toArabicIndicDigits(text) : text;
}

/** A date formatter bound to one document, so all its dates share one digit style. */
export type DateFormatter = (isoDate: string) => string;

export function dateFormatter(language: DemoLanguage, arabicIndicDigits: boolean): DateFormatter {
  if (language === 'ar') return (iso) => arabicDate(iso, arabicIndicDigits);
  return (iso) => formatDateIn(language, iso);
}

/** Moves a YYYY-MM-DD date by whole days (negative goes back). */
export function shiftDays(isoDate: string, days: number): string {
  const { year, month, day } = dateParts(isoDate);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
