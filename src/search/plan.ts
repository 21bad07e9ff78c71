import { facetToken, isTokenField } from './facet-tokens.js';
import { isTextOnly, matchTree, NOTHING_TO_MATCH, type MatchTree } from './match.js';
import { RECORD_KINDS, type FieldNode, type QueryNode, type RecordKind } from './query-ast.js';

/**
 * A parsed query planned for the stores: at most one driving text match (which also ranks),
 * and conditions over the indexed records. Both stores turn the same plan into SQL.
 */
export type Condition =
  | { readonly kind: 'match'; readonly tree: MatchTree }
  | { readonly kind: 'field'; readonly field: FieldNode }
  | { readonly kind: 'and' | 'or'; readonly children: readonly Condition[] }
  | { readonly kind: 'not'; readonly child: Condition };

export interface SearchPlan {
  /** The text every hit must match, scored for relevance; null for filter-only queries. */
  readonly match: MatchTree | null;
  /** The kind of record the text match is limited to (tested on the key), when the query says one. */
  readonly matchKind: RecordKind | null;
  /** Everything else a hit must satisfy; null when nothing else. */
  readonly where: Condition | null;
}

function condition(node: QueryNode): Condition | null {
  if (isTextOnly(node)) {
    const tree = matchTree(node);
    if (tree === NOTHING_TO_MATCH) return null;
    if (tree !== undefined) return { kind: 'match', tree };
  }
  switch (node.kind) {
    case 'field': return { kind: 'field', field: node };
    case 'not': {
      const child = condition(node.child);
      return child === null ? null : { kind: 'not', child };
    }
    case 'and': case 'or': {
      const children = node.children.map(condition);
      // In an OR, an alternative that constrains nothing makes the whole OR constrain nothing.
      if (node.kind === 'or' && children.some((c) => c === null)) return null;
      const kept = children.filter((c): c is Condition => c !== null);
      if (kept.length === 0) return null;
      return kept.length === 1 ? (kept[0] ?? null) : { kind: node.kind, children: kept };
    }
    default: return null;
  }
}

export function planSearch(node: QueryNode | null): SearchPlan {
  if (node === null) return { match: null, matchKind: null, where: null };
  if (isTextOnly(node)) {
    const tree = matchTree(node);
    if (tree === NOTHING_TO_MATCH) return { match: null, matchKind: null, where: null };
    if (tree !== undefined) return { match: tree, matchKind: null, where: null };
  }
  if (node.kind !== 'and') return { match: null, matchKind: null, where: condition(node) };
  // The text parts of a top-level AND drive the search together; the rest filters.
  const text = node.children.filter(isTextOnly);
  const rest = node.children.filter((c) => !isTextOnly(c));
  const tree = text.length === 0 ? undefined : matchTree({ kind: 'and', children: text });
  let driving = tree !== undefined && tree !== NOTHING_TO_MATCH ? tree : null;
  let filters = rest;
  let matchKind: RecordKind | null = null;
  if (driving !== null) {
    ({ rest: filters, kind: matchKind } = foldKinds(filters));
    ({ rest: filters, match: driving } = foldTokens(driving, filters));
  }
  const others = [...(tree === undefined ? text : []), ...filters].map(condition).filter((c): c is Condition => c !== null);
  const where = others.length === 0 ? null : others.length === 1 ? (others[0] ?? null) : { kind: 'and' as const, children: others };
  return { match: driving, matchKind, where };
}

/** A top-level filter that is a field, or a negated field. */
function signedField(node: QueryNode): { readonly field: FieldNode; readonly negated: boolean } | null {
  if (node.kind === 'field') return { field: node, negated: false };
  if (node.kind === 'not' && node.child.kind === 'field') return { field: node.child, negated: true };
  return null;
}

/** kind:… and -kind:… as the one kind of record the match is limited to (or none when both are left). */
function foldKinds(filters: readonly QueryNode[]): { rest: QueryNode[]; kind: RecordKind | null } {
  let kinds: readonly RecordKind[] = RECORD_KINDS;
  const rest: QueryNode[] = [];
  for (const node of filters) {
    const signed = signedField(node);
    if (signed === null || signed.field.field !== 'kind') rest.push(node);
    else kinds = kinds.filter((k) => signed.field.values.includes(k) !== signed.negated);
  }
  // Kinds that contradict each other match nothing: the record filters keep them, and say so.
  if (kinds.length === 0) return { rest: [...filters], kind: null };
  return { rest, kind: kinds.length === 1 ? (kinds[0] ?? null) : null };
}

/** Fields the index holds as tokens join the text match (one index lookup); the others stay filters. */
function foldTokens(match: MatchTree, filters: readonly QueryNode[]): { rest: QueryNode[]; match: MatchTree } {
  const positive: MatchTree[] = [];
  const negative: MatchTree[] = [];
  const rest: QueryNode[] = [];
  for (const node of filters) {
    const signed = signedField(node);
    const tokens = signed === null ? null : facetMatch(signed.field);
    if (signed === null || tokens === null) rest.push(node);
    else (signed.negated ? negative : positive).push(tokens);
  }
  if (positive.length + negative.length === 0) return { rest, match };
  return {
    rest,
    match: match.kind === 'and'
      ? { kind: 'and', positive: [...match.positive, ...positive], negative: [...match.negative, ...negative] }
      : { kind: 'and', positive: [match, ...positive], negative },
  };
}

/** A field as a match of facet tokens (any of its values), or null when the index holds no tokens for it. */
function facetMatch(node: FieldNode): MatchTree | null {
  if (!isTokenField(node.field) || node.values.length === 0) return null;
  const field = node.field;
  const leaves: MatchTree[] = node.values.map((v) => ({ kind: 'facet', token: facetToken(field, v) }));
  return leaves.length === 1 ? (leaves[0] ?? null) : { kind: 'or', children: leaves };
}
