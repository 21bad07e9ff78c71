import { addDays, isoDate, parseIsoDate, type IsoDate, type Mandate, type ReferenceData, type ReferenceType } from '../domain/index.js';
import type { DemoAddressee, DemoCommunication, DemoCorpus } from './corpus.js';
import { planReplies } from './plan-replies.js';
import { legacyReferenceFor } from './legacy-reference.js';
import { createRandom, type Random } from './random.js';
import { SEED_CASE } from './seed-case.js';
import { regionForCountry, syntheticPersonName } from './names.js';
import { THEMES, type Theme } from './themes.js';
import { addresseeWeights, CURRENT_FORMAT_FROM, DEMO_LAST_DAY, letterLanguage, nonStateActor, YEAR_WEIGHTS } from './world.js';

export interface GenerateOptions {
  /** Number of communications, the seed case included. */
  readonly size: number;
  readonly seed: string;
  readonly reference: ReferenceData;
}

interface Draft {
  readonly order: number;
  readonly dateSent: IsoDate;
  readonly addressee: DemoAddressee;
  readonly theme: Theme;
  readonly mandateIds: readonly string[];
  readonly type: 'UA' | 'AL' | 'OL';
  readonly isSeedCase: boolean;
}

/**
 * A deterministic synthetic corpus: communications for 2011–2026 with their replies and the
 * ground truth of which reply answers which letter. Pure: the same options give the same corpus.
 */
export function generateCorpus(options: GenerateOptions): DemoCorpus {
  const random = createRandom(options.seed);
  const drafts = [...draftCommunications(options, random)].sort((a, b) => (a.dateSent < b.dateSent ? -1 : a.dateSent > b.dateSent ? 1 : a.order - b.order));
  const communications = numberCommunications(drafts, options.reference, random);
  const replies = planReplies(communications, options.seed, random);
  return { seed: options.seed, communications, replies };
}

function* draftCommunications(options: GenerateOptions, random: Random): Generator<Draft> {
  const { reference } = options;
  const states = reference.countries.filter((c) => c.status === 'member' || c.status === 'observer').map((c) => c.code);
  const weights = addresseeWeights(states);
  yield { order: 0, ...SEED_CASE.communication, addressee: { kind: 'state', code: 'PRK', name: reference.countryName('PRK') }, theme: themeOf(SEED_CASE.communication.themeId), isSeedCase: true };
  for (let order = 1; order < options.size; order++) {
    const year = random.weighted(YEAR_WEIGHTS);
    const last = year === 2026 ? parseIsoDate(DEMO_LAST_DAY) : isoDate(year, 12, 31);
    const dateSent = addDays(isoDate(year, 1, 1), random.int(0, Math.round((Date.parse(last) - Date.parse(`${year}-01-01`)) / 86_400_000)));
    const actor = random.chance(0.07) ? nonStateActor(random) : null;
    const code = actor ? 'OTH' : random.weighted(weights);
    const addressee: DemoAddressee = actor ? { kind: actor.kind, code: 'OTH', name: actor.name } : { kind: 'state', code, name: reference.countryName(code) };
    const theme = random.pick(THEMES);
    const draft: Draft = {
      order, dateSent, addressee, theme, isSeedCase: false,
      mandateIds: pickMandates(reference.mandatesActiveIn(year), theme, addressee.code, random),
      type: random.weighted([['UA', 0.35], ['AL', 0.45], ['OL', 0.2]] as const),
    };
    yield draft;
    // Several letters to one State on one day: a hard case for linking by date.
    if (random.chance(0.02) && order + 1 < options.size) {
      order++;
      const other = random.pick(THEMES);
      yield { ...draft, order, theme: other, mandateIds: pickMandates(reference.mandatesActiveIn(year), other, addressee.code, random) };
    }
  }
}

function themeOf(id: string): Theme {
  const theme = THEMES.find((t) => t.id === id);
  if (!theme) throw new Error(`demo theme "${id}" is not in the catalog`);
  return theme;
}

function pickMandates(active: readonly Mandate[], theme: Theme, code: string, random: Random): string[] {
  const activeIds = new Set(active.map((m) => m.id));
  const thematic = theme.mandateIds.filter((id) => activeIds.has(id));
  const country = active.find((m) => m.country === code);
  const count = random.weighted([[1, 0.2], [2, 0.35], [3, 0.3], [4, 0.15]] as const);
  const chosen = random.sample(thematic.length > 0 ? thematic : active.filter((m) => m.kind === 'thematic').map((m) => m.id), count);
  if (country && random.chance(0.7)) chosen.unshift(country.id);
  return [...new Set(chosen)];
}

function numberCommunications(drafts: readonly Draft[], reference: ReferenceData, random: Random): DemoCommunication[] {
  const counters = new Map<string, number>();
  const byCode = new Map<string, number[]>();
  const out: DemoCommunication[] = [];
  drafts.forEach((draft, index) => {
    const year = Number(draft.dateSent.slice(0, 4));
    const counterKey = `${draft.addressee.code} ${year}`;
    const number = (counters.get(counterKey) ?? 0) + 1;
    counters.set(counterKey, number);
    const legacy = draft.dateSent < CURRENT_FORMAT_FROM;
    const joint = draft.mandateIds.length > 1;
    const type: ReferenceType = legacy && joint ? (`J${draft.type}` as ReferenceType) : draft.type;
    const earlier = byCode.get(draft.addressee.code) ?? [];
    const previous = earlier.length > 0 && draft.addressee.kind === 'state' && !draft.isSeedCase && random.chance(0.08) ? out[random.pick(earlier.slice(-6))] : undefined;
    const followsUp = previous && previous.dateSent >= addDays(draft.dateSent, -730) ? [previous.index] : [];
    const theme = followsUp.length > 0 && previous ? themeOf(previous.themeId) : draft.theme;
    const language = letterLanguage(draft.addressee.code);
    const victims = draft.type === 'OL' ? [] : Array.from({ length: random.int(1, 3) }, () => syntheticPersonName(random.next, regionForCountry(draft.addressee.code)));
    const subject = theme.subject[language];
    const hold = !draft.isSeedCase && random.chance(0.01);
    out.push({
      index, type, number, year, dateSent: draft.dateSent, mandateIds: draft.mandateIds, addressee: draft.addressee,
      legacyReference: legacy ? legacyReferenceFor(type, draft.mandateIds, reference, draft.addressee.code, number, year) : null,
      themeId: theme.id, language, victims, followsUp, subject,
      summary: `${subject}${victims.length > 0 ? `: ${victims.join(', ')}` : ''}. Synthetic demo record.`,
      publishedEarlyOn: !hold && !draft.isSeedCase && random.chance(0.03) ? addDays(draft.dateSent, random.int(1, 10)) : null,
      confidentialReason: hold ? 'Held confidential to protect the persons concerned (demo).' : null,
    });
    byCode.set(draft.addressee.code, [...earlier, index]);
  });
  return out;
}

