import { OTHER_ACTOR_CODE } from './reference-data.js';

export const ACTOR_KINDS = ['company', 'international-organization', 'armed-group', 'other'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type AddresseeKind = 'state' | ActorKind;

/**
 * Who a communication is sent to, or who sends a reply: a State by its ISO-3 code, or a
 * non-State actor under the code `OTH` with its own name and kind.
 */
export type Addressee =
  | { readonly kind: 'state'; readonly code: string; readonly name: string }
  | { readonly kind: ActorKind; readonly code: typeof OTHER_ACTOR_CODE; readonly name: string };

export function isState(addressee: Addressee): boolean {
  return addressee.kind === 'state';
}
