/**
 * Words for comparing a reply's text with a letter's subject and summary, cheaply: folded
 * (case, accents), short and common words out, each cut to a five-letter stem so that
 * "detention", "détention" and "detención" meet; Chinese, Japanese and Korean as character pairs.
 */

const TOKEN = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;
const DIGITS = /^\d+$/;
const ARABIC_ARTICLE = /^(?:وال|بال|فال|لل|ال)(?=\p{L}{3})/u;

const STOP = new Set([
  // English
  'the', 'and', 'for', 'with', 'from', 'that', 'this', 'which', 'its', 'their', 'has', 'have', 'was', 'were', 'are', 'been', 'into', 'against',
  'concerning', 'regarding', 'about', 'other', 'such', 'any', 'all', 'not', 'who', 'whose', 'his', 'her', 'our', 'your',
  // French
  'les', 'des', 'une', 'dans', 'pour', 'par', 'sur', 'aux', 'avec', 'que', 'qui', 'est', 'son', 'ses', 'leur', 'leurs', 'cette', 'concernant',
  // Spanish
  'los', 'las', 'una', 'del', 'por', 'para', 'con', 'que', 'sus', 'este', 'esta', 'sobre', 'contra',
  // Russian
  'и', 'в', 'на', 'по', 'для', 'его', 'их', 'что', 'который', 'которые', 'относительно',
]);

/**
 * Words every note verbale and every record carries, which tell no letter from another: the
 * Office, the Mission, the Government, human rights, special procedures, the communication;
 * and the demo's own marks. Kept as stems.
 */
const BOILERPLATE = new Set([
  'synthetic', 'demo', 'record', 'office', 'oficina', 'permanent', 'permanente', 'mission', 'misión', 'government', 'gouvernement', 'gobierno',
  'united', 'unies', 'unidas', 'nations', 'naciones', 'human', 'humains', 'humanos', 'homme', 'rights', 'droits', 'derechos', 'commissioner',
  'commissaire', 'comisionado', 'special', 'spéciales', 'especiales', 'procedures', 'procédures', 'procedimientos', 'communication',
  'comunicación', 'letter', 'lettre', 'carta', 'geneva', 'genève', 'ginebra', 'council', 'conseil', 'consejo', 'mandate', 'mandat', 'mandato',
  'holders', 'information', 'información', 'reply', 'réponse', 'respuesta', 'response', 'regarding', 'allegations', 'alegaciones', 'honour',
  'honneur', 'excellency', 'high', 'haut', 'alto', 'state', 'état', 'estado', 'reference', 'référence', 'referencia', 'compliments',
].map((w) => stem(fold(w))));

/** Han, kana or Hangul: words there are not cut by spaces, so they are compared as character pairs. */
function isCjk(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

function stem(word: string): string {
  return word.replace(ARABIC_ARTICLE, '').slice(0, 5);
}

/** Calls `visit` with each kept word of a folded text and its stem (CJK character pairs are their own stems). */
function eachStem(folded: string, visit: (word: string, stem: string) => void): void {
  for (const [token] of folded.matchAll(TOKEN)) {
    if (isCjk(token)) {
      const chars = [...token];
      for (let i = 0; i + 1 < chars.length; i++) {
        const pair = `${chars[i]}${chars[i + 1]}`;
        visit(pair, pair);
      }
      continue;
    }
    if (token.length < 3 || STOP.has(token) || DIGITS.test(token)) continue;
    const s = stem(token);
    if (!BOILERPLATE.has(s)) visit(token, s);
  }
}

/** Each kept word of a text, folded, with its stem, in order. */
export function wordsWithStems(text: string): [word: string, stem: string][] {
  const out: [string, string][] = [];
  eachStem(fold(text), (word, s) => out.push([word, s]));
  return out;
}

/** The distinct stems of a text. */
export function words(text: string): Set<string> {
  const out = new Set<string>();
  eachStem(fold(text), (_, s) => out.add(s));
  return out;
}

/** How alike two names are: shared words over all words (Jaccard), in [0, 1]. */
export function nameSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** The stems of each clause of a text (cut at punctuation), in order: phrases are compared within a clause. */
export function clauses(text: string): string[][] {
  const out: string[][] = [];
  for (const part of fold(text).split(/[.;:!?,()\n]+/u)) {
    const stems: string[] = [];
    eachStem(part, (_, s) => stems.push(s));
    if (stems.length > 0) out.push(stems);
  }
  return out;
}

/** Pairs of neighbouring stems in a clause, such as "medic care". */
export function pairs(clause: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < clause.length; i++) out.push(`${clause[i]} ${clause[i + 1]}`);
  return out;
}
