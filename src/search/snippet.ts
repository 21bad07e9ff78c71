/**
 * Highlighted extracts for search hits: the page of a record that matched best, an extract of
 * its original text around the matches, and where the matched words are in that extract.
 * Matching follows the analyzer word by word on the original text, so offsets stay original: a
 * plain word matches text words equal once normalised or sharing a stem (a text word is stemmed
 * in every language of its script, as the index may have stemmed it in either), a phrase a run of
 * equal words, a prefix the words starting so. Han, Kana, Hangul, Thai, Lao, Khmer and Myanmar,
 * written without spaces, match as substrings of the text's runs in those scripts.
 * Cost: each source is normalised once and tested for substrings of the query's terms, which bounds how many terms
 * it can match; only the most promising sources are cut into words, and in long ones only windows around the terms.
 */
import { normalizeText, queryStems } from './analyzer.js';
import type { QueryNode, TextNode } from './query-ast.js';
import { nearWindows } from './snippet-windows.js';

/** One text a record may be found by; page null = the record's own fields (subject, summary). */
export interface SnippetSource { readonly page: number | null; readonly text: string }

/**
 * `text`: an extract of the original text (not normalised), at most maxLength chars, cut at word boundaries, with '…' where
 * cut; `highlights`: [start, end) UTF-16 offsets into `text` of each highlighted match, sorted, non-overlapping.
 */
export interface Snippet { readonly page: number | null; readonly text: string; readonly highlights: readonly (readonly [number, number])[] }

/** What a query highlights, built once per query by highlighterFor; termCount: its distinct positive text terms. */
export interface Highlighter { readonly termCount: number }

type Range = readonly [number, number];
interface Element { readonly norm: string; readonly mode: 'exact' | 'stem' | 'prefix'; readonly stems: ReadonlySet<string>; readonly leads: readonly string[] }
type Pattern =
  | { readonly kind: 'words'; readonly term: number; readonly elements: readonly Element[] }
  | { readonly kind: 'run'; readonly term: number; readonly norm: string };
interface Token { readonly norm: string; readonly start: number; readonly end: number }

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const TEXT_WORD = new RegExp(WORD.source, 'gu');
const SPLIT = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30fc\\uff70\\uff9e\\uff9f\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
const HAS_SPLIT = new RegExp(`[${SPLIT}]`, 'u');
const SPLIT_CHAR = new RegExp(`^[${SPLIT}]$`, 'u');
const RUNS = new RegExp(`[${SPLIT}][${SPLIT}\\p{M}]*`, 'gu');
const ALL_SPLIT = new RegExp(`^[${SPLIT}][${SPLIT}\\p{M}]*$`, 'u');
const CLUSTER = // a character and its combining marks (half-width kana voiced marks compose too)
  /[^\p{M}\uff9e\uff9f][\p{M}\uff9e\uff9f]*|[\p{M}\uff9e\uff9f]+/gu;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const MARK_CHAR = /^\p{M}$/u;
const ASCII = /^[\x00-\x7f]*$/;
const BELOW_SPLIT = /^[\0-\u0dff]*$/; // no script below U+0E00 is written without spaces: cheaper than HAS_SPLIT
const ELLIPSIS = '…';
const BOUNDARY_REACH = 30; // how far a cut may move to reach a word boundary, before it cuts inside a (long) word
const CACHE_LIMIT = 50_000;

/** A memo of a function of strings, emptied when full: a corpus' vocabulary is small beside its length. */
function memo<T>(f: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(text, (out = f(text)));
    }
    return out;
  };
}
const normalized = memo(normalizeText);
const normalWords = memo((word: string): readonly string[] => normalizeText(word).match(WORD) ?? []);

function positiveTextNodes(node: QueryNode | null, out: TextNode[]): TextNode[] {
  if (node?.kind === 'word' || node?.kind === 'phrase' || node?.kind === 'prefix') out.push(node);
  else if (node?.kind === 'and' || node?.kind === 'or') for (const child of node.children) positiveTextNodes(child, out);
  return out; // nothing under a `not`, no fields
}

function element(norm: string, mode: Element['mode']): Element {
  if (mode !== 'stem') return { norm, mode, stems: new Set(), leads: [norm] };
  const stems = queryStems(norm);
  // Stemmers strip endings or change the last letter (y → i): a word with one of these stems starts with it less its last letter.
  return { norm, mode, stems: new Set(stems), leads: [...new Set(stems.map((s) => (s.length > 1 ? s.slice(0, -1) : s)))] };
}

/** Calls `each` with the runs of unspaced scripts in a word and the pieces between them, in order. */
function pieces(word: string, each: (piece: string, offset: number, run: boolean) => void): void {
  let at = 0;
  RUNS.lastIndex = 0;
  for (let m = RUNS.exec(word); m; m = RUNS.exec(word)) {
    if (m.index > at) each(word.slice(at, m.index), at, false);
    each(m[0], m.index, true);
    at = m.index + m[0].length;
  }
  if (at < word.length) each(word.slice(at), at, false);
}

/** The patterns of one query text node; several when it mixes spaced and unspaced scripts. */
function patternsOf(node: TextNode, term: number): Pattern[] {
  const out: Pattern[] = [];
  pieces(normalizeText(node.text), (piece, _, run) => {
    const words = run ? [] : piece.match(WORD) ?? [];
    // As the index: a word of one term by its stems, of several (covid-19) as a phrase.
    const mode = (i: number): Element['mode'] => (node.kind === 'word' && words.length === 1 ? 'stem' : node.kind === 'prefix' && i === words.length - 1 ? 'prefix' : 'exact');
    if (run) out.push({ kind: 'run', term, norm: piece });
    else if (words.length > 0) out.push({ kind: 'words', term, elements: words.map((w, i) => element(w, mode(i))) });
  });
  return out;
}

class CompiledHighlighter implements Highlighter {
  termCount = 0;
  private readonly patterns: Pattern[] = [];
  private readonly stemsOf = memo(queryStems);

  constructor(query: QueryNode | null) {
    const distinct = new Map(positiveTextNodes(query, []).map((node) => [`${node.kind}:${normalizeText(node.text)}`, node]));
    for (const node of distinct.values()) {
      const own = patternsOf(node, this.termCount);
      if (own.length > 0) { this.patterns.push(...own); this.termCount++; }
    }
  }

  /** At most how many distinct terms a text can match, from its normalised form: cheap. */
  bound(normal: string): number {
    const possible = (p: Pattern): boolean => (p.kind === 'run' ? normal.includes(p.norm) : p.elements.every((e) => e.leads.some((l) => normal.includes(l))));
    return new Set(this.patterns.filter(possible).map((p) => p.term)).size;
  }

  /** The distinct terms a collapsed text (and its normalised form) matches, and the merged ranges of the matches. */
  find(text: string, normal: () => string): { readonly count: number; readonly ranges: Range[] } {
    let normalText: string | undefined;
    const words = this.patterns.flatMap((p) => (p.kind === 'words' ? [p] : []));
    const windows = words.length === 0 ? [] : nearWindows(text, (normalText ??= normal()), words.flatMap((p) => p.elements[0]?.leads ?? []));
    const tokens = words.length === 0 ? [] : windows === null ? tokenize(text)
      : windows.flatMap(([s, e]) => tokenize(text.slice(s, e)).map((t) => ({ norm: t.norm, start: t.start + s, end: t.end + s })));
    const terms = new Set<number>();
    const ranges: Range[] = [];
    const add = (term: number, range: Range): void => void (ranges.push(range), terms.add(term));
    for (const p of this.patterns) {
      if (p.kind === 'run') for (const range of findRun(text, (normalText ??= normal()), p.norm)) add(p.term, range);
      else for (let i = 0, n = p.elements.length; i + n <= tokens.length; i++) {
        const [first, last] = [tokens[i], tokens[i + n - 1]];
        if (first && last && p.elements.every((e, k) => this.matches(e, tokens[i + k]))) add(p.term, [first.start, last.end]);
      }
    }
    return { count: terms.size, ranges: merge(ranges) };
  }

  private matches(e: Element, token: Token | undefined): boolean {
    const norm = token?.norm ?? '';
    if (norm === e.norm || (e.mode === 'prefix' && norm.startsWith(e.norm))) return true;
    if (e.mode !== 'stem' || !e.leads.some((l) => norm.startsWith(l))) return false;
    return this.stemsOf(norm).some((s) => e.stems.has(s));
  }
}

/** The words of a text (outside runs of unspaced scripts) with their original offsets. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const add = (piece: string, start: number): void => void normalWords(piece).forEach((norm) => tokens.push({ norm, start, end: start + piece.length }));
  TEXT_WORD.lastIndex = 0;
  for (let m = TEXT_WORD.exec(text); m; m = TEXT_WORD.exec(text)) {
    const [word, start] = [m[0], m.index];
    if (ASCII.test(word)) tokens.push({ norm: word.toLowerCase(), start, end: start + word.length });
    else if (BELOW_SPLIT.test(word) || !HAS_SPLIT.test(word)) add(word, start);
    else if (!ALL_SPLIT.test(word)) pieces(word, (piece, at, run) => run || add(piece, start + at));
  }
  return tokens;
}

/**
 * Every occurrence of a normalised needle of an unspaced script, as original offsets: those in the normalised text when the
 * original at the same offsets normalises to the needle, else from each run normalised character by character with a map back.
 */
function findRun(text: string, normal: string, needle: string): Range[] {
  const out: Range[] = [];
  let fast = normal.length === text.length; // and if so, probably the same offsets
  for (let at = normal.indexOf(needle); fast && at >= 0; at = normal.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    fast = normalized(text.slice(at, end)) === needle && !MARK_CHAR.test(text.charAt(end)) && !MARK_CHAR.test(text.charAt(at));
    out.push([at, end]);
  }
  if (fast) return out;
  out.length = 0;
  for (const run of text.matchAll(RUNS)) {
    if (!normalized(run[0]).includes(needle)) continue;
    let norm = '';
    const starts: number[] = [], ends: number[] = [];
    for (const c of run[0].matchAll(CLUSTER)) {
      const n = normalized(c[0]);
      for (let k = 0; k < n.length; k++) { starts.push(run.index + c.index); ends.push(run.index + c.index + c[0].length); }
      norm += n;
    }
    for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1)) {
      const [start, end] = [starts[at], ends[at + needle.length - 1]];
      if (start !== undefined && end !== undefined) out.push([start, end]);
    }
  }
  return out;
}

function merge(ranges: Range[]): Range[] {
  const out: [number, number][] = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Built once per query from its positive text nodes (nothing under a `not`, no fields). */
export const highlighterFor = (query: QueryNode | null): Highlighter => new CompiledHighlighter(query);

const collapse = (text: string): string => text.replace(/\s{2,}|[^\S ]/g, ' ').trim(); // a run of spaces, or one that is not ' '
const isLowSurrogate = (text: string, at: number): boolean => (text.charCodeAt(at) & 0xfc00) === 0xdc00;

/** May a cut fall here: between words, between two characters of an unspaced script (or anywhere when loose), never inside a character? */
function isBoundary(text: string, at: number, loose: boolean): boolean {
  if (at <= 0 || at >= text.length) return true;
  const before = text.slice(isLowSurrogate(text, at - 1) ? at - 2 : at - 1, at);
  const after = String.fromCodePoint(text.codePointAt(at) ?? 32);
  if (isLowSurrogate(text, at) || MARK_CHAR.test(after)) return false;
  if (loose || !WORD_CHAR.test(before) || !WORD_CHAR.test(after)) return true;
  return SPLIT_CHAR.test(before) && SPLIT_CHAR.test(after);
}

/** The nearest boundary moving by `step` from `at`, not past `limit`; inside a long word, the nearest character boundary. */
function boundary(text: string, at: number, step: 1 | -1, limit: number): number {
  for (const loose of [false, true]) for (let p = at, n = 0; n <= BOUNDARY_REACH && (step > 0 ? p <= limit : p >= limit); p += step, n++) if (isBoundary(text, p, loose)) return p;
  return at;
}

/** The window of a collapsed text around its densest cluster of ranges (or its start), at most maxLength long with the '…'. */
function extract(full: string, ranges: readonly Range[], maxLength: number, page: number | null): Snippet {
  const length = full.length;
  if (length <= maxLength) return { page, text: full, highlights: ranges };
  const budget = Math.max(1, maxLength - 2);
  let [first, last] = [0, -1];
  for (let i = 0, j = 0; i < ranges.length; i++) {
    j = Math.max(i, j);
    while (j + 1 < ranges.length && (ranges[j + 1]?.[1] ?? Infinity) - (ranges[i]?.[0] ?? 0) <= budget) j++;
    if (j - i > last - first) [first, last] = [i, j];
  }
  const [clusterStart, clusterEnd] = [ranges[first]?.[0] ?? 0, ranges[last]?.[1] ?? 0];
  const slack = budget - (clusterEnd - clusterStart);
  let start = ranges.length === 0 ? 0 : slack <= 0 ? clusterStart : Math.max(0, Math.min(length - budget, clusterStart - Math.floor(slack / 2)));
  if (start > 0) start = boundary(full, start, 1, ranges.length > 0 && clusterStart >= start ? clusterStart : length);
  while (start > 0 && start < length && full.charAt(start) === ' ') start++;
  let end = Math.min(length, start + (start === 0 ? maxLength - 1 : budget));
  if (end < length) end = boundary(full, end, -1, clusterEnd <= end ? Math.max(start + 1, clusterEnd) : start + 1);
  while (end > start && full.charAt(end - 1) === ' ') end--;
  const prefix = start > 0 ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const highlights: Range[] = [];
  for (const [s, e] of ranges) if (Math.min(e, end) > Math.max(s, start)) highlights.push([Math.max(s, start) + shift, Math.min(e, end) + shift]);
  return { page, text: prefix + full.slice(start, end) + (end < length ? ELLIPSIS : ''), highlights };
}

/** Null (the record's own fields) first, then pages in order, then sources in the given order. */
function earlier(a: { page: number | null; index: number }, b: { page: number | null; index: number }): number {
  const [pa, pb] = [a.page ?? -Infinity, b.page ?? -Infinity];
  return pa === pb ? a.index - b.index : pa < pb ? -1 : 1;
}

/**
 * The best extract among the sources: the one matching the most distinct query terms (ties: the
 * earliest page, page null first); null when none matches anything (then show leadSnippet).
 */
export function snippetFor(highlighter: Highlighter, sources: readonly SnippetSource[], maxLength = 240): Snippet | null {
  if (!(highlighter instanceof CompiledHighlighter)) throw new TypeError('snippetFor: not a highlighter from highlighterFor');
  if (highlighter.termCount === 0) return null;
  // In page order a later source wins only with more terms: once all match, later ones are not even normalised.
  const ordered = sources.map((source, index) => ({ page: source.page, index, source })).sort(earlier);
  let best: { candidate: (typeof ordered)[number]; count: number; text: string; ranges: Range[] } | null = null;
  for (const candidate of ordered) {
    if (best && best.count >= highlighter.termCount) break;
    const normal = normalizeText(candidate.source.text);
    const bound = highlighter.bound(normal);
    if (bound === 0 || (best && bound <= best.count)) continue;
    const text = collapse(candidate.source.text), found = highlighter.find(text, () => collapse(normal));
    if (found.count > 0 && (!best || found.count > best.count)) best = { candidate, count: found.count, text, ranges: found.ranges };
  }
  return best ? extract(best.text, best.ranges, Math.max(1, maxLength), best.candidate.page) : null;
}

/** The start of the first source that has text, without highlights: what a hit shows when nothing is highlighted. */
export function leadSnippet(sources: readonly SnippetSource[], maxLength = 240): Snippet | null {
  const source = sources.find((s) => /\S/.test(s.text));
  return source ? extract(collapse(source.text), [], Math.max(1, maxLength), source.page) : null;
}

function render(snippet: Snippet, escape: (text: string) => string, open: string, close: string): string {
  let [out, at] = ['', 0];
  for (const [s, e] of snippet.highlights) if (s >= at && e > s) [out, at] = [out + escape(snippet.text.slice(at, s)) + open + escape(snippet.text.slice(s, e)) + close, e];
  return out + escape(snippet.text.slice(at));
}

/** The snippet's text with each highlight between `open` and `close` (e.g. '«', '»' in a terminal). */
export const markSnippet = (snippet: Snippet, open: string, close: string): string => render(snippet, (s) => s, open, close);
const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);

/** The snippet as HTML: all text escaped, highlights in <mark>. */
export const snippetHtml = (snippet: Snippet): string => render(snippet, escapeHtml, '<mark>', '</mark>');
