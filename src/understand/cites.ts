import { isJointType, type IsoDate, type ReferenceData } from '../domain/index.js';
import type { Doc } from './document.js';
import { found } from './document.js';
import { phrases } from './phrases.js';
import { mandateIndex, type MandateNames } from './mandates.js';
import { findReferences, type FoundReference } from './references.js';
import type { Evidence, Found, Understanding } from './types.js';

/** Words for the letter a reply answers, in the loose view; a date cited as a letter's date sits near one. */
const LETTER_NOUN = /communicat\p{L}*|letter|appeal|lettre|appel|comunicaci\p{L}*|carta|llamamiento|nota|письм\p{L}*|сообщени\p{L}*|обращени\p{L}*|رسا\p{L}*|بلاغ|来函|函|서한/u;
/** What stands right before a letter's date: "dated", "du", "en date du", "de fecha", "от", "المؤرخة في", "بتاريخ". */
const BEFORE_DATE = /(?:dated|of|on|du|en\s+date\s+du|datee?\s+du|de\s+fecha|fechad[oa]\s+el|con\s+fecha|del|от|المورخه(?:\s+في)?|المورخ(?:\s+في)?|بتاريخ)\s*$/u;
/** What follows a letter's date in Chinese and Korean: "2023年3月12日的来函", "2024년 3월 22일자 서한". */
const AFTER_DATE = /^\s*(?:[^，。；;\n]{0,30}?(?:来函|函件|信函)|자(?![\p{L}])|자\s|자로|날짜의)/u;
/** Between two dates of one citation: "and", "et", "y", "и", "و", "、", "和", "및". */
const DATE_JOIN = /^\s*(?:,|and|et|y|и|و|،|、|和|及|및)\s*$/u;

const JOINT = phrases([
  'joint communication*', 'joint letter*', 'joint urgent appeal*', 'joint allegation letter*', 'joint other letter*', 'communication conjointe',
  'communications conjointes', 'lettre conjointe', 'appel urgent conjoint', 'comunicación conjunta', 'comunicaciones conjuntas',
  'llamamiento urgente conjunto', 'carta conjunta', 'совместн* письм*', 'совместн* сообщени*', 'совместн* обращени*', 'الرسالة المشتركة',
  'الرسائل المشتركة', 'البلاغ المشترك', '联合来函', '联合函', '공동 서한', '공동서한',
]);

/**
 * Dates given as the date of a cited letter: after "dated", "du", "de fecha", "от",
 * "المؤرخة" near a word for a letter, or before "的来函" / "자 서한"; a date joined to a
 * cited one by "and" is cited too. Dates in `exclude` (the document's own date) are not.
 */
export function readCitedDates(doc: Doc, exclude: readonly Evidence[], references: readonly FoundReference[] = []): Found<IsoDate>[] {
  const dates = doc.dates.filter((d) => !exclude.some((x) => d.start < x.end && d.end > x.start));
  const at = dates.map((d) => ({ start: doc.looseOffset(d.start), end: doc.looseOffset(d.end) }));
  const cited = dates.map((_, i) => {
    const { start, end } = at[i] ?? { start: 0, end: 0 };
    const before = doc.loose.text.slice(Math.max(0, start - 180), start);
    const cue = BEFORE_DATE.exec(before);
    const nearNoun = cue !== null && LETTER_NOUN.test(before.slice(Math.max(0, before.length - cue[0].length - 140)));
    // "AL CHN 3/2023 dated 12 March 2023", "SAU 19/2013, de fecha …": the date of the reference just before.
    const cueAt = cue ? (doc.loose.starts[start - cue[0].length] ?? 0) : 0;
    const afterReference = cue !== null && references.some((r) => r.evidence.end <= cueAt && cueAt - r.evidence.end <= 20);
    return nearNoun || afterReference || AFTER_DATE.test(doc.loose.text.slice(end, end + 40));
  });
  // "dated 12 March and 14 April", "2023年3月12日和4月14日的来函": the cue covers the whole list.
  const joined = (i: number): boolean => DATE_JOIN.test(doc.loose.text.slice(at[i]?.end ?? 0, at[i + 1]?.start ?? 0));
  for (let i = 1; i < dates.length; i++) if (!cited[i] && cited[i - 1] && joined(i - 1)) cited[i] = true;
  for (let i = dates.length - 2; i >= 0; i--) if (!cited[i] && cited[i + 1] && joined(i)) cited[i] = true;
  const out: Found<IsoDate>[] = [];
  dates.forEach((d, i) => {
    if (cited[i] && !out.some((o) => o.value === d.date)) out.push(found(d.date, doc.evidence(d.start, d.end)));
  });
  return out;
}

/** What a document cites of other communications: references, dates of letters, mandates, and whether they were joint. */
export function readCites(
  doc: Doc, reference: ReferenceData, names: MandateNames | undefined,
  options: { exclude: readonly Evidence[]; mandatesFrom: number; mandatesTo: number; withMandates: boolean },
): { cites: Understanding['cites']; references: FoundReference[] } {
  const references = findReferences(doc, reference, options.exclude);
  const dates = readCitedDates(doc, options.exclude, references);
  const mandates = options.withMandates ? mandateIndex(reference, names).find(doc, options.mandatesFrom, options.mandatesTo) : [];
  const jointHit = doc.hits(JOINT)[0];
  const joint = jointHit !== undefined || mandates.length > 1 || references.some((r) => isJointType(r.parsed.type));
  const keys = [...new Set(references.map((r) => r.key))];
  return {
    references,
    cites: {
      references: references.map((r) => found(r.written, r.evidence)),
      referenceKeys: keys,
      dates,
      mandates,
      joint,
    },
  };
}
