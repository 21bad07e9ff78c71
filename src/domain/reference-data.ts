import { MissiveError } from './errors.js';

/** The reference data every rule checks values against: countries and mandates. */
export interface Country {
  readonly code: string;
  readonly alpha2: string;
  readonly status: 'member' | 'observer' | 'territory' | 'other';
  readonly names: Readonly<Partial<Record<'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh' | 'ko', string>>>;
}

export type MandateKind = 'thematic' | 'country';

export interface Mandate {
  readonly id: string;
  readonly name: string;
  readonly kind: MandateKind;
  readonly holderTitle: string;
  /** ISO-3 of the country a country mandate covers, else null. */
  readonly country: string | null;
  readonly established: number;
  readonly ended: number | null;
  readonly formerNames: readonly string[];
}

/** The code of non-State addressees (companies, organizations, armed groups …) in references. */
export const OTHER_ACTOR_CODE = 'OTH';

export class ReferenceData {
  private readonly countryByCode: ReadonlyMap<string, Country>;
  private readonly mandateById: ReadonlyMap<string, Mandate>;

  constructor(readonly countries: readonly Country[], readonly mandates: readonly Mandate[]) {
    this.countryByCode = new Map(countries.map((c) => [c.code, c]));
    this.mandateById = new Map(mandates.map((m) => [m.id, m]));
  }

  /** The country with this ISO-3 code; throws UNKNOWN_COUNTRY naming the value. */
  country(code: string, field = 'code'): Country {
    const country = this.countryByCode.get(code);
    if (!country) {
      throw new MissiveError('UNKNOWN_COUNTRY', `${field}: "${code}" is not an ISO 3166-1 alpha-3 country code`, { value: code, field });
    }
    return country;
  }

  /** Accepts an addressee code: a known ISO-3 code or `OTH`. */
  checkAddresseeCode(code: string, field = 'code'): string {
    if (code === OTHER_ACTOR_CODE) return code;
    return this.country(code, field).code;
  }

  isCountry(code: string): boolean {
    return this.countryByCode.has(code);
  }

  /** The mandate with this id; throws UNKNOWN_MANDATE naming the value. */
  mandate(id: string, field = 'mandate'): Mandate {
    const mandate = this.mandateById.get(id);
    if (!mandate) {
      throw new MissiveError('UNKNOWN_MANDATE', `${field}: "${id}" is not a known mandate id`, { value: id, field });
    }
    return mandate;
  }

  /** Mandates that existed in a given year, for generators and pickers. */
  mandatesActiveIn(year: number): Mandate[] {
    return this.mandates.filter((m) => m.established <= year && (m.ended === null || m.ended >= year));
  }

  countryName(code: string, language: keyof Country['names'] = 'en'): string {
    const names = this.country(code).names;
    return names[language] ?? names.en ?? code;
  }
}
