/**
 * The shape of the demo world: how often each State is written to, in which language it
 * corresponds, and how it tends to answer. Weights are invented for a realistic spread
 * (a few States receive many letters, most a handful); they describe no real State's record.
 */
import type { Random } from './random.js';

export type ReplyLanguage = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh' | 'ko';

const ARABIC = 'DZA BHR EGY IRQ JOR KWT LBN LBY MAR OMN QAT SAU SDN SYR TUN ARE YEM MRT PSE'.split(' ');
const RUSSIAN = 'RUS BLR KAZ KGZ TJK UZB TKM'.split(' ');
const FRENCH = 'FRA BEL SEN CIV CMR COD COG MLI NER BFA GIN TCD TGO BEN MDG HTI BDI GAB CAF DJI COM LUX MCO'.split(' ');
const SPANISH = 'ESP MEX GTM HND SLV NIC CRI PAN CUB DOM COL VEN ECU PER BOL CHL ARG URY PRY GNQ'.split(' ');

/** The language a State's mission usually writes in. */
export function stateLanguage(code: string): ReplyLanguage {
  if (code === 'CHN') return 'zh';
  if (code === 'KOR') return 'ko';
  if (ARABIC.includes(code)) return 'ar';
  if (RUSSIAN.includes(code)) return 'ru';
  if (FRENCH.includes(code)) return 'fr';
  if (SPANISH.includes(code)) return 'es';
  return 'en';
}

/** Letters are drafted in English, French or Spanish, matching the addressee where it can. */
export function letterLanguage(code: string): 'en' | 'fr' | 'es' {
  const language = stateLanguage(code);
  return language === 'fr' || language === 'es' ? language : 'en';
}

/** Relative number of letters: a long tail, with a few States written to very often. */
const FREQUENT: Record<string, number> = {
  CHN: 30, IRN: 28, IND: 22, PAK: 14, RUS: 20, EGY: 18, SAU: 16, MEX: 14, COL: 14, BRA: 12, TUR: 14, PHL: 12, MMR: 14,
  BLR: 12, USA: 12, GBR: 10, ISR: 10, VEN: 12, BGD: 10, NIC: 10, BHR: 10, VNM: 10, KAZ: 6, AZE: 8, GTM: 8, HND: 8,
  KHM: 8, THA: 8, UZB: 6, ARE: 8, SYR: 8, IRQ: 8, LKA: 8, PRK: 5, KOR: 4, DZA: 6, MAR: 5, TUN: 5, ETH: 6, BDI: 5,
  COD: 6, CMR: 5, NGA: 6, KEN: 5, UGA: 5, ZWE: 5, SDN: 6, ERI: 3, YEM: 5, LBY: 4, JOR: 4, KWT: 4, QAT: 3, OMN: 3,
  PER: 5, ECU: 5, BOL: 4, ARG: 3, CHL: 4, CUB: 5, SLV: 4, PAN: 2, ESP: 4, FRA: 5, DEU: 3, ITA: 3, GRC: 4, HUN: 4,
  POL: 4, AUS: 4, CAN: 4, JPN: 3, IDN: 6, MYS: 5, SGP: 3, NPL: 3, AFG: 4, TJK: 4, KGZ: 3, TKM: 3, GEO: 3, ARM: 3,
  UKR: 4, SRB: 2, BIH: 2, SEN: 2, MLI: 3, NER: 2, BFA: 2, TCD: 2, GIN: 3, CIV: 2, TGO: 2, BEN: 2, RWA: 3, TZA: 4,
  MOZ: 2, ZMB: 2, MWI: 1, SWZ: 2, LAO: 3, MDV: 2, HTI: 2, DOM: 2, PRY: 2, URY: 1, CRI: 1, BEL: 1, NLD: 1, CHE: 1,
};

export function addresseeWeights(memberCodes: readonly string[]): (readonly [string, number])[] {
  return memberCodes.map((code) => [code, FREQUENT[code] ?? 0.4] as const);
}

/** Each State's habit: how often it answers, and how it tends to answer. Stable per code and seed. */
export interface ReplyHabit {
  readonly replyRate: number;
  readonly rejectShare: number;
}

export function replyHabit(random: Random): ReplyHabit {
  const replyRate = random.weighted([[0.2, 1], [0.45, 2], [0.65, 4], [0.8, 4], [0.95, 2]] as const);
  const rejectShare = random.weighted([[0.05, 4], [0.2, 3], [0.5, 2], [0.85, 1]] as const);
  return { replyRate, rejectShare };
}

/** Communications per year, shaped on the published yearly totals (about 500–900). */
export const YEAR_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [2011, 600], [2012, 600], [2013, 530], [2014, 550], [2015, 530], [2016, 526], [2017, 534], [2018, 655], [2019, 670],
  [2020, 900], [2021, 830], [2022, 700], [2023, 700], [2024, 680], [2025, 650], [2026, 520],
];

/** The demo's last day of sending, fixed so that a seed gives the same corpus on any day. */
export const DEMO_LAST_DAY = '2026-10-31';
/** Current references replaced the legacy ones (mandate tokens before the country) about here. */
export const CURRENT_FORMAT_FROM = '2017-03-01';

const NON_STATE_ACTORS: ReadonlyArray<readonly [string, 'company' | 'international-organization' | 'armed-group' | 'other']> = [
  ['Examplar Mining Corporation (demo)', 'company'], ['Northwind Palm Oil Ltd (demo)', 'company'], ['Aurum Textiles Group (demo)', 'company'],
  ['Bluepeak Hydropower S.A. (demo)', 'company'], ['Cobalt Ridge Resources plc (demo)', 'company'], ['Seaview Security Services (demo)', 'company'],
  ['Orion Data Platforms Inc. (demo)', 'company'], ['Harbor Logistics AG (demo)', 'company'], ['Regional Development Fund (demo)', 'international-organization'],
  ['Transnational Energy Agency (demo)', 'international-organization'], ['Eastern Highlands Armed Movement (demo)', 'armed-group'],
  ['De facto authorities of the Northern Zone (demo)', 'other'],
];

export function nonStateActor(random: Random): { name: string; kind: 'company' | 'international-organization' | 'armed-group' | 'other' } {
  const [name, kind] = random.pick(NON_STATE_ACTORS);
  return { name, kind };
}
