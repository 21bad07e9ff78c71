import { MissiveError } from './errors.js';

/**
 * A communication's reference, e.g. `AL PRK 1/2024`. Its natural key is (code, number, year):
 * the running number is shared by all types for one addressee code and year, so the type is
 * an attribute and `PRK 1/2024` names the same letter.
 */
export const REFERENCE_TYPES = ['UA', 'AL', 'OL', 'JUA', 'JAL', 'JOL'] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

export interface Reference {
  /** null when the reference was written without its type (`PRK 1/2024`). */
  readonly type: ReferenceType | null;
  /** ISO 3166-1 alpha-3 code of the addressee State, or `OTH` for a non-State actor. */
  readonly code: string;
  readonly number: number;
  readonly year: number;
  /** The legacy reference (mandate tokens before the country part) exactly as written, else null. */
  readonly legacy: string | null;
}

export const MIN_REFERENCE_YEAR = 1980;
export const MAX_REFERENCE_YEAR = 2099;
export const MAX_REFERENCE_NUMBER = 9999;

const TYPE_SET: ReadonlySet<string> = new Set(REFERENCE_TYPES);
/** Labels that precede a reference in letters and replies and are not part of it. */
const LABEL = /^(?:(?:our|your)\s+)?(?:reference\b|ref\.|ref\s*:)\s*(?:(?:no\.|n[°º]|number\b))?\s*[.:]*\s*|^(?:no\.|n[°º]|№)\s*[.:]?\s*/i;
/** Tail of every reference: code, number and year, with the separators seen in real documents. */
const TAIL = /(?<![A-Za-z])([A-Za-z]{3})\s*[\s/.\-_]\s*(\d{1,4})\s*[/.\-]\s*(\d{4})$/;
/** The same tail read right-to-left, as bidi extraction of Arabic text sometimes yields: `2023/3 SAU AL`. */
const REVERSED = /^(\d{4})\s*[/.\-]\s*(\d{1,4})\s+([A-Za-z]{3})(?:\s+([A-Za-z]{2,3}))?$/;

/** Text as typed, pasted, OCR'd or extracted from PDFs: full-width forms folded, all whitespace runs one space. */
export function normalizeReferenceText(text: string): string {
  return text.normalize('NFKC').replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

function invalid(text: string, why: string): MissiveError {
  return new MissiveError('INVALID_REFERENCE', `"${text}" is not a communication reference: ${why}`, { value: text, field: 'reference' });
}

function checkedParts(text: string, code: string, number: string, year: string): { code: string; number: number; year: number } {
  const n = Number(number);
  const y = Number(year);
  if (n < 1) throw invalid(text, 'the running number starts at 1');
  if (y < MIN_REFERENCE_YEAR || y > MAX_REFERENCE_YEAR) {
    throw invalid(text, `the year ${year} is outside ${MIN_REFERENCE_YEAR}–${MAX_REFERENCE_YEAR}`);
  }
  return { code: code.toUpperCase(), number: n, year: y };
}

function asType(token: string): ReferenceType | null {
  const upper = token.toUpperCase();
  return TYPE_SET.has(upper) ? (upper as ReferenceType) : null;
}

/**
 * Reads a reference in the current format (`AL PRK 1/2024`, `PRK 1/2024`, `JUA IRN 12/2023`),
 * the legacy format (`UA Housing (2000-9) … SYR 3/2014`) or a variant met in real documents
 * (`OL SLV 8.2021`, `AL/CHN/3/2023`, full-width characters, line breaks, a `Ref.:` label).
 * Throws MissiveError INVALID_REFERENCE naming the text otherwise.
 */
export function parseReference(text: string): Reference {
  const unlabelled = normalizeReferenceText(text).replace(LABEL, '');
  if (unlabelled === '') throw invalid(text, 'it is empty');

  const reversed = REVERSED.exec(unlabelled);
  if (reversed) {
    const [, year = '', number = '', code = '', typeToken] = reversed;
    const type = typeToken === undefined ? null : asType(typeToken);
    if (typeToken !== undefined && type === null) throw invalid(text, `"${typeToken}" is not a type (${REFERENCE_TYPES.join(', ')})`);
    return { type, ...checkedParts(text, code, number, year), legacy: null };
  }

  const tail = TAIL.exec(unlabelled);
  if (!tail) throw invalid(text, 'expected TYPE CODE N/YYYY, e.g. "AL PRK 1/2024"');
  const [whole, code = '', number = '', year = ''] = tail;
  const head = unlabelled.slice(0, unlabelled.length - whole.length).replace(/[\s/.\-_]+$/, '');
  const parts = checkedParts(text, code, number, year);
  if (head === '') return { type: null, ...parts, legacy: null };

  const [first = '', ...rest] = head.split(/[\s/\-_]+/);
  const type = asType(first);
  if (type === null) throw invalid(text, `"${first}" is not a type (${REFERENCE_TYPES.join(', ')})`);
  if (rest.length === 0) return { type, ...parts, legacy: null };
  return { type, ...parts, legacy: legacyText(text) };
}

/** The legacy reference as written: only an outer label and outer whitespace are removed. */
function legacyText(text: string): string {
  return text.trim().replace(LABEL, '').trim();
}

/** `AL PRK 1/2024`; a legacy reference is given back exactly as it was written. */
export function formatReference(reference: Reference): string {
  if (reference.legacy !== null) return reference.legacy;
  const key = referenceKey(reference);
  return reference.type === null ? key : `${reference.type} ${key}`;
}

/** The natural key shared by every way of writing one reference: `PRK 1/2024`. */
export function referenceKey(reference: Pick<Reference, 'code' | 'number' | 'year'>): string {
  return `${reference.code} ${reference.number}/${reference.year}`;
}

/** The key of any written reference, e.g. for lookups: `referenceKeyOf('AL/PRK/1/2024') === 'PRK 1/2024'`. */
export function referenceKeyOf(text: string): string {
  return referenceKey(parseReference(text));
}

/** The mandate tokens between the type and the country part of a legacy reference. */
export function legacyMandateTokens(reference: Reference): string[] {
  if (reference.legacy === null) return [];
  const flat = normalizeReferenceText(reference.legacy);
  const tail = TAIL.exec(flat);
  const head = tail ? flat.slice(0, flat.length - tail[0].length) : flat;
  const afterType = head.replace(/^\S+\s*/, '').trim();
  return afterType.match(/G\/SO\s+\d+(?:\/\d+)?(?:\s*\([\d\s-]+\))?|[^\s()]+(?:\s*\([\d\s-]+\))?/g) ?? [];
}

/** A URL-safe form used in permalinks: `AL-PRK-1-2024`. */
export function referenceSlug(reference: Reference): string {
  const key = `${reference.code}-${reference.number}-${reference.year}`;
  return reference.type === null ? key : `${reference.type}-${key}`;
}

/** True for the joint types of the older practice; current joint letters use plain types. */
export function isJointType(type: ReferenceType | null): boolean {
  return type === 'JUA' || type === 'JAL' || type === 'JOL';
}

/** UA, AL or OL: the kind of letter, whether or not it was marked joint. */
export function baseType(type: ReferenceType): 'UA' | 'AL' | 'OL' {
  return (type.length === 3 ? type.slice(1) : type) as 'UA' | 'AL' | 'OL';
}
