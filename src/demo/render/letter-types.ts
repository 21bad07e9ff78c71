import type { FactKind, Theme } from '../themes.js';
import type { AddresseeKind, LetterLanguage, Random } from './types.js';

export interface MandateRef {
  id: string;
  /** Full name in the letter language, e.g. "Special Rapporteur on the right to food". */
  name: string;
  holderTitle: string;
}

/** Everything a phrase table needs to write one letter. Dates are already formatted. */
export interface LetterContext {
  random: Random;
  language: LetterLanguage;
  type: 'UA' | 'AL' | 'OL';
  reference: string;
  dateSent: string;
  mandates: MandateRef[];
  joint: boolean;
  theme: Theme;
  kind: FactKind;
  subject: string;
  victims: string[];
  /** Names joined as the language lists them, or '' when there are none. */
  victimList: string;
  /** The theme's victim description, singular or plural to match the victims. */
  role: string;
  addresseeKind: AddresseeKind;
  addresseeName: string;
  /** Dates of the alleged events, before the letter. */
  eventDate: string;
  laterDate: string;
  followsUp: { reference: string; date: string }[];
  resolutions: string[];
}

export interface LetterPhrases {
  marker: string;
  title(ctx: LetterContext): string;
  mandatesLine(ctx: LetterContext): string;
  referenceLine(reference: string): string;
  placeDate(date: string): string;
  salutation(ctx: LetterContext): string;
  opening(ctx: LetterContext): string;
  followUp(ctx: LetterContext): string;
  introFacts(ctx: LetterContext): string;
  facts(ctx: LetterContext): string[];
  concern(ctx: LetterContext): string;
  annexPointer(ctx: LetterContext): string;
  questionsIntro(ctx: LetterContext): string;
  questions(ctx: LetterContext): string[];
  deadline(ctx: LetterContext): string;
  interim(ctx: LetterContext): string;
  pressRelease(ctx: LetterContext): string;
  closing(ctx: LetterContext): string;
  signatureTitle(mandate: MandateRef): string;
  annexTitle: string;
  annex(ctx: LetterContext): string[];
}
