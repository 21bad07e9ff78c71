import { findDatesIn, type FoundDate } from '../text/dates.js';
import { foldText, sourceRange, type FoldedText } from '../text/fold.js';
import type { Phrases } from './phrases.js';
import type { Evidence, Found } from './types.js';

/** A line of the text given, with its offsets. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A phrase match in the loose view, with its evidence in the text given. */
export interface Hit {
  /** The folded text matched. */
  readonly text: string;
  /** Offsets in the loose view. */
  readonly foldedStart: number;
  readonly foldedEnd: number;
  readonly evidence: Evidence;
}

/**
 * The text under study in the views the extractors need: `loose` (lower case, no accents or
 * harakat, NFKC, ASCII digits) for words, `strict` (NFKC, case kept) for references and
 * numbers. Both map back to the text given, so evidence always quotes the original.
 */
export class Doc {
  readonly loose: FoldedText;
  readonly strict: FoldedText;
  readonly lines: readonly Line[];
  private datesCache: readonly FoundDate[] | null = null;

  constructor(readonly text: string, readonly languages: readonly string[]) {
    this.loose = foldText(text, { loose: true });
    this.strict = foldText(text, { loose: false });
    const lines: Line[] = [];
    let start = 0;
    for (const raw of text.split('\n')) {
      lines.push({ start, end: start + raw.length, text: raw });
      start += raw.length + 1;
    }
    this.lines = lines;
  }

  /** Evidence for a range of the text given, trimmed of surrounding white space. */
  evidence(start: number, end: number): Evidence {
    let s = Math.max(0, start);
    let e = Math.min(this.text.length, end);
    while (s < e && /\s/.test(this.text[s] ?? '')) s++;
    while (e > s && /\s/.test(this.text[e - 1] ?? '')) e--;
    return { start: s, end: e, text: this.text.slice(s, e) };
  }

  /** Evidence for a range of the loose view. */
  looseEvidence(start: number, end: number): Evidence {
    const r = sourceRange(this.loose, start, end);
    return this.evidence(r.start, r.end);
  }

  /** Evidence for a range of the strict view. */
  strictEvidence(start: number, end: number): Evidence {
    const r = sourceRange(this.strict, start, end);
    return this.evidence(r.start, r.end);
  }

  /** Offset in the loose view of the first folded character at or after `sourceOffset`. */
  looseOffset(sourceOffset: number): number {
    const starts = this.loose.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < sourceOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every match of `phrases` in the loose view, between loose offsets `from` and `to`. */
  hits(phrases: Phrases, from = 0, to = this.loose.text.length): Hit[] {
    return phrases.matches(this.loose.text, from, to).map((m) => ({
      text: m.text, foldedStart: m.start, foldedEnd: m.end, evidence: this.looseEvidence(m.start, m.end),
    }));
  }

  /** Every date in the text, earliest first. */
  get dates(): readonly FoundDate[] {
    this.datesCache ??= findDatesIn(this.loose);
    return this.datesCache;
  }

  /** The line holding a source offset. */
  lineAt(offset: number): Line | undefined {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lines[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo];
  }

  /** The sentence around a source offset (bounded by full stops, blank lines, or 1,000 characters), as evidence. */
  sentenceAt(offset: number): Evidence {
    const from = Math.max(0, offset - 1000);
    const before = this.text.slice(from, offset);
    let start = from;
    for (const m of before.matchAll(/[.!?。！？؟](?=\s)\s*|\n\s*\n\s*/gu)) start = from + (m.index ?? 0) + m[0].length;
    const after = this.text.slice(offset, offset + 1000);
    const endMatch = /[.!?。！？؟](?=\s|$)|\n\s*\n/u.exec(after);
    const end = endMatch ? offset + endMatch.index + (endMatch[0].startsWith('\n') ? 0 : 1) : offset + after.length;
    return this.evidence(start, end);
  }
}

/** A value with its evidence. */
export function found<T>(value: T, ...evidence: Evidence[]): Found<T> {
  return { value, evidence };
}
