import { OTHER_ACTOR_CODE, parseReference, referenceKey, type ReferenceData, type ReferenceType } from '../domain/index.js';
import { readAddresseeBlock } from './actor.js';
import type { Doc } from './document.js';
import { found } from './document.js';
import { phrases, type Phrases } from './phrases.js';
import { mandateIndex, type MandateNames } from './mandates.js';
import { readLetterPlaceDate, type PlaceDate } from './place-date.js';
import { findReferences, type FoundReference } from './references.js';
import { readSenderState } from './sender.js';
import { readSubject } from './subject.js';
import type { Found } from './types.js';

/** The label of a letter's own reference, at the start of a line (strict view). */
const REFERENCE_LABEL = /^[ \t]*(?:REFERENCE|RÉFÉRENCE|REFERENCIA|Reference|Référence|Referencia|Our\s+ref(?:erence)?|Notre\s+réf(?:érence)?|Ref|Réf)\.?[ \t]*(?:No\.?|N°)?[ \t]*[:：]?[ \t]*/gmu;

const TYPE_WORDS: ReadonlyArray<readonly [ReferenceType, Phrases]> = [
  ['UA', phrases(['urgent appeal', 'appel urgent', 'llamamiento urgente', 'acción urgente'])],
  ['AL', phrases(['allegation letter', "letter of allegation*", "lettre d'allégation*", 'carta de alegaci*', 'comunicación de alegaci*'])],
  ['OL', phrases(['other letter', 'autre lettre', 'otra carta'])],
];

const MANDATES_HEADER = phrases(['Mandates of', 'Mandate of', 'Mandats du', 'Mandats de', "Mandats d'", 'Mandat du', 'Mandat de', "Mandat d'", 'Mandatos del', 'Mandatos de', 'Mandato del', 'Mandato de']);
const CAPACITIES = phrases(['in our capacities as', 'in my capacity as', 'en nos qualités de', 'en ma qualité de', 'en nuestra calidad de', 'en mi calidad de']);

export interface CommunicationFields {
  readonly reference: Found<string> | null;
  readonly referenceKey: string | null;
  readonly type: ReferenceType | null;
  readonly own: FoundReference | null;
  readonly placeDate: PlaceDate | null;
  readonly addressee: Found<{ readonly code: string | null; readonly name: string }> | null;
  readonly mandates: readonly Found<string>[];
  readonly subject: Found<string> | null;
}

/** The letter's own reference: the value of its REFERENCE line (joined with the next line when wrapped), else the first reference. */
function ownReference(doc: Doc, reference: ReferenceData): FoundReference | null {
  const text = doc.strict.text;
  for (const m of text.matchAll(REFERENCE_LABEL)) {
    const start = (m.index ?? 0) + m[0].length;
    const lineEnd = text.indexOf('\n', start);
    const nextEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
    for (const end of [lineEnd < 0 ? text.length : lineEnd, nextEnd < 0 ? text.length : nextEnd]) {
      const written = text.slice(start, end).replace(/\s+/g, ' ').trim();
      try {
        const parsed = parseReference(written);
        if (parsed.code !== OTHER_ACTOR_CODE && !reference.isCountry(parsed.code)) continue;
        return { written, parsed, key: referenceKey(parsed), evidence: doc.strictEvidence(start, end) };
      } catch {
        // Not a reference on this line alone; try with the next one.
      }
    }
  }
  return findReferences(doc, reference)[0] ?? null;
}

function typeFromWords(doc: Doc): ReferenceType | null {
  for (const [type, re] of TYPE_WORDS) if (doc.hits(re).length > 0) return type;
  return null;
}

/** The mandates in the header ("Mandates of the …; the …; and the …") up to the reference line, else in the "in our capacities as" sentence. */
function readMandates(doc: Doc, reference: ReferenceData, names: MandateNames | undefined, own: FoundReference | null): Found<string>[] {
  const index = mandateIndex(reference, names);
  const year = own?.parsed.year ?? null;
  const header = doc.hits(MANDATES_HEADER)[0];
  if (header) {
    const refAt = own ? doc.looseOffset(own.evidence.start) : -1;
    // Seventeen mandates fit in about 2,500 characters; a missing reference line must not make the header the whole letter.
    const end = Math.min(refAt > header.foldedEnd ? refAt : doc.loose.text.length, header.foldedEnd + 5000);
    const found = index.find(doc, header.foldedStart, end, year);
    if (found.length > 0) return found;
  }
  const capacities = doc.hits(CAPACITIES)[0];
  if (capacities) {
    const sentence = doc.sentenceAt(capacities.evidence.start);
    return index.find(doc, doc.looseOffset(sentence.start), doc.looseOffset(sentence.end), year);
  }
  return [];
}

function readAddressee(doc: Doc, reference: ReferenceData, own: FoundReference | null, placeDate: PlaceDate | null): CommunicationFields['addressee'] {
  const code = own?.parsed.code ?? null;
  if (code !== null && code !== OTHER_ACTOR_CODE) {
    const at = own?.evidence;
    return found({ code, name: reference.countryName(code, 'en') }, ...(at ? [at] : []));
  }
  const after = placeDate?.date.evidence[0]?.end ?? own?.evidence.end ?? 0;
  if (code === OTHER_ACTOR_CODE) {
    const block = readAddresseeBlock(doc, after);
    return block ? found({ code, name: block.value }, ...block.evidence) : found({ code, name: '' }, ...(own ? [own.evidence] : []));
  }
  // No reference: the Permanent Mission the letter is addressed to, if it says.
  const state = readSenderState(doc, reference);
  return state ? found({ code: state.code, name: reference.countryName(state.code, 'en') }, ...state.evidence) : null;
}

/** The fields of a letter from mandate-holders. */
export function readCommunication(doc: Doc, reference: ReferenceData, names: MandateNames | undefined): CommunicationFields {
  const own = ownReference(doc, reference);
  const placeDate = readLetterPlaceDate(doc);
  const type: ReferenceType | null = own?.parsed.type ?? typeFromWords(doc);
  const mandates = readMandates(doc, reference, names, own);
  return {
    reference: own ? found(own.written, own.evidence) : null,
    referenceKey: own?.key ?? null,
    type,
    own,
    placeDate,
    addressee: readAddressee(doc, reference, own, placeDate),
    mandates,
    subject: readSubject(doc),
  };
}
