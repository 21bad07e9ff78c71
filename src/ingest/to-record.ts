import {
  MissiveError, parseReference, todayUtc, type IsoDate, type ReferenceData, type ReferenceType,
} from '../domain/index.js';
import type { NewCommunication, NewReply } from '../store/ports.js';
import type { Understanding } from '../understand/types.js';

function missing(what: string, file: string): MissiveError {
  return new MissiveError('INVALID_VALUE', `${file}: no ${what} could be read, so no record was made; correct it by hand or re-scan the file`, { value: file, field: what });
}

/** A letter read off a document, as the record to create (or to find by its reference). */
export function communicationFrom(u: Understanding, file: string, reference: ReferenceData): NewCommunication & { readonly key: { code: string; number: number; year: number } } {
  if (!u.reference) throw missing('communication reference', file);
  const parsed = parseReference(u.reference.value);
  if (u.mandates.length === 0) throw missing('mandate', file);
  if (!u.date) throw missing('date of the letter', file);
  const code = parsed.code;
  const addressee = code === 'OTH'
    ? { kind: 'other' as const, code: 'OTH' as const, name: u.addressee?.value.name ?? 'Unnamed addressee' }
    : { kind: 'state' as const, code, name: reference.countryName(reference.country(code, 'reference').code) };
  const type: ReferenceType = parsed.type ?? u.type ?? 'AL';
  return {
    key: { code, number: parsed.number, year: parsed.year },
    type, number: parsed.number, year: parsed.year, legacyReference: parsed.legacy, state: 'sent', dateSent: u.date.value,
    mandateIds: [...new Set(u.mandates.map((m) => m.value))], addressees: [addressee],
    subject: u.subject?.value ?? '(subject not read)', summary: '', language: u.language ?? 'en',
  };
}

/** A reply read off a document; it is received on the day it is taken in unless told otherwise. */
export function replyFrom(u: Understanding, file: string, receivedOn: IsoDate = todayUtc()): NewReply {
  const sender = u.sender?.value;
  if (!sender || sender.code === null) throw missing('sender (State or actor)', file);
  return {
    sender: sender.code === 'OTH' ? { kind: 'other', code: 'OTH', name: sender.name } : { kind: 'state', code: sender.code, name: sender.name },
    noteNumber: u.noteNumber?.value ?? null,
    dateOnNote: u.date?.value ?? null,
    dateReceived: u.date && u.date.value > receivedOn ? u.date.value : receivedOn,
    languages: u.languages.length > 0 ? [...u.languages] : [u.language ?? 'en'],
    // What the machine reads is kept as the automatic stance; a person confirms the stance itself.
    stance: null,
    confidential: false,
    links: [],
  };
}
