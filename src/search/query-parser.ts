/**
 * Reads the search box into a QueryNode tree (query-ast.ts), Google-like: words are all required;
 * `a OR b` binds tighter than the implicit AND; `"…"` (also “…”, «…», ＂…＂) is a phrase; `-x` negates
 * a word, phrase, field or `(group)`; `word*` is a prefix; `field:v1,v2` filters on checked, canonical
 * values. Text is passed on as typed (the analyzer normalises it later). Every mistake throws a
 * MissiveError INVALID_VALUE saying what is wrong and what is allowed, never a silent empty tree.
 */
import { isIsoDate } from '../domain/dates.js';
import { isMissiveError, MissiveError } from '../domain/errors.js';
import { MAX_REFERENCE_YEAR as MAX_YEAR, MIN_REFERENCE_YEAR as MIN_YEAR, parseReference, referenceKey, REFERENCE_TYPES, type Reference } from '../domain/reference.js';
import { OTHER_ACTOR_CODE, type ReferenceData } from '../domain/reference-data.js';
import { STANCES } from '../domain/reply.js';
import { QUERY_FIELDS, QUERY_LANGUAGES, RECORD_KINDS, REPLIED_VALUES, type FieldNode, type QueryField, type QueryNode } from './query-ast.js';

export interface QueryContext { readonly referenceData: ReferenceData }

export const MAX_QUERY_CHARS = 512;
export const MAX_QUERY_TERMS = 64;
const MIN_PREFIX_CHARS = 2;

const SPACE = /[\s\p{White_Space}]/u;
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»', '＂']);
/** Before a colon, these make `scheme:…` a word (a URL), not a misspelt field. */
const URL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'ftp', 'mailto', 'urn', 'doi', 'tel', 'file']);
const EXAMPLES: Readonly<Record<QueryField, string>> = {
  country: 'PRK', type: 'AL', mandate: 'sr-torture', year: '2024', from: '2024-01-01', to: '2024-12-31',
  ref: '"AL PRK 1/2024"', replied: 'overdue', stance: 'rejects', lang: 'ko', kind: 'reply',
};
const KIND_ALIASES: Readonly<Record<string, string>> = { letter: 'communication', letters: 'communication', communications: 'communication', replies: 'reply' };

type Token =
  | { readonly t: 'term'; readonly node: QueryNode | null; readonly pos: number }
  | { readonly t: 'or' | 'not' | 'open' | 'close'; readonly pos: number };

/** null for an empty query (only spaces): the caller lists everything. */
export function parseQuery(input: string, ctx: QueryContext): QueryNode | null {
  const fail = (message: string): MissiveError => new MissiveError('INVALID_VALUE', message, { field: 'q', value: input });
  const length = [...trimSpace(input)].length;
  if (length === 0) return null;
  if (length > MAX_QUERY_CHARS) throw fail(`query too long (${length} characters; at most ${MAX_QUERY_CHARS})`);
  const tokens = tokenize([...input], ctx, fail);
  let i = 0;
  const at = (): Token | undefined => tokens[i];

  function unary(): QueryNode | null {
    const token = tokens[i++];
    if (token === undefined) return null;
    switch (token.t) {
      case 'term': return token.node;
      case 'not': { const child = unary(); return child === null ? null : negate(child); }
      case 'or': case 'close': throw fail(`${token.t === 'or' ? 'OR' : ')'} at character ${token.pos} has no term before it: write a OR b`);
      case 'open': {
        const inner = conjunction();
        if (tokens[i++]?.t !== 'close') throw fail(`parenthesis opened at character ${token.pos} is never closed: add ")"`);
        return inner;
      }
    }
  }
  function disjunction(): QueryNode | null {
    const parts = [unary()];
    for (let token = at(); token?.t === 'or'; token = at()) {
      i++;
      const next = at();
      if (next?.t === 'or') throw fail(`two ORs in a row at character ${next.pos}: write a OR b`);
      if (next === undefined || next.t === 'close') throw fail(`OR at character ${token.pos} has no term after it: write a OR b`);
      parts.push(unary());
    }
    return combine('or', parts);
  }
  function conjunction(): QueryNode | null {
    const parts: (QueryNode | null)[] = [];
    while (at() !== undefined && at()?.t !== 'close') parts.push(disjunction());
    return combine('and', parts);
  }

  const tree = conjunction();
  const stray = at();
  if (stray !== undefined) throw fail(`closing parenthesis at character ${stray.pos} has no opening one: remove it or add "("`);
  return tree;
}

const negate = (child: QueryNode): QueryNode => (child.kind === 'not' ? child.child : { kind: 'not', child });

function combine(kind: 'and' | 'or', parts: readonly (QueryNode | null)[]): QueryNode | null {
  const children = parts.flatMap((p) => (p === null ? [] : p.kind === kind ? p.children : [p]));
  if (children.length === 0) return null;
  return children.length === 1 ? (children[0] ?? null) : { kind, children };
}

function tokenize(chars: readonly string[], ctx: QueryContext, fail: (message: string) => MissiveError): Token[] {
  const tokens: Token[] = [];
  let terms = 0;
  const term = (node: QueryNode | null, pos: number): void => {
    if (node !== null && ++terms > MAX_QUERY_TERMS) throw fail(`query too long (more than ${MAX_QUERY_TERMS} terms and fields)`);
    tokens.push({ t: 'term', node, pos });
  };
  const isBreak = (c: string | undefined): boolean => c === undefined || SPACE.test(c) || c === '(' || c === ')' || QUOTES.has(c);
  const quoted = (start: number): { text: string; end: number } => {
    let end = start + 1;
    while (end < chars.length && !QUOTES.has(chars[end] ?? '')) end++;
    if (end >= chars.length) throw fail(`unclosed quote ${chars[start] ?? '"'} at character ${start + 1}: close it, or remove it`);
    return { text: trimSpace(chars.slice(start + 1, end).join('')), end: end + 1 };
  };
  const bare = (start: number): { text: string; end: number } => {
    let end = start;
    while (!isBreak(chars[end]) && chars[end] !== ',') end++;
    return { text: chars.slice(start, end).join(''), end };
  };
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] ?? '';
    const pos = i + 1;
    if (SPACE.test(c)) { i++; continue; }
    if (c === '(' || c === ')') { tokens.push({ t: c === '(' ? 'open' : 'close', pos }); i++; continue; }
    if (QUOTES.has(c)) {
      const { text, end } = quoted(i);
      term(text === '' ? null : { kind: 'phrase', text }, pos);
      i = end;
      continue;
    }
    if (c === '-') {
      let run = i;
      while (chars[run] === '-') run++;
      const after = chars[run];
      if (after === undefined || SPACE.test(after) || after === ')') i = run; // a lone dash: nothing to negate
      else { tokens.push({ t: 'not', pos }); i++; }
      continue;
    }
    let end = i;
    while (!isBreak(chars[end])) end++;
    const raw = chars.slice(i, end).join('');
    const name = /^([A-Za-z]+):/.exec(raw)?.[1];
    const field = QUERY_FIELDS.find((f) => f === name?.toLowerCase());
    if (field !== undefined && name !== undefined) {
      const items: string[] = [];
      let p = i + name.length + 1;
      for (;;) {
        const item = QUOTES.has(chars[p] ?? '') ? quoted(p) : bare(p);
        items.push(item.text);
        p = item.end;
        if (chars[p] !== ',') break;
        p++;
      }
      term(fieldNode(field, items.filter((v) => v !== ''), chars.slice(i, p).join(''), ctx, fail), pos);
      i = p;
      continue;
    }
    if (name !== undefined && !URL_SCHEMES.has(name.toLowerCase()) && !/^[/\\]/.test(raw.slice(name.length + 1))) {
      throw fail(`unknown field "${name}" in "${raw}"${suggestField(name)}; fields: ${QUERY_FIELDS.join(', ')}`);
    }
    i = end;
    if (raw === 'OR' && tokens.at(-1)?.t === 'not') throw fail(`-OR at character ${pos - 1}: OR is an operator; to exclude the word, write -"OR"`);
    if (raw === 'OR') { tokens.push({ t: 'or', pos }); continue; }
    term(textNode(raw, fail), pos);
  }
  return tokens;
}

const trimSpace = (text: string): string => text.replace(/^[\s\p{White_Space}]+|[\s\p{White_Space}]+$/gu, '');

function textNode(raw: string, fail: (message: string) => MissiveError): QueryNode {
  const star = raw.indexOf('*');
  if (star < 0) return { kind: 'word', text: raw };
  if (raw === '*' || /^\*+$/.test(raw)) throw fail(`"${raw}" alone is not a search term: put * at the end of a word, e.g. detent*`);
  if (star !== raw.length - 1) throw fail(`"${raw}": * is only allowed at the end of a word (a prefix search, e.g. detent*)`);
  const text = raw.slice(0, -1);
  if ([...text].length < MIN_PREFIX_CHARS) throw fail(`prefix too short in "${raw}": write at least ${MIN_PREFIX_CHARS} characters before *`);
  return { kind: 'prefix', text };
}

function suggestField(name: string): string {
  const lower = name.toLowerCase();
  const near = QUERY_FIELDS.map((field) => ({ field, distance: editDistance(lower, field) })).filter((n) => n.distance <= 2);
  const guess = near.sort((a, b) => a.distance - b.distance)[0]?.field ?? QUERY_FIELDS.find((f) => lower.length >= 3 && (lower.startsWith(f) || f.startsWith(lower)));
  return guess === undefined ? '' : ` (did you mean ${guess}?)`;
}

export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length] ?? 0;
}

function fieldNode(field: QueryField, items: readonly string[], raw: string, ctx: QueryContext, fail: (message: string) => MissiveError): FieldNode {
  const example = `${field}:${EXAMPLES[field]}`;
  if (items.length === 0) throw fail(`${field}: empty value in "${raw}"; write the value right after the colon, with no space, e.g. ${example}`);
  if ((field === 'from' || field === 'to') && items.length > 1) throw fail(`${field}: only one date is allowed, got "${raw}"; e.g. ${example}`);
  const values = items.flatMap((item) => fieldValues(field, item, ctx, fail));
  return { kind: 'field', field, values: [...new Set(values)] };
}

function oneOf(value: string, allowed: readonly string[], what: string, fail: (why: string) => MissiveError): string {
  if (allowed.includes(value)) return value;
  throw fail(`is not ${what}; allowed: ${allowed.join(', ')}`);
}

function fieldValues(field: QueryField, value: string, ctx: QueryContext, raise: (message: string) => MissiveError): string[] {
  const data = ctx.referenceData;
  const fail = (why: string): MissiveError => raise(`${field}: "${value}" ${why}`);
  switch (field) {
    case 'country': return [country(value.toUpperCase(), value, data, fail)];
    case 'type': return [oneOf(value.toUpperCase(), REFERENCE_TYPES, 'a communication type', fail)];
    case 'mandate': return [mandate(value, data, fail)];
    case 'year': return years(value, fail);
    case 'from': case 'to': return [date(field, value, fail)];
    case 'replied': return [oneOf(value.toLowerCase(), REPLIED_VALUES, 'a reply status', fail)];
    case 'stance': return [oneOf(value.toLowerCase(), STANCES, 'a reply stance', fail)];
    case 'lang': return [oneOf(value.toLowerCase(), QUERY_LANGUAGES, 'a language code (ISO 639-1)', fail)];
    case 'kind': return [oneOf(KIND_ALIASES[value.toLowerCase()] ?? value.toLowerCase(), RECORD_KINDS, 'a kind of record', fail)];
    case 'ref': return [reference(value, data, fail, raise)];
  }
}

function reference(value: string, data: ReferenceData, fail: (why: string) => MissiveError, raise: (message: string) => MissiveError): string {
  let parsed: Reference;
  try {
    parsed = parseReference(value);
  } catch (error) {
    throw isMissiveError(error, 'INVALID_REFERENCE') ? raise(`ref: ${error.message}; quote a reference with spaces, e.g. ref:"AL PRK 1/2024"`) : error;
  }
  if (parsed.code !== OTHER_ACTOR_CODE && !data.isCountry(parsed.code)) throw fail(`names "${parsed.code}", which is not a known ISO 3166-1 alpha-3 code nor OTH`);
  return referenceKey(parsed);
}

function country(code: string, typed: string, data: ReferenceData, fail: (why: string) => MissiveError): string {
  if (code === OTHER_ACTOR_CODE || data.isCountry(code)) return code;
  const lower = typed.toLowerCase();
  const close = data.countries.filter((c) => code.length >= 2 && c.code.startsWith(code.slice(0, 2))).map((c) => c.code);
  const named = lower.length < 3 ? [] : data.countries.filter((c) => Object.values(c.names).some((n) => n?.toLowerCase().includes(lower))).map((c) => c.code);
  const hints = [...new Set([...close, ...named])].slice(0, 5);
  throw fail(`is not a known ISO 3166-1 alpha-3 code (e.g. PRK, CHN, FRA; OTH for non-State actors)${hints.length > 0 ? `; close codes: ${hints.join(', ')}` : ''}`);
}

function mandate(typed: string, data: ReferenceData, fail: (why: string) => MissiveError): string {
  const lower = typed.toLowerCase();
  const found = data.mandates.find((m) => m.id.toLowerCase() === lower);
  if (found) return found.id;
  const first = lower.split(/[-_\s]+/)[0] ?? '';
  const ids = data.mandates.map((m) => m.id);
  const near = ids.filter((id) => editDistance(id.toLowerCase(), lower) <= 2 || id.toLowerCase().includes(lower));
  const list = [...new Set([...near, ...ids.filter((id) => first !== '' && id.toLowerCase().split('-').includes(first))])].slice(0, 8);
  throw fail(`is not a mandate id; ${list.length > 0 ? `close ids: ${list.join(', ')}` : 'see data/reference/mandates.json for the ids'}`);
}

function years(value: string, fail: (why: string) => MissiveError): string[] {
  const m = /^(\d{4})(?:\.\.(\d{4}))?$/.exec(value);
  const from = Number(m?.[1]);
  const to = m?.[2] === undefined ? from : Number(m[2]);
  const inRange = (y: number): boolean => y >= MIN_YEAR && y <= MAX_YEAR;
  if (!m || !inRange(from) || !inRange(to)) throw fail(`is not a year; write YYYY between ${MIN_YEAR} and ${MAX_YEAR}, or a range such as year:2020..2023`);
  if (to < from) throw fail(`runs backwards; write the earlier year first, e.g. year:${to}..${from}`);
  return Array.from({ length: to - from + 1 }, (_, k) => String(from + k));
}

function date(field: 'from' | 'to', value: string, fail: (why: string) => MissiveError): string {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  const month = m?.[2] === undefined ? (field === 'from' ? 1 : 12) : Number(m[2]);
  if (m && month >= 1 && month <= 12) {
    const year = Number(m[1]);
    const day = field === 'from' ? 1 : new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  if (isIsoDate(value)) return value;
  throw fail(`is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, e.g. ${field}:${EXAMPLES[field]}`);
}

/** The query written back in canonical syntax (round-trips through parseQuery to an equal tree). */
export function formatQuery(node: QueryNode): string {
  switch (node.kind) {
    case 'word': return node.text;
    case 'phrase': return `"${node.text}"`;
    case 'prefix': return `${node.text}*`;
    case 'field': return `${node.field}:${(node.field === 'year' ? yearRuns(node.values) : node.values).map(formatValue).join(',')}`;
    case 'not': return `-${node.child.kind === 'and' || node.child.kind === 'or' ? `(${formatQuery(node.child)})` : formatQuery(node.child)}`;
    case 'or': return node.children.map((c) => (c.kind === 'and' || c.kind === 'or' ? `(${formatQuery(c)})` : formatQuery(c))).join(' OR ');
    case 'and': return node.children.map((c) => (c.kind === 'and' ? `(${formatQuery(c)})` : formatQuery(c))).join(' ');
  }
}

function formatValue(value: string): string {
  return value === '' || /[\s,()"“”«»＂]/u.test(value) ? `"${value}"` : value;
}

/** Runs of three or more consecutive years written as a range, so that year:1980..2099 stays short. */
function yearRuns(values: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < values.length;) {
    let j = i;
    while (j + 1 < values.length && Number(values[j + 1]) === Number(values[j]) + 1) j++;
    if (j - i >= 2) out.push(`${values[i] ?? ''}..${values[j] ?? ''}`);
    else out.push(...values.slice(i, j + 1));
    i = j + 1;
  }
  return out;
}
