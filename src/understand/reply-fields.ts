import { OTHER_ACTOR_CODE, type IsoDate, type ReferenceData, type Stance } from '../domain/index.js';
import { readActorName } from './actor.js';
import { readReplyAddressee } from './addressee.js';
import { readCites } from './cites.js';
import type { Doc } from './document.js';
import { found } from './document.js';
import { phrases } from './phrases.js';
import type { MandateNames } from './mandates.js';
import { readNoteNumber } from './note-number.js';
import { readReplyPlaceDate } from './place-date.js';
import { readMissionName, readSenderState, type Party } from './sender.js';
import { readStance } from './stance.js';
import { readSubject } from './subject.js';
import type { Evidence, Found, Understanding } from './types.js';

/** The closing courtesy formula: what follows it is the place and date, the address block, annexes. */
const CLOSING = phrases([
  'avails itself of this opportunity', 'avails itself of the opportunity', 'saisit cette occasion', "saisit l'occasion", 'aprovecha la oportunidad',
  'aprovecha esta oportunidad', 'aprovecha la ocasión', 'aprovecha esta ocasión', 'пользуется случаем', 'пользуется возможностью',
  'تغتنم', 'يغتنم', 'hace propicia la ocasión', '借此机会', '顺致崇高的敬意', '이 기회를 빌려', 'Yours sincerely', 'Yours faithfully', "Veuillez agréer", 'Atentamente', 'С уважением',
  'وتفضلوا بقبول', '此致', '감사합니다',
]);

export interface ReplyFields {
  readonly sender: Found<Party> | null;
  readonly noteNumber: Found<string> | null;
  readonly date: Found<IsoDate> | null;
  readonly place: Found<string> | null;
  readonly addressee: Understanding['addressee'];
  readonly cites: Understanding['cites'];
  readonly stance: Found<Stance> | null;
  readonly subject: Found<string> | null;
}

function readSender(doc: Doc, reference: ReferenceData, language: string | null): Found<Party> | null {
  const state = readSenderState(doc, reference);
  if (state) {
    const name = readMissionName(doc, language);
    const evidence: Evidence[] = [...(name?.evidence ?? []), ...state.evidence];
    return found({ code: state.code, name: name?.value ?? reference.countryName(state.code, 'en') }, ...evidence);
  }
  const actor = readActorName(doc);
  return actor ? found({ code: OTHER_ACTOR_CODE, name: actor.value }, ...actor.evidence) : null;
}

/** The fields of a reply: who sent it, its number, date and place, whom it addresses, what it cites, what it does. */
export function readReply(doc: Doc, reference: ReferenceData, names: MandateNames | undefined): ReplyFields {
  const language = doc.languages[0] ?? null;
  const noteNumber = readNoteNumber(doc);
  const closing = doc.hits(CLOSING).at(-1);
  const placeDate = readReplyPlaceDate(doc, closing ? closing.evidence.start : null);
  const exclude = [...(noteNumber?.evidence ?? []), ...(placeDate?.date.evidence ?? [])];
  const bodyEnd = closing ? closing.foldedStart : doc.loose.text.length;
  // Mandates are named where the letter answered is cited, near the top; a long annex is not searched.
  const { cites } = readCites(doc, reference, names, { exclude, mandatesFrom: 0, mandatesTo: Math.min(bodyEnd, 12_000), withMandates: true });
  const opening = doc.hits(phrases(['compliments', 'saluda', 'уважение', 'تحيات*', '致意', '경의']))[0];
  const subjectFrom = opening ? opening.foldedStart : 0;
  return {
    sender: readSender(doc, reference, language),
    noteNumber,
    date: placeDate?.date ?? null,
    place: placeDate?.place ?? null,
    addressee: readReplyAddressee(doc),
    cites,
    stance: readStance(doc, 0, doc.loose.text.length),
    subject: readSubject(doc, subjectFrom, Math.min(bodyEnd, subjectFrom + 1500)),
  };
}
