import type { IsoDate } from '../domain/index.js';
import type { FoundDate } from '../text/dates.js';
import { fold } from '../text/fold.js';
import type { Doc, Line } from './document.js';
import { found } from './document.js';
import type { Evidence, Found } from './types.js';

/** Places written in any language, given back under one name. */
const PLACES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Geneva', ['geneva', 'geneve', 'ginebra', 'genf', 'ginevra', 'genebra', 'женева', 'جنيف', '日内瓦', '제네바', 'ジュネーブ', 'ジュネーヴ']],
  ['New York', ['new york', 'nueva york', 'нью-йорк', 'نيويورك', '纽约', '뉴욕']],
  ['Vienna', ['vienna', 'vienne', 'viena', 'wien', 'вена', 'فيينا', '维也纳', '빈']],
];

function knownPlace(written: string): string | null {
  const f = fold(written).replace(/\s+/g, ' ').replace(/에서$/u, '').trim();
  return PLACES.find(([, forms]) => forms.includes(f))?.[0] ?? null;
}

function canonicalPlace(written: string): string {
  return knownPlace(written) ?? written;
}

/** A known place alone on the line before or after a date ("2022년 11월 4일" then "제네바"). */
function placeNextTo(doc: Doc, line: Line): Found<string> | null {
  const i = doc.lines.indexOf(line);
  const around = [doc.lines.slice(i + 1).find((l) => l.text.trim() !== ''), doc.lines.slice(0, i).reverse().find((l) => l.text.trim() !== '')];
  for (const l of around) {
    if (!l) continue;
    const name = strip(l.text.trim());
    const place = knownPlace(name);
    if (place) {
      const at = l.start + l.text.indexOf(name);
      return found(place, doc.evidence(at, at + name.length));
    }
  }
  return null;
}

/** Punctuation and small words that join a place and a date on one line: "Genève, le", "جنيف في", "于日内瓦". */
const LEADING = /^(?:[\s,.;:،\-–—]|(?<![\p{L}])(?:le|el|a|à|den|في|dated|done at|fait à|hecho en)(?![\p{L}])|于)+/iu;
const TRAILING = /(?:[\s,.;:،\-–—]|(?<![\p{L}])(?:le|el|a|à|de|في)(?![\p{L}]))+$|(?<=\p{L})에서[\s,]*$/iu;

function strip(text: string): string {
  return text.replace(LEADING, '').replace(TRAILING, '');
}

export interface PlaceDate {
  readonly date: Found<IsoDate>;
  readonly place: Found<string> | null;
}

/** A line that holds a date and at most a short place name: the date line of a letter or note. */
function asDateLine(doc: Doc, d: FoundDate): PlaceDate | null {
  const line = doc.lineAt(d.start);
  if (!line) return null;
  const before = { text: doc.text.slice(line.start, d.start), offset: line.start };
  const after = { text: doc.text.slice(d.end, line.end), offset: d.end };
  const names = [before, after].map((side) => ({ ...side, name: strip(side.text) }));
  const bare = names.map((n) => n.name).join(' ').trim();
  if (bare.length > 30 || /\d/.test(bare)) return null;
  const date = found(d.date, doc.evidence(d.start, d.end));
  const side = names.find((n) => /\p{L}/u.test(n.name));
  if (!side) return { date, place: placeNextTo(doc, line) };
  const at = side.offset + side.text.indexOf(side.name);
  const evidence: Evidence = doc.evidence(at, at + side.name.length);
  return { date, place: found(canonicalPlace(side.name), evidence) };
}

/** Every line of the text that is a place-and-date line, in order. */
export function dateLines(doc: Doc): PlaceDate[] {
  return doc.dates.map((d) => asDateLine(doc, d)).filter((x): x is PlaceDate => x !== null);
}

/**
 * The date of a note and where it was written: the date line after the closing formula,
 * else the last date line (notes date themselves at the end), else the first one.
 */
export function readReplyPlaceDate(doc: Doc, closingAt: number | null): PlaceDate | null {
  const lines = dateLines(doc);
  if (lines.length === 0) return null;
  const afterClosing = closingAt === null ? [] : lines.filter((l) => (l.date.evidence[0]?.start ?? 0) > closingAt);
  return afterClosing[0] ?? lines[lines.length - 1] ?? null;
}

/** The date of a letter from mandate-holders: its first date line ("Geneva, 22 March 2024"), else its first date. */
export function readLetterPlaceDate(doc: Doc): PlaceDate | null {
  const line = dateLines(doc)[0];
  if (line) return line;
  const first = doc.dates[0];
  return first ? { date: found(first.date, doc.evidence(first.start, first.end)), place: null } : null;
}
