import { ACTOR_KINDS, type Addressee } from './addressee.js';
import type { IsoDate } from './dates.js';
import { MissiveError } from './errors.js';
import { OTHER_ACTOR_CODE, type ReferenceData } from './reference-data.js';
import { isStance } from './reply.js';

function invalid(field: string, value: unknown, why: string): MissiveError {
  return new MissiveError('INVALID_VALUE', `${field}: ${why}`, { value, field });
}

export function checkLanguage(language: string, field = 'language'): string {
  if (!/^[a-z]{2,3}$/.test(language)) throw invalid(field, language, `"${language}" is not an ISO 639 language code such as "en"`);
  return language;
}

export function checkAddressee(addressee: Addressee, ref: ReferenceData, field: string): Addressee {
  if (addressee.kind === 'state') {
    ref.country(addressee.code, `${field}.code`);
  } else {
    if (!(ACTOR_KINDS as readonly string[]).includes(addressee.kind)) throw invalid(`${field}.kind`, addressee.kind, `"${String(addressee.kind)}" is not a kind of addressee`);
    const code: string = addressee.code;
    if (code !== OTHER_ACTOR_CODE) throw invalid(`${field}.code`, code, `a non-State actor is addressed under "${OTHER_ACTOR_CODE}", not "${code}"`);
  }
  if (addressee.name.trim() === '') throw invalid(`${field}.name`, addressee.name, 'the name is empty');
  return addressee;
}

/** The invariants of a communication before it is stored; each error names the field and value. */
export function checkCommunicationInput(
  input: {
    readonly state: 'draft' | 'sent';
    readonly dateSent: IsoDate | null;
    readonly mandateIds: readonly string[];
    readonly addressees: readonly Addressee[];
    readonly subject: string;
    readonly language: string;
  },
  ref: ReferenceData,
): void {
  if (input.mandateIds.length === 0) throw invalid('mandateIds', input.mandateIds, 'at least one mandate signs a communication');
  input.mandateIds.forEach((id, i) => ref.mandate(id, `mandateIds[${i}]`));
  if (new Set(input.mandateIds).size !== input.mandateIds.length) throw invalid('mandateIds', input.mandateIds, 'a mandate is listed twice');
  if (input.addressees.length === 0) throw invalid('addressees', input.addressees, 'a communication has at least one addressee');
  input.addressees.forEach((a, i) => checkAddressee(a, ref, `addressees[${i}]`));
  if (input.state === 'sent' && input.dateSent === null) throw invalid('dateSent', null, 'a sent communication has a date of sending');
  if (input.subject.trim() === '') throw invalid('subject', input.subject, 'the subject is empty');
  checkLanguage(input.language);
}

export function checkReplyInput(
  input: { readonly sender: Addressee; readonly languages: readonly string[]; readonly stance: string | null },
  ref: ReferenceData,
): void {
  checkAddressee(input.sender, ref, 'sender');
  if (input.languages.length === 0) throw invalid('languages', input.languages, 'a reply has at least one language');
  input.languages.forEach((l, i) => checkLanguage(l, `languages[${i}]`));
  if (input.stance !== null && !isStance(input.stance)) throw invalid('stance', input.stance, `"${input.stance}" is not one of rejects, substantive, acknowledges, partial`);
}
