import type { ReferenceData } from '../domain/index.js';
import { guessLanguages } from '../text/script.js';
import { classify } from './classify.js';
import { readCites } from './cites.js';
import { readCommunication } from './communication-fields.js';
import { Doc, found } from './document.js';
import type { MandateNames } from './mandates.js';
import { readReply } from './reply-fields.js';
import type { Understanding } from './types.js';

export interface UnderstandOptions {
  readonly reference: ReferenceData;
  /** Languages of the text, main first (ISO 639-1), as the intake detected them; guessed from the scripts when absent. */
  readonly languages?: readonly string[];
  /** Mandate names in other languages; data/reference/mandate-names.json by default. */
  readonly mandateNames?: MandateNames;
}

/**
 * Reads one document's text: whether it is a letter from mandate-holders, a reply to one, or
 * something else, and the fields of each, every value with the text it was read from. Pure:
 * no I/O, the same text and options give the same result.
 */
export function understand(text: string, options: UnderstandOptions): Understanding {
  const languages = options.languages && options.languages.length > 0 ? [...options.languages] : guessLanguages(text);
  const doc = new Doc(text, languages);
  const kind = classify(doc);
  const base = { kind: kind.kind, kindScore: kind.score, kindEvidence: kind.evidence, language: languages[0] ?? null, languages };
  const { reference, mandateNames } = options;

  if (kind.kind === 'communication') {
    const c = readCommunication(doc, reference, mandateNames);
    const exclude = [...(c.own ? [c.own.evidence] : []), ...(c.placeDate?.date.evidence ?? [])];
    const { cites } = readCites(doc, reference, mandateNames, { exclude, mandatesFrom: 0, mandatesTo: 0, withMandates: false });
    return {
      ...base, date: c.placeDate?.date ?? null, place: c.placeDate?.place ?? null, reference: c.reference, referenceKey: c.referenceKey,
      type: c.type, addressee: c.addressee, mandates: c.mandates, subject: c.subject, sender: null, noteNumber: null, cites, stance: null,
    };
  }
  if (kind.kind === 'reply') {
    const r = readReply(doc, reference, mandateNames);
    return {
      ...base, date: r.date, place: r.place, reference: null, referenceKey: null, type: null, addressee: r.addressee, mandates: [],
      subject: r.subject, sender: r.sender, noteNumber: r.noteNumber, cites: r.cites, stance: r.stance,
    };
  }
  const first = doc.dates[0];
  const { cites } = readCites(doc, reference, mandateNames, { exclude: [], mandatesFrom: 0, mandatesTo: 0, withMandates: false });
  return {
    ...base, date: first ? found(first.date, doc.evidence(first.start, first.end)) : null, place: null, reference: null, referenceKey: null,
    type: null, addressee: null, mandates: [], subject: null, sender: null, noteNumber: null, cites, stance: null,
  };
}
