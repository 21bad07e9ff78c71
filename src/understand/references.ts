import { parseReference, referenceKey, type Reference, type ReferenceData } from '../domain/index.js';
import type { Doc } from './document.js';
import type { Evidence } from './types.js';

/** A communication reference found in a text. */
export interface FoundReference {
  /** As written, after NFKC (full-width forms folded) and with white space collapsed. */
  readonly written: string;
  readonly parsed: Reference;
  readonly key: string;
  readonly evidence: Evidence;
}

const TYPE = '(?:JUA|JAL|JOL|UA|AL|OL)';
/** A mandate's file token in a legacy reference: `Housing (2000-9)`, `G/SO 214 (53-24)`, `Arbitrary-Detention (1991-3)`. */
const LEGACY_TOKEN = String.raw`(?:G\/SO\s+\d+(?:\/\d+)?(?:\s*\(\s*\d+\s*-\s*\d+\s*\))?|[A-Z][A-Za-z'\-]*(?:\s+[A-Z][A-Za-z'\-]*){0,2}\s*\(\s*\d{2,4}\s*-\s*\d{1,4}\s*\))`;
const LEGACY = new RegExp(String.raw`(?<![A-Za-z0-9])${TYPE}\s+(?:${LEGACY_TOKEN}\s*)+[A-Z]{3}\s+\d{1,4}\s*\/\s*(?:19|20)\d{2}(?!\d)`, 'g');
/** `AL CHN 3/2023`, `AL/CHN/3/2023`, `AL-CHN-3/2023`, `OL SLV 8.2021`, `CHN 3/2023`. */
const MODERN = new RegExp(String.raw`(?<![A-Za-z0-9])(?:(${TYPE})[\s\/\-_.]+)?([A-Z]{3})[\s\/\-_.]+(\d{1,4})\s*[\/\-.]\s*((?:19|20)\d{2})(?![\d\/])`, 'g');
/** Right-to-left text extracted in visual order: `2023/3 SAU AL`. */
const REVERSED = new RegExp(String.raw`(?<![A-Za-z0-9\/])((?:19|20)\d{2})\s*\/\s*(\d{1,4})\s+([A-Z]{3})(?:\s+(${TYPE}))?(?![A-Za-z])`, 'g');

function knownCode(code: string, reference: ReferenceData): boolean {
  return code === 'OTH' || reference.isCountry(code);
}

/**
 * Every communication reference in the text, in its order: current and legacy formats and
 * the variants missions write (slashes, dashes, full-width forms, reversed RTL order). A code
 * must be a known ISO-3 code or OTH, so note numbers and document symbols are not taken.
 */
export function findReferences(doc: Doc, reference: ReferenceData, exclude: readonly Evidence[] = []): FoundReference[] {
  const text = doc.strict.text;
  const out: { start: number; end: number; written: string }[] = [];
  const overlaps = (s: number, e: number): boolean => out.some((o) => s < o.end && e > o.start);
  const push = (start: number, end: number): void => {
    if (!overlaps(start, end)) out.push({ start, end, written: text.slice(start, end) });
  };
  for (const m of text.matchAll(LEGACY)) push(m.index ?? 0, (m.index ?? 0) + m[0].length);
  for (const m of text.matchAll(MODERN)) {
    if (knownCode(m[2] ?? '', reference)) push(m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of text.matchAll(REVERSED)) {
    if (knownCode(m[3] ?? '', reference)) push(m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  out.sort((a, b) => a.start - b.start);
  const results: FoundReference[] = [];
  for (const o of out) {
    const evidence = doc.strictEvidence(o.start, o.end);
    if (exclude.some((x) => evidence.start < x.end && evidence.end > x.start)) continue;
    try {
      const parsed = parseReference(o.written);
      results.push({ written: o.written.replace(/\s+/g, ' ').trim(), parsed, key: referenceKey(parsed), evidence });
    } catch {
      // A shape that looked like a reference but is not one (year out of range, number 0).
    }
  }
  return results;
}
