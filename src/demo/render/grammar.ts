/**
 * Just enough grammar to put a State's name after "of" in each language. Catalogue names
 * come in the nominative without articles; a mission's letterhead needs "du Maroc",
 * "Российской Федерации" or "للصين". Heuristics, with the usual exceptions listed.
 */

const EN_THE = /\b(Republic|Kingdom|Federation|States|Emirates|Islands|Sultanate|State of|Union|Principality)\b/;
const EN_THE_NAMES = new Set(['Philippines', 'Netherlands', 'Niger', 'Sudan', 'Gambia', 'Bahamas', 'Comoros', 'Congo', 'Holy See']);

/** "the Russian Federation", "Chile". */
export function englishWithArticle(name: string): string {
  return EN_THE.test(name) || EN_THE_NAMES.has(name) ? `the ${name}` : name;
}

const FR_NO_ARTICLE = new Set([
  'Cuba', 'Madagascar', 'Malte', 'Chypre', 'Maurice', 'Singapour', 'Bahreïn', 'Haïti', 'Israël', 'Monaco', 'Oman',
  'Djibouti', 'Sri Lanka', 'Sainte-Lucie', 'Nauru', 'Tuvalu', 'Kiribati', 'Samoa', 'Tonga', 'Brunéi Darussalam', 'Andorre',
  'Saint-Marin', 'Palaos', 'Vanuatu', 'Trinité-et-Tobago', 'Antigua-et-Barbuda', 'Saint-Kitts-et-Nevis', 'Grenade',
]);
const FR_MASCULINE_E = new Set(['Mexique', 'Cambodge', 'Mozambique', 'Zimbabwe', 'Belize', 'Suriname', 'Libéria']);
const FR_FEMININE_HEADS = /^(République|Fédération|Principauté|Confédération|Jamaïque)\b/;
const FR_MASCULINE_HEADS = /^(Royaume|Sultanat|Grand-Duché|Commonwealth)\b/;
const FR_PLURAL = /^(Émirats|États-Unis|Pays-Bas|Philippines|Comores|Îles|Maldives|Seychelles|Bahamas|Fidji)/;

function startsWithVowel(name: string): boolean {
  return /^[AEIOUYÉÈÊÂÎÔÛH]/i.test(name.normalize('NFC'));
}

/** "de la France", "du Maroc", "de l'Algérie", "des Pays-Bas", "d'Israël", "de Cuba". */
export function frenchOf(name: string): string {
  if (FR_PLURAL.test(name)) return `des ${name}`;
  if (FR_NO_ARTICLE.has(name)) return startsWithVowel(name) ? `d'${name}` : `de ${name}`;
  if (startsWithVowel(name)) return `de l'${name}`;
  if (FR_FEMININE_HEADS.test(name)) return `de la ${name}`;
  if (FR_MASCULINE_HEADS.test(name)) return `du ${name}`;
  const head = name.split(/[\s-]/)[0] ?? name;
  if (head.endsWith('e') && !FR_MASCULINE_E.has(head)) return `de la ${name}`;
  return `du ${name}`;
}

/** "de la República de Corea", "del Reino de Marruecos", "de Chile". */
export function spanishOf(name: string): string {
  if (/^(República|Federación)\b/.test(name)) return `de la ${name}`;
  if (/^(Reino|Estado|Principado|Sultanato|Gran Ducado)\b/.test(name)) return `del ${name}`;
  if (/^(Estados Unidos|Emiratos|Países Bajos)\b/.test(name)) return `de los ${name}`;
  return `de ${name}`;
}

const RU_OVERRIDES: Record<string, string> = {
  'Соединенные Штаты Америки': 'Соединенных Штатов Америки',
  'Объединенные Арабские Эмираты': 'Объединенных Арабских Эмиратов',
  'Филиппины': 'Филиппин',
  'Израиль': 'Израиля',
  'Беларусь': 'Беларуси',
};

const RU_ADJECTIVE = /(ая|ое|ые|ие|ий|ый|ой)$/;

function ruAdjectiveGenitive(word: string): string {
  if (word.includes('-')) {
    const parts = word.split('-');
    const last = parts.pop() ?? '';
    return [...parts, ruAdjectiveGenitive(last)].join('-');
  }
  if (word.endsWith('ая')) return `${word.slice(0, -2)}ой`;
  if (word.endsWith('ое')) return `${word.slice(0, -2)}ого`;
  if (word.endsWith('ые')) return `${word.slice(0, -2)}ых`;
  if (word.endsWith('ие')) return `${word.slice(0, -2)}их`;
  return `${word.slice(0, -2)}ого`;
}

function ruNounGenitive(word: string): string {
  if (/[оеиуюэ]$/.test(word)) return word;
  if (word.endsWith('ия')) return `${word.slice(0, -2)}ии`;
  if (word.endsWith('я')) return `${word.slice(0, -1)}и`;
  if (/[гкхжшщч]а$/.test(word)) return `${word.slice(0, -1)}и`;
  if (word.endsWith('а')) return `${word.slice(0, -1)}ы`;
  if (word.endsWith('ы')) return `${word.slice(0, -1)}ов`;
  if (word.endsWith('й')) return `${word.slice(0, -1)}я`;
  if (word.endsWith('ь')) return `${word.slice(0, -1)}я`;
  return `${word}а`;
}

/**
 * Genitive of a State's name: adjectives before the head noun agree with it, and words after
 * the head stay as they are ("Республики Корея", "Исламской Республики Иран").
 */
export function russianGenitive(name: string): string {
  const override = RU_OVERRIDES[name];
  if (override) return override;
  const words = name.split(' ');
  const out: string[] = [];
  let headDone = false;
  for (const word of words) {
    if (headDone) out.push(word);
    else if (RU_ADJECTIVE.test(word) && word.length > 3) out.push(ruAdjectiveGenitive(word));
    else {
      out.push(ruNounGenitive(word));
      headDone = true;
    }
  }
  return out.join(' ');
}

/** The preposition li- fused to the name: "للصين", "لجمهورية مصر العربية". */
export function arabicLi(name: string): string {
  return name.startsWith('ال') ? `لل${name.slice(2)}` : `ل${name}`;
}
