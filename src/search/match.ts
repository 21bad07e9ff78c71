import { analyze, queryStems } from './analyzer.js';
import type { QueryNode, TextNode } from './query-ast.js';

/**
 * Text queries in a form both stores render from the same tree, so they match the same rows:
 * FTS5 MATCH syntax for SQLite, tsquery for PostgreSQL (stems are the `~` lexemes there).
 */
export type MatchTree =
  /** A one-term word, matched by each of its stems in the stemmed column. */
  | { readonly kind: 'stems'; readonly stems: readonly string[] }
  /** Terms in a row, as written; the last one a prefix when `prefix`. */
  | { readonly kind: 'phrase'; readonly terms: readonly string[]; readonly prefix: boolean }
  | { readonly kind: 'and'; readonly positive: readonly MatchTree[]; readonly negative: readonly MatchTree[] }
  | { readonly kind: 'or'; readonly children: readonly MatchTree[] }
  /** A facet value, as a token of the record's facet column (see facet-tokens.ts); never scored. */
  | { readonly kind: 'facet'; readonly token: string };

const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]$/u;

/** The match for one text node, or null when it holds nothing searchable (punctuation only). */
export function textMatch(node: TextNode): MatchTree | null {
  const terms = analyze(node.text);
  const [first] = terms;
  if (first === undefined) return null;
  if (node.kind === 'prefix') return { kind: 'phrase', terms, prefix: true };
  if (terms.length > 1 || node.kind === 'phrase') return { kind: 'phrase', terms, prefix: false };
  // One Han/Kana/Hangul character: the index holds bigrams, so find those it begins.
  if (CJK_CHAR.test(first)) return { kind: 'phrase', terms, prefix: true };
  return { kind: 'stems', stems: queryStems(first) };
}

export function isTextOnly(node: QueryNode): boolean {
  switch (node.kind) {
    case 'word': case 'phrase': case 'prefix': return true;
    case 'field': return false;
    case 'not': return isTextOnly(node.child);
    case 'and': case 'or': return node.children.every(isTextOnly);
  }
}

/** Sentinel for a text node with nothing searchable in it: it constrains nothing. */
export const NOTHING_TO_MATCH = Symbol('nothing to match');

/**
 * The match tree of a text-only node when one MATCH expression can say it (an exclusion must
 * stand beside something required); `undefined` when it cannot, NOTHING_TO_MATCH when empty.
 */
export function matchTree(node: QueryNode): MatchTree | undefined | typeof NOTHING_TO_MATCH {
  switch (node.kind) {
    case 'word': case 'phrase': case 'prefix': return textMatch(node) ?? NOTHING_TO_MATCH;
    case 'field': case 'not': return undefined;
    case 'or': {
      const children: MatchTree[] = [];
      for (const child of node.children) {
        const tree = matchTree(child);
        if (tree === undefined) return undefined;
        if (tree === NOTHING_TO_MATCH) return NOTHING_TO_MATCH; // "a OR ," matches as much as nothing constrains
        children.push(tree);
      }
      return children.length === 1 ? children[0] : { kind: 'or', children };
    }
    case 'and': {
      const positive: MatchTree[] = [];
      const negative: MatchTree[] = [];
      for (const child of node.children) {
        const target = child.kind === 'not' ? negative : positive;
        const tree = matchTree(child.kind === 'not' ? child.child : child);
        if (tree === undefined) return undefined;
        if (tree !== NOTHING_TO_MATCH) target.push(tree);
      }
      if (positive.length === 0) return negative.length === 0 ? NOTHING_TO_MATCH : undefined;
      return positive.length === 1 && negative.length === 0 ? positive[0] : { kind: 'and', positive, negative };
    }
  }
}

const ftsToken = (t: string) => `"${t.replace(/"/g, '""')}"`;

/** SQLite FTS5 MATCH syntax over the columns `exact` and `stem`. */
export function toFts5(tree: MatchTree): string {
  switch (tree.kind) {
    case 'stems': return tree.stems.length === 1 ? `stem : ${ftsToken(tree.stems[0] ?? '')}` : `stem : (${tree.stems.map(ftsToken).join(' OR ')})`;
    case 'phrase': return `exact : ${ftsToken(tree.terms.join(' '))}${tree.prefix ? ' *' : ''}`;
    case 'or': return tree.children.map((c) => `(${toFts5(c)})`).join(' OR ');
    case 'and': return [tree.positive.map((c) => `(${toFts5(c)})`).join(' AND '), ...tree.negative.map((c) => `NOT (${toFts5(c)})`)].join(' ');
    case 'facet': return `facets : ${ftsToken(tree.token)}`;
  }
}

const tsLexeme = (t: string) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** PostgreSQL tsquery syntax over the literal tsvectors the index writes. */
export function toTsquery(tree: MatchTree): string {
  switch (tree.kind) {
    case 'stems': return `(${tree.stems.map((s) => tsLexeme(`~${s}`)).join(' | ')})`;
    case 'phrase': return `(${tree.terms.map((t, i) => tsLexeme(t) + (tree.prefix && i === tree.terms.length - 1 ? ':*' : '')).join(' <-> ')})`;
    case 'or': return `(${tree.children.map(toTsquery).join(' | ')})`;
    case 'and': return `(${[...tree.positive.map(toTsquery), ...tree.negative.map((c) => `!${toTsquery(c)}`)].join(' & ')})`;
    case 'facet': return tsLexeme(`#${tree.token}`);
  }
}

/** The distinct terms a tree asks for (positive only), for snippets and diagnostics. */
export function matchTerms(tree: MatchTree): string[] {
  switch (tree.kind) {
    case 'stems': return [...tree.stems];
    case 'phrase': return [...tree.terms];
    case 'or': return tree.children.flatMap(matchTerms);
    case 'and': return tree.positive.flatMap(matchTerms);
    case 'facet': return [];
  }
}

/** The text of a tree without its facet tokens (what relevance scores), or null when only facets remain. */
export function textOnly(tree: MatchTree): MatchTree | null {
  switch (tree.kind) {
    case 'facet': return null;
    case 'stems': case 'phrase': return tree;
    case 'or': {
      const children = tree.children.map(textOnly);
      return children.some((c) => c === null) ? null : { kind: 'or', children: children as MatchTree[] };
    }
    case 'and': {
      const positive = tree.positive.map(textOnly).filter((c): c is MatchTree => c !== null);
      const negative = tree.negative.map(textOnly).filter((c): c is MatchTree => c !== null);
      if (positive.length === 0) return null;
      return positive.length === 1 && negative.length === 0 ? (positive[0] ?? null) : { kind: 'and', positive, negative };
    }
  }
}
