/**
 * A development corpus for understand/: letters and replies rendered by the demo renderers
 * from inputs drawn with a seeded generator. The inputs are the labels; only what a document
 * shows is expected (a date the renderer chose not to print is not expected back).
 */
import { addDays, isoDate, type IsoDate, type ReferenceData, type ReferenceType } from '../../src/domain/index.js';
import { legacyReferenceFor } from '../../src/demo/legacy-reference.js';
import { regionForCountry, syntheticPersonName } from '../../src/demo/names.js';
import { createRandom, type Random } from '../../src/demo/random.js';
import { mandateName, renderLetter, renderReply, type CitationStyle, type DemoLanguage, type LetterLanguage, type Stance } from '../../src/demo/render/index.js';
import { THEMES } from '../../src/demo/themes.js';
import { stateLanguage } from '../../src/demo/world.js';

export interface LetterCase {
  readonly id: string;
  readonly language: LetterLanguage;
  readonly text: string;
  readonly type: ReferenceType;
  readonly reference: string;
  readonly key: string;
  readonly date: IsoDate;
  readonly addressee: { readonly code: string; readonly name: string | null };
  readonly mandates: readonly string[];
  readonly subject: string;
  readonly citedKeys: readonly string[];
  readonly citedDates: readonly IsoDate[];
}

export interface ReplyCase {
  readonly id: string;
  readonly language: DemoLanguage;
  readonly text: string;
  readonly sender: { readonly code: string; readonly name: string };
  readonly noteNumber: string | null;
  readonly date: IsoDate;
  readonly place: string | null;
  readonly toOffice: boolean;
  readonly style: CitationStyle;
  readonly citedKeys: readonly string[];
  /** Dates the reply must give back exactly, or, for `mayCiteDates`, the only dates it may give back. */
  readonly citedDates: readonly IsoDate[];
  readonly mayCiteDates: boolean;
  readonly citedMandates: readonly string[];
  readonly joint: boolean;
  readonly stance: Stance;
}

/** Fictional non-State actors, named otherwise than in the demo world. */
const ACTORS = [
  'Kestrel Copper Holdings Ltd', 'Verdant Agro Industries S.A.', 'Lumen Telecom Group', 'Arctic Shipping Company plc', 'Sable Timber Corporation',
  'Meridian Private Security GmbH', 'Halcyon Pharmaceuticals Inc.', 'Regional Water Authority', 'Northern Rivers Development Bank', 'Stellar Apparel Group AG',
];

const LEGACY_UNTIL = '2017-03-01';

function randomDate(r: Random, from: number, to: number): IsoDate {
  const year = r.int(from, to);
  return addDays(isoDate(year, 1, 1), r.int(0, 364));
}

function members(reference: ReferenceData): string[] {
  return reference.countries.filter((c) => c.status === 'member' || c.status === 'observer').map((c) => c.code);
}

function pickMandates(r: Random, reference: ReferenceData, year: number, code: string, many: boolean): string[] {
  const active = reference.mandatesActiveIn(year);
  const count = many ? r.int(10, 17) : r.weighted([[1, 0.25], [2, 0.3], [3, 0.25], [4, 0.12], [6, 0.08]] as const);
  const chosen = r.sample(active.filter((m) => m.kind === 'thematic').map((m) => m.id), count);
  const country = active.find((m) => m.country === code);
  if (country && r.chance(0.5)) chosen.unshift(country.id);
  return [...new Set(chosen)];
}

function referenceText(r: Random, reference: ReferenceData, type: 'UA' | 'AL' | 'OL', code: string, date: IsoDate, mandateIds: readonly string[], n = r.int(1, 60)): { text: string; type: ReferenceType; key: string } {
  const year = Number(date.slice(0, 4));
  const key = `${code} ${n}/${year}`;
  if (date < LEGACY_UNTIL) {
    const legacyType: ReferenceType = mandateIds.length > 1 ? (`J${type}` as ReferenceType) : type;
    return { text: legacyReferenceFor(legacyType, mandateIds, reference, code, n, year), type: legacyType, key };
  }
  return { text: `${type} ${code} ${n}/${year}`, type, key };
}

export function demoLetters(reference: ReferenceData, perLanguage: number): LetterCase[] {
  const states = members(reference);
  const out: LetterCase[] = [];
  for (const language of ['en', 'fr', 'es'] as const) {
    for (let i = 0; i < perLanguage; i++) {
      const r = createRandom(`understand:letter:${language}:${i}`);
      const date = randomDate(r, 2011, 2026);
      const year = Number(date.slice(0, 4));
      const actor = r.chance(0.15) ? r.pick(ACTORS) : null;
      const code = actor ? 'OTH' : r.pick(states);
      const mandateIds = pickMandates(r, reference, year, code, r.chance(0.06));
      const baseType = r.pick(['UA', 'AL', 'OL'] as const);
      const ref = referenceText(r, reference, baseType, code, date, mandateIds);
      const theme = r.pick(THEMES);
      const victims = baseType === 'OL' ? [] : Array.from({ length: r.int(1, 3) }, () => syntheticPersonName(r.next, regionForCountry(code)));
      const earlierDate = addDays(date, -r.int(40, 700));
      const earlier = r.chance(0.2) && earlierDate >= '2011-01-01' && code !== 'OTH'
        ? [{ ...referenceText(r, reference, r.pick(['UA', 'AL', 'OL'] as const), code, earlierDate, mandateIds), date: earlierDate }]
        : [];
      const doc = renderLetter({
        language, reference: ref.text, dateSent: date, type: baseType, mandateIds,
        addressee: actor ? { code: 'OTH', kind: 'company', name: actor } : { code, kind: 'state', name: reference.countryName(code) },
        themeId: theme.id, victims, followsUp: earlier.map((e) => ({ reference: e.text, dateSent: e.date })),
      }, r.next);
      out.push({
        id: `letter-${language}-${i}`, language, text: doc.text, type: ref.type, reference: ref.text, key: ref.key, date,
        addressee: { code, name: actor }, mandates: mandateIds, subject: theme.subject[language],
        citedKeys: earlier.map((e) => e.key), citedDates: earlier.map((e) => e.date),
      });
    }
  }
  return out;
}

function noteNumber(r: Random, code: string, year: number): string {
  const n = r.int(1, 400);
  const padded = String(n).padStart(4, '0');
  return r.weighted([
    [padded, 3], [`${n}/${year}`, 3], [`GVA/HR/${year}/${n}`, 2], [`${code}/GVA/${padded}`, 1], [`HR-${String(year).slice(2)}-${n}`, 1],
  ] as const);
}

export function demoReplies(reference: ReferenceData, perLanguage: number): ReplyCase[] {
  const states = members(reference);
  const out: ReplyCase[] = [];
  for (const language of ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'ko'] as const) {
    const usual = states.filter((c) => stateLanguage(c) === language);
    for (let i = 0; i < perLanguage; i++) {
      const r = createRandom(`understand:reply:${language}:${i}`);
      const actor = r.chance(0.15) ? r.pick(ACTORS) : null;
      const code = actor ? 'OTH' : usual.length > 0 && r.chance(0.6) ? r.pick(usual) : r.pick(states);
      const date = randomDate(r, 2012, 2026);
      const year = Number(date.slice(0, 4));
      // Two letters answered together never share a running number.
      const first = r.int(1, 60);
      const letters = Array.from({ length: r.chance(0.15) ? 2 : 1 }, (_, k) => {
        const sent = addDays(date, -r.int(20, 400));
        const mandateIds = pickMandates(r, reference, Number(sent.slice(0, 4)), code, false);
        return { sent, mandateIds, ...referenceText(r, reference, r.pick(['UA', 'AL', 'OL'] as const), code, sent, mandateIds, first + k * 7) };
      });
      const style = r.pick(['reference', 'date', 'mandates', 'none'] as const);
      const stance = r.pick(['rejects', 'substantive', 'acknowledges', 'partial'] as const);
      const mandateIds = [...new Set(letters.flatMap((l) => l.mandateIds))];
      const joint = mandateIds.length > 1;
      const number = actor && r.chance(0.3) ? '' : noteNumber(r, code, year);
      const doc = renderReply({
        language, sender: actor ? { code: 'OTH', kind: 'company', name: actor } : { code, kind: 'state', name: reference.countryName(code) },
        noteNumber: number, dateOnNote: date, stance, themeId: r.pick(THEMES).id,
        citation: { style, references: letters.map((l) => l.text), dates: letters.map((l) => l.sent), mandateIds, joint },
      }, r.next);
      const namesKnown = mandateIds.every((id) => mandateName(id, language) !== undefined);
      const dates = letters.map((l) => l.sent);
      out.push({
        id: `reply-${language}-${i}`, language, text: doc.text, sender: { code, name: doc.author ?? '' }, noteNumber: number === '' ? null : number,
        date, place: actor ? null : 'Geneva', toOffice: !actor, style,
        citedKeys: style === 'reference' ? letters.map((l) => l.key) : [],
        citedDates: style === 'date' || style === 'reference' ? dates : [],
        mayCiteDates: style === 'reference',
        citedMandates: style === 'mandates' && namesKnown ? mandateIds : [],
        joint: joint && (style !== 'none' || language === 'ko'),
        stance,
      });
    }
  }
  return out;
}
