import type { SearchDocument } from './document.js';

/**
 * Facet values written into the text index as tokens, so that a text query narrowed by State,
 * mandate, type, reference, language, stance or year is one index lookup (an intersection
 * of posting lists) instead of a record lookup per match. A token is a field letter followed by
 * the value's UTF-8 bytes in hex: lower-case letters and digits only, which every tokenizer keeps
 * whole, and nothing the analyzer makes from text can collide with it, because these tokens
 * live in a column (SQLite) or behind a `#` (PostgreSQL) that text never reaches.
 */
// No token for `kind`: a record's kind is the parity of its key, which the stores test directly
// (a token held by half the collection would make every query count its postings for ranking).
const FIELD_LETTERS = { country: 'c', mandate: 'm', type: 't', ref: 'r', lang: 'l', stance: 's', year: 'y' } as const;

export type TokenField = keyof typeof FIELD_LETTERS;

export function isTokenField(field: string): field is TokenField {
  return Object.hasOwn(FIELD_LETTERS, field);
}

export function facetToken(field: TokenField, value: string): string {
  return FIELD_LETTERS[field] + Buffer.from(value, 'utf8').toString('hex');
}

/** A record's facet tokens, space-separated: written beside every chunk of its text. */
export function documentFacetTokens(doc: SearchDocument): string {
  const tokens: string[] = [];
  if (doc.year !== null) tokens.push(facetToken('year', String(doc.year)));
  for (const [field, value] of doc.facets) if (isTokenField(field)) tokens.push(facetToken(field, value));
  return tokens.join(' ');
}
