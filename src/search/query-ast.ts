/**
 * The parsed form of a search query. `parseQuery` (query-parser.ts) turns what a person types
 * into this tree, checking every field and value; the stores compile the tree to SQL.
 */

/** The fields a query may name, in the order help texts list them. */
export const QUERY_FIELDS = ['country', 'type', 'mandate', 'year', 'from', 'to', 'ref', 'replied', 'stance', 'lang', 'kind'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

export const REPLIED_VALUES = ['yes', 'no', 'overdue', 'pending'] as const;
export type RepliedValue = (typeof REPLIED_VALUES)[number];

export const RECORD_KINDS = ['communication', 'reply'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Languages a record may be tagged with (ISO 639-1), as intake detects them. */
export const QUERY_LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'ko', 'ja', 'pt', 'de', 'it', 'tr', 'fa', 'th', 'vi', 'id', 'uk', 'he', 'hi', 'ur'] as const;

/** Free text. `text` is as the person typed it (not yet analyzed); the store analyzes it. */
export type TextNode =
  /** A plain word: matched with stemming (rights ~ right). */
  | { readonly kind: 'word'; readonly text: string }
  /** A quoted phrase: its words in order, unstemmed. A quoted single word is an exact match. */
  | { readonly kind: 'phrase'; readonly text: string }
  /** `detent*`, every indexed word starting so (unstemmed). `text` excludes the star. */
  | { readonly kind: 'prefix'; readonly text: string };

/**
 * A field filter; `values` are canonical and alternatives (`country:PRK,CHN` = PRK or CHN).
 * country: ISO-3 upper case or OTH; type: a REFERENCE_TYPES value; mandate: a mandate id;
 * year: 'YYYY'; from/to: one IsoDate (inclusive); ref: a reference key such as 'PRK 1/2024';
 * replied: RepliedValue; stance: a STANCES value; lang: a QUERY_LANGUAGES value; kind: RecordKind.
 */
export interface FieldNode {
  readonly kind: 'field';
  readonly field: QueryField;
  readonly values: readonly string[];
}

export type QueryNode =
  | TextNode
  | FieldNode
  | { readonly kind: 'and'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'or'; readonly children: readonly QueryNode[] }
  | { readonly kind: 'not'; readonly child: QueryNode };
