import type { ReferenceData, ReferenceType } from '../domain/index.js';

/**
 * A reference in the pre-2017 shape: the type, one file token per mandate, then the country
 * part (`JUA Torture (1985-4) Expression (1993-2) SYR 3/2014`). The tokens are synthetic but
 * stable per mandate, as the registry's were.
 */
export function legacyReferenceFor(type: ReferenceType, mandateIds: readonly string[], reference: ReferenceData, code: string, number: number, year: number): string {
  const tokens = mandateIds.map((id) => {
    const mandate = reference.mandate(id);
    const word = id.replace(/^(sr|ie|wg|srsg)-/, '').split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('-');
    const tag = [...id].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 9, 0) + 1;
    return `${word} (${mandate.established}-${tag})`;
  });
  return `${type} ${tokens.join(' ')} ${code} ${number}/${year}`;
}
