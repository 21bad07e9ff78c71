import { isMissiveError, PUBLIC_VIEWER, type IsoDate, type ReferenceData } from '../domain/index.js';
import { figuresByYear, replyFigures, type ReplyFigures, type YearFigures } from '../stats/response.js';
import type { Store } from '../store/ports.js';

/** A State's or a mandate's published communications in figures: overall and year by year. */
export interface Profile {
  readonly kind: 'state' | 'mandate';
  readonly id: string;
  readonly name: string;
  readonly figures: ReplyFigures;
  readonly byYear: readonly YearFigures[];
}

async function profile(store: Store, kind: Profile['kind'], id: string, name: string, today: IsoDate): Promise<Profile> {
  const times = (await store.search.replyTimes(kind === 'state' ? 'country' : 'mandate', id, PUBLIC_VIEWER, today)).map((t) => ({ sent: t.sent as IsoDate, firstReply: t.firstReply as IsoDate | null }));
  return { kind, id, name, figures: replyFigures(times), byYear: figuresByYear(times) };
}

/** A State by its ISO3 code (any case), or null when there is no such State. */
export async function stateProfile(store: Store, reference: ReferenceData, code: string, today: IsoDate, locale = 'en'): Promise<Profile | null> {
  try {
    const country = reference.country(code.toUpperCase());
    const names: Readonly<Record<string, string | undefined>> = country.names;
    return await profile(store, 'state', country.code, names[locale] ?? country.names.en ?? country.code, today);
  } catch (e) {
    if (isMissiveError(e)) return null;
    throw e;
  }
}

/** A mandate by its id, or null when there is no such mandate. */
export async function mandateProfile(store: Store, reference: ReferenceData, id: string, today: IsoDate): Promise<Profile | null> {
  try {
    const mandate = reference.mandate(id);
    return await profile(store, 'mandate', mandate.id, mandate.name, today);
  } catch (e) {
    if (isMissiveError(e)) return null;
    throw e;
  }
}
