import type { FactKind } from '../themes.js';
import type { CitationStyle, DemoLanguage, Party, Random, Stance } from './types.js';

/** Everything a reply phrase table needs; dates are already in the document's format. */
export interface ReplyContext {
  random: Random;
  language: DemoLanguage;
  sender: Party;
  /** The State's formal name in the reply language, or the actor's own name. */
  senderName: string;
  noteNumber: string;
  date: string;
  style: CitationStyle;
  joint: boolean;
  /** References as this document prints them (possibly slashed or full-width). */
  references: string[];
  /** Dates of the letters answered, formatted. */
  letterDates: string[];
  /** Mandate names in the reply language; empty when none is known in it. */
  mandateNames: string[];
  stance: Stance;
  kind: FactKind;
  subject: string;
}

export interface ReplyPhrases {
  marker: string;
  title(ctx: ReplyContext): string;
  /** The citation of the letter(s) answered, as a noun phrase, following ctx.style. */
  citation(ctx: ReplyContext): string;
  note: {
    letterhead(ctx: ReplyContext): string[];
    numberLine(ctx: ReplyContext): string;
    opening(ctx: ReplyContext, citation: string): string;
    body(ctx: ReplyContext): string[];
    closing(ctx: ReplyContext): string;
    placeDate(ctx: ReplyContext): string;
    addressee: string;
  };
  actor: {
    salutation(ctx: ReplyContext): string;
    opening(ctx: ReplyContext, citation: string): string;
    body(ctx: ReplyContext): string[];
    closing: string;
    signerTitles: readonly string[];
  };
}
