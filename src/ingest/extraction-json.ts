import type { Understanding } from '../understand/types.js';

/** The JSON line `missive extract` prints for a file: exactly these keys, null where absent. */
export interface ExtractionJson {
  file: string;
  kind: Understanding['kind'] | null;
  language: string | null;
  languages: string[];
  date: string | null;
  place: string | null;
  reference: string | null;
  referenceKey: string | null;
  type: string | null;
  addressee: { code: string | null; name: string } | null;
  mandates: string[];
  sender: { code: string | null; name: string } | null;
  noteNumber: string | null;
  cites: { references: string[]; dates: string[] };
  stance: string | null;
  errors: string[];
}

export function toExtractionJson(file: string, u: Understanding | null, errors: readonly string[]): ExtractionJson {
  return {
    file,
    kind: u?.kind ?? null,
    language: u?.language ?? null,
    languages: u ? [...u.languages] : [],
    date: u?.date?.value ?? null,
    place: u?.place?.value ?? null,
    reference: u?.reference?.value ?? null,
    referenceKey: u?.referenceKey ?? null,
    type: u?.type ?? null,
    addressee: u?.addressee ? { code: u.addressee.value.code, name: u.addressee.value.name } : null,
    mandates: u ? [...new Set(u.mandates.map((m) => m.value))] : [],
    sender: u?.sender ? { code: u.sender.value.code, name: u.sender.value.name } : null,
    noteNumber: u?.noteNumber?.value ?? null,
    cites: { references: u ? u.cites.references.map((r) => r.value) : [], dates: u ? [...new Set(u.cites.dates.map((d) => d.value))] : [] },
    stance: u?.stance?.value ?? null,
    errors: [...errors],
  };
}
