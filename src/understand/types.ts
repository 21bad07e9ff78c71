import type { IsoDate, ReferenceType, Stance } from '../domain/index.js';

/** Where in the document's text a value was read: offsets into the text given to `understand`. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Found<T> {
  readonly value: T;
  readonly evidence: readonly Evidence[];
}

export type DocumentKind = 'communication' | 'reply' | 'other';

/** Everything read off one document, each value with the text that shows it. */
export interface Understanding {
  readonly kind: DocumentKind;
  /** How sure the classification is, in [0, 1]. */
  readonly kindScore: number;
  /** The phrases that decided the classification ("presents its compliments", "Mandates of the"). */
  readonly kindEvidence: readonly Evidence[];
  readonly language: string | null;
  readonly languages: readonly string[];
  /** The date of the letter or note. */
  readonly date: Found<IsoDate> | null;
  readonly place: Found<string> | null;
  /** A communication's own reference as written, its key (`PRK 1/2024`) and type. */
  readonly reference: Found<string> | null;
  readonly referenceKey: string | null;
  readonly type: ReferenceType | null;
  readonly addressee: Found<{ readonly code: string | null; readonly name: string }> | null;
  readonly mandates: readonly Found<string>[];
  readonly subject: Found<string> | null;
  /** A reply's sender: ISO-3 or `OTH`, and as written. */
  readonly sender: Found<{ readonly code: string | null; readonly name: string }> | null;
  readonly noteNumber: Found<string> | null;
  /** What a reply cites of the communication(s) it answers. */
  readonly cites: {
    readonly references: readonly Found<string>[];
    readonly referenceKeys: readonly string[];
    readonly dates: readonly Found<IsoDate>[];
    readonly mandates: readonly Found<string>[];
    readonly joint: boolean;
  };
  readonly stance: Found<Stance> | null;
}
