/**
 * Writes data/reference/countries.json from the i18n-iso-countries package: ISO 3166-1
 * alpha-3 codes with names in the six UN languages (and Korean), UN membership status, and
 * the English short names the UN itself uses where they differ from the package's.
 * Run after upgrading the package: `npm run build && node dist/scripts/generate-countries.js`.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'ko'] as const;

/** ISO entries that are not UN Member States: dependent territories and the two observer States. */
const NOT_MEMBERS = new Set(
  ('ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF GUM HKG ' +
    'HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM TCA TKL TWN ' +
    'UMI VGB VIR WLF VAT PSE XKK').split(' '),
);
const OBSERVERS = new Set(['VAT', 'PSE']);
/** Kosovo has a user-assigned code in the package (XKK) and is neither a member nor an observer. */
const OTHER = new Set(['XKK']);

/** English names as the UN lists its Member States, where the package's common name differs. */
const UN_ENGLISH: Record<string, string> = {
  BOL: 'Bolivia (Plurinational State of)', CHN: 'China', GMB: 'Gambia', BRN: 'Brunei Darussalam', CIV: "Côte d'Ivoire", CPV: 'Cabo Verde',
  COD: 'Democratic Republic of the Congo', COG: 'Congo', CZE: 'Czechia', FSM: 'Micronesia (Federated States of)',
  GBR: 'United Kingdom of Great Britain and Northern Ireland', IRN: 'Iran (Islamic Republic of)',
  KOR: 'Republic of Korea', LAO: "Lao People's Democratic Republic", MDA: 'Republic of Moldova',
  MKD: 'North Macedonia', NLD: 'Netherlands (Kingdom of the)', PRK: "Democratic People's Republic of Korea",
  PSE: 'State of Palestine', RUS: 'Russian Federation', SWZ: 'Eswatini', SYR: 'Syrian Arab Republic',
  TLS: 'Timor-Leste', TUR: 'Türkiye', TZA: 'United Republic of Tanzania', USA: 'United States of America',
  VAT: 'Holy See', VEN: 'Venezuela (Bolivarian Republic of)', VNM: 'Viet Nam',
};

for (const lang of LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

const rows = Object.keys(countries.getAlpha3Codes())
  .sort()
  .map((alpha3) => {
    const names: Record<string, string> = {};
    for (const lang of LANGUAGES) {
      const name = countries.getName(alpha3, lang, { select: 'official' });
      if (name) names[lang] = name;
    }
    if (UN_ENGLISH[alpha3]) names.en = UN_ENGLISH[alpha3];
    const status = OBSERVERS.has(alpha3) ? 'observer' : OTHER.has(alpha3) ? 'other' : NOT_MEMBERS.has(alpha3) ? 'territory' : 'member';
    return { code: alpha3, alpha2: countries.alpha3ToAlpha2(alpha3), status, names };
  });

const members = rows.filter((r) => r.status === 'member').length;
if (members !== 193) throw new Error(`expected 193 UN Member States, found ${members}`);
writeFileSync(
  new URL('../../data/reference/countries.json', import.meta.url),
  JSON.stringify({ source: 'i18n-iso-countries (npm) names; UN membership and UN English short names as facts', countries: rows }, null, 1) + '\n',
);
console.log(`wrote ${rows.length} countries (${members} UN Member States)`);
