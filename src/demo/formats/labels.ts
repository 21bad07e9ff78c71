import type { IsoDate, ReferenceType, Stance } from '../../domain/index.js';
import { writtenReference, type DemoCommunication, type DemoReply } from '../corpus.js';
import { dateFormatter } from '../render/dates.js';
import { mandateName, type DemoLanguage, type RenderedDocument } from '../render/index.js';
import { mandateNameOrEnglish } from '../render/reference.js';

/**
 * The ground truth of one demo document, in the shape of what `understand/` reads off it
 * (see Understanding): only what the file shows. A field the file does not show (a page cut
 * off, a citation style that names no reference) is null or empty.
 */
export interface DocumentLabel {
  readonly kind: 'communication' | 'reply';
  readonly language: DemoLanguage;
  /** The date of the letter or note. */
  readonly date: IsoDate | null;
  readonly place: 'Geneva' | null;
  /** A letter's own reference as printed (modern or legacy), its key and type. */
  readonly reference: string | null;
  readonly referenceKey: string | null;
  readonly type: ReferenceType | null;
  /** A letter's addressee: ISO-3 or OTH, and the name printed for a non-State actor. */
  readonly addressee: string | null;
  readonly addresseeName: string | null;
  /** A letter's mandates (ids of data/reference/mandates.json). */
  readonly mandates: readonly string[];
  /** A reply's sender: ISO-3 or OTH, and its name as the letterhead writes it. */
  readonly sender: string | null;
  readonly senderName: string | null;
  readonly noteNumber: string | null;
  /** What a reply cites of the letters it answers, as printed. */
  readonly cites: {
    readonly references: readonly string[];
    readonly referenceKeys: readonly string[];
    readonly dates: readonly IsoDate[];
    readonly mandates: readonly string[];
    readonly joint: boolean;
  };
  readonly stance: Stance | null;
  /** Linking truth, not read off the page: the keys of the letters a reply answers. */
  readonly answers: readonly string[];
  /** A reply citing a reference that is not the one it answers (a deliberate hard case). */
  readonly wrongReference: boolean;
  /** Digits in an Arabic document: tesseract's Arabic model misreads Arabic-Indic ones. */
  readonly digits: 'ascii' | 'arabic-indic';
  readonly source: { readonly seed: string; readonly record: 'communication' | 'reply'; readonly index: number };
}

/** Whitespace-free NFKC, so wrapped lines and CJK line breaks compare equal to the source. */
const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
/** References also lose their separators: `AL/PRK/1/2024`, `AL-PRK-1/2024` and `AL PRK 1/2024` agree. */
const bare = (text: string): string => squash(text).replace(/[/\-_.]/g, '');


export function keyOf(c: DemoCommunication): string {
  return `${c.addressee.code} ${c.number}/${c.year}`;
}

/** `JOL Torture (1985-2) ARM 1/2011` → `ARM 1/2011`. */
function keyOfText(reference: string): string | null {
  const m = /([A-Z]{3})\s*[\s/.\-_]\s*(\d{1,4})\s*[/.\-]\s*(\d{4})$/.exec(reference.normalize('NFKC').trim());
  return m ? `${m[1]} ${Number(m[2])}/${m[3]}` : null;
}

function digitsOf(doc: RenderedDocument): 'ascii' | 'arabic-indic' {
  return /[\u0660-\u0669]/.test(doc.text) ? 'arabic-indic' : 'ascii';
}

/** Whether an ISO date is printed in the text, in either of the language's digit styles. */
function shows(visible: string, language: DemoLanguage, iso: string): boolean {
  const text = squash(visible);
  return [dateFormatter(language, false)(iso), dateFormatter(language, true)(iso)].some((d) => text.includes(squash(d)));
}

const NO_CITES = { references: [], referenceKeys: [], dates: [], mandates: [], joint: false } as const;

/** A letter's label; `visible` is the text the file shows (a scan's first page, or the whole text). */
export function letterLabel(c: DemoCommunication, doc: RenderedDocument, visible: string, seed: string): DocumentLabel {
  const text = squash(visible);
  const reference = writtenReference(c);
  const referenceShown = bare(visible).includes(bare(reference));
  const dated = shows(visible, c.language, c.dateSent);
  return {
    kind: 'communication', language: c.language,
    date: dated ? c.dateSent : null,
    place: dated ? 'Geneva' : null,
    reference: referenceShown ? reference : null,
    referenceKey: referenceShown ? keyOf(c) : null,
    type: referenceShown ? c.type : null,
    addressee: referenceShown ? c.addressee.code : null,
    addresseeName: c.addressee.kind !== 'state' && text.includes(squash(c.addressee.name)) ? c.addressee.name : null,
    mandates: c.mandateIds.filter((id) => text.includes(squash(mandateNameOrEnglish(id, c.language)))),
    sender: null, senderName: null, noteNumber: null,
    cites: NO_CITES,
    stance: null, answers: [], wrongReference: false,
    digits: digitsOf(doc),
    source: { seed, record: 'communication', index: c.index },
  };
}

/** A reply's label; `partial` when the file shows only part of the note (the stance may be off the page). */
export function replyLabel(r: DemoReply, doc: RenderedDocument, visible: string, partial: boolean, answers: readonly string[], seed: string): DocumentLabel {
  const text = squash(visible);
  const refs = r.citation.style === 'reference' ? r.citation.references.filter((ref) => {
    const key = keyOfText(ref);
    return key !== null && bare(visible).includes(bare(key));
  }) : [];
  const dates = r.citation.dates.filter((d) => shows(visible, r.language, d));
  const mandates = r.citation.style === 'mandates'
    ? r.citation.mandateIds.filter((id) => { const name = mandateName(id, r.language); return name !== undefined && text.includes(squash(name)); })
    : [];
  const dated = shows(visible, r.language, r.dateOnNote);
  const isNote = r.sender.code !== 'OTH';
  return {
    kind: 'reply', language: r.language,
    date: dated ? r.dateOnNote : null,
    place: dated && isNote ? 'Geneva' : null,
    reference: null, referenceKey: null, type: null, addressee: null, addresseeName: null, mandates: [],
    sender: r.sender.code,
    senderName: doc.author !== undefined && text.includes(squash(doc.author)) ? doc.author : null,
    noteNumber: r.noteNumber !== '' && text.includes(squash(r.noteNumber)) ? r.noteNumber : null,
    cites: {
      references: refs,
      referenceKeys: refs.map((ref) => keyOfText(ref) ?? ref),
      dates, mandates,
      joint: r.citation.joint && (refs.length + dates.length + mandates.length > 0 || r.citation.style === 'mandates'),
    },
    stance: partial ? null : r.stance,
    answers,
    wrongReference: r.citation.wrongReference,
    digits: digitsOf(doc),
    source: { seed, record: 'reply', index: r.index },
  };
}
