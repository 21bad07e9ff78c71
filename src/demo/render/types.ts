export type DemoLanguage = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh' | 'ko';
/** Communications are drafted in the secretariat's working languages only. */
export type LetterLanguage = 'en' | 'fr' | 'es';
export type Stance = 'rejects' | 'substantive' | 'acknowledges' | 'partial';
export type CitationStyle = 'reference' | 'date' | 'mandates' | 'none';
export type AddresseeKind = 'state' | 'company' | 'international-organization' | 'armed-group' | 'other';

export interface Party {
  /** ISO-3 code of a State, or 'OTH' for any other actor. */
  code: string;
  kind: AddresseeKind;
  name: string;
}

export interface LetterRenderInput {
  language: LetterLanguage;
  /** Printed exactly as given, modern ("AL PRK 1/2024") or legacy. */
  reference: string;
  /** YYYY-MM-DD */
  dateSent: string;
  type: 'UA' | 'AL' | 'OL';
  /** Ids from data/reference/mandates.json; more than one makes a joint letter. */
  mandateIds: string[];
  /** For States the name may be replaced by the country's name in the letter language. */
  addressee: Party;
  themeId: string;
  victims: string[];
  /** Earlier letters this one returns to. */
  followsUp: { reference: string; dateSent: string }[];
}

export interface ReplyCitation {
  style: CitationStyle;
  references: string[];
  /** YYYY-MM-DD */
  dates: string[];
  mandateIds: string[];
  joint: boolean;
}

export interface ReplyRenderInput {
  language: DemoLanguage;
  sender: Party;
  noteNumber: string;
  /** YYYY-MM-DD */
  dateOnNote: string;
  citation: ReplyCitation;
  stance: Stance;
  themeId: string;
}

export interface RenderedDocument {
  title: string;
  language: DemoLanguage;
  text: string;
  /** Who the document says it is from, as written in it (a reply's mission or actor). */
  author?: string;
}

/** A seeded generator returning numbers in [0, 1); the only source of variation. */
export type Random = () => number;
