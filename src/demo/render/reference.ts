import countriesJson from '../../../data/reference/countries.json' with { type: 'json' };
import mandatesJson from '../../../data/reference/mandates.json' with { type: 'json' };
import mandateNamesJson from '../../../data/reference/mandate-names.json' with { type: 'json' };
import { FORMAL_STATE_NAMES } from './state-names.js';
import type { DemoLanguage } from './types.js';

export type NameLanguage = DemoLanguage;

interface CountryRecord {
  code: string;
  names: Partial<Record<string, string>>;
}

interface MandateRecord {
  id: string;
  name: string;
  holderTitle: string;
  country: string | null;
}

const countries = new Map<string, CountryRecord>(
  (countriesJson.countries as CountryRecord[]).map((c) => [c.code, c]),
);
const mandates = new Map<string, MandateRecord>(
  (mandatesJson.mandates as MandateRecord[]).map((m) => [m.id, m]),
);
const mandateNames = mandateNamesJson as Record<string, Partial<Record<NameLanguage, string>>>;

/**
 * Turns catalogue forms such as "Iran (Islamic Republic of)" or "КНР (Китайская Народная
 * Республика)" into the running-text form a diplomatic document uses.
 */
function runningForm(name: string): string {
  const m = /^(.*?)\s*[(（](.+)[)）]$/.exec(name);
  if (!m) return name;
  const [, head = '', inner = ''] = m;
  if (/\b(of|of the|de|del|de la)$/i.test(inner)) return `${inner} ${head}`;
  // An abbreviation followed by its expansion: keep the expansion.
  if (head === head.toUpperCase() && head.length <= 6) return inner;
  return head;
}

/** The State's name as its own mission would write it, falling back to the catalogue name. */
export function stateName(code: string, language: NameLanguage): string | undefined {
  const formal = FORMAL_STATE_NAMES[code]?.[language];
  if (formal) return formal;
  const name = countries.get(code)?.names[language] ?? countries.get(code)?.names.en;
  return name === undefined ? undefined : runningForm(name);
}

export function isKnownMandate(id: string): boolean {
  return mandates.has(id);
}

/** Full name of the mandate in `language`, or undefined when none is recorded for it. */
export function mandateName(id: string, language: NameLanguage): string | undefined {
  if (language === 'en') return mandates.get(id)?.name;
  return mandateNames[id]?.[language];
}

/** Letters are only drafted in en/fr/es; unknown translations fall back to English there. */
export function mandateNameOrEnglish(id: string, language: 'en' | 'fr' | 'es'): string {
  return mandateName(id, language) ?? mandates.get(id)?.name ?? id;
}

export function mandateHolderTitle(id: string): string {
  return mandates.get(id)?.holderTitle ?? 'Special Rapporteur';
}

export function mandateCountry(id: string): string | null {
  return mandates.get(id)?.country ?? null;
}
