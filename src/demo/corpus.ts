import type { ActorKind, IsoDate, ReferenceType, Stance } from '../domain/index.js';
import type { ReplyLanguage } from './world.js';

/** How a demo reply points at the letters it answers (the linker's hard cases come from these). */
export type CitationStyle = 'reference' | 'date' | 'mandates' | 'none';

export type DemoAddressee =
  | { readonly kind: 'state'; readonly code: string; readonly name: string }
  | { readonly kind: ActorKind; readonly code: 'OTH'; readonly name: string };

export interface DemoCommunication {
  /** Position in the corpus, used by replies and follow-ups to point at it. */
  readonly index: number;
  readonly type: ReferenceType;
  readonly number: number;
  readonly year: number;
  readonly legacyReference: string | null;
  readonly dateSent: IsoDate;
  readonly mandateIds: readonly string[];
  readonly addressee: DemoAddressee;
  readonly themeId: string;
  readonly language: 'en' | 'fr' | 'es';
  readonly victims: readonly string[];
  readonly followsUp: readonly number[];
  readonly subject: string;
  readonly summary: string;
  readonly publishedEarlyOn: IsoDate | null;
  readonly confidentialReason: string | null;
}

export interface DemoReply {
  readonly index: number;
  readonly sender: DemoAddressee;
  readonly noteNumber: string;
  readonly dateOnNote: IsoDate;
  readonly dateReceived: IsoDate;
  readonly language: ReplyLanguage;
  readonly stance: Stance;
  /** Ground truth: the communications this reply answers. */
  readonly answers: readonly number[];
  readonly citation: {
    readonly style: CitationStyle;
    /** What the note cites; a deliberately wrong reference is a hard case the linker must survive. */
    readonly references: readonly string[];
    readonly dates: readonly IsoDate[];
    readonly mandateIds: readonly string[];
    readonly joint: boolean;
    readonly wrongReference: boolean;
  };
  readonly themeId: string;
  readonly confidential: boolean;
  /** The one real document of the demo: the seed note verbale. */
  readonly isSeed: boolean;
}

export interface DemoCorpus {
  readonly seed: string;
  readonly communications: readonly DemoCommunication[];
  readonly replies: readonly DemoReply[];
}

/** A communication's reference as its documents print it: the legacy form as written, else `AL PRK 1/2024`. */
export function writtenReference(c: Pick<DemoCommunication, 'type' | 'addressee' | 'number' | 'year' | 'legacyReference'>): string {
  return c.legacyReference ?? `${c.type} ${c.addressee.code} ${c.number}/${c.year}`;
}
