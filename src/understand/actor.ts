import { fold } from '../text/fold.js';
import type { Doc, Line } from './document.js';
import { found } from './document.js';
import type { Found } from './types.js';

/** Words that mark a company, organization or group name in the languages replies come in. */
const ORGANIZATION = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:Ltd|Limited|Inc|Incorporated|Corp|Corporation|Company|plc|PLC|AG|GmbH|S\.A\.|SA|SAS|SARL|S\.p\.A\.|N\.V\.|B\.V\.|LLC|LLP|SE|Group|Groupe|Grupo|Holdings?|Resources|Mining|Energy|Bank|Fund|Agency|Authority|Organi[sz]ation|Foundation|Movement|Compañía|Empresa|Corporación|Société|Entreprise)(?![\p{L}])`,
    '公司', '集团', '주식회사', '㈜', '그룹', String.raw`(?<![\p{L}])(?:ООО|АО|ПАО|Компания|Корпорация|Группа)(?![\p{L}])`, 'شركة', 'مجموعة',
  ].join('|'),
  'u',
);

/** Salutations of letters and of answers to the experts. */
export const SALUTATION = /^\s*(?:Dear\b|Excellency|Excellence|Excelencia|Madame|Monsieur|Mesdames|Messieurs|Estimad[oa]s?\b|Señor|Уважаем|السادة|السيد|尊敬的|.*귀하\s*$)/iu;

/** "On behalf of X", in the languages of the replies; X is the actor. Matched in the strict view. */
const END = String.raw`(?=,|،|\.\s*$|\.\s+(?=\p{Lu})|\n)`;
const BEHALF: readonly RegExp[] = [
  new RegExp(String.raw`on behalf of\s+(?:the\s+)?([^,\n]+?)(?=\s+in\s+(?:response|reply)|\s+we\s|\s+to\s|${END.slice(3, -1)})`, 'gimu'),
  new RegExp(String.raw`au nom (?:de la |de l'|du |des |de |d')([^,\n]+?)${END}`, 'gimu'),
  new RegExp(String.raw`en nombre de(?:l| la| los| las)?\s+([^,\n]+?)${END}`, 'gimu'),
  new RegExp(String.raw`от имени\s+([^,\n]+?)(?=\s+(?:направляем|сообщаем|хотели|имеем)|${END.slice(3, -1)})`, 'gimu'),
  new RegExp(String.raw`باسم\s+([^،,\n]+?)${END}`, 'gmu'),
  /代表([^，,。\n]+?)(?=，|,|。|就|\n)/gu,
  /^\s*(\S[^\n]*?)\s*(?:측을|을|를)\s*대표하여/gmu,
];

interface Candidate {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly priority: number;
}

function isNameLine(doc: Doc, line: Line): boolean {
  const t = line.text.trim();
  if (t === '' || t.length > 90 || !/\p{L}/u.test(t)) return false;
  if (/^[[【(].*[\]】)]$/u.test(t)) return false;
  if (SALUTATION.test(t) || /^(?:Ref|Réf|No\b|N°|№|Our ref|Your ref|Subject|Objet|Asunto)/iu.test(t)) return false;
  return !doc.dates.some((d) => d.start >= line.start && d.end <= line.end);
}

function occurrences(doc: Doc, name: string): number {
  const needle = fold(name).replace(/\s+/g, ' ').trim();
  if (needle.length < 3) return 0;
  return doc.loose.text.replace(/\s+/g, ' ').split(needle).length - 1;
}

function best(doc: Doc, candidates: readonly Candidate[]): Found<string> | null {
  const scored = candidates.map((c) => ({
    c, score: occurrences(doc, c.name) * 2 + (ORGANIZATION.test(c.name) ? 3 : 0) + c.priority,
  }));
  scored.sort((a, b) => b.score - a.score || a.c.start - b.c.start);
  const top = scored[0];
  return top ? found(top.c.name, doc.evidence(top.c.start, top.c.end)) : null;
}

/**
 * The company or organization that signs a letter to the experts: the name that its
 * letterhead, its "on behalf of" sentence and its signature block agree on.
 */
export function readActorName(doc: Doc): Found<string> | null {
  const candidates: Candidate[] = [];
  for (const re of BEHALF) {
    for (const m of doc.strict.text.matchAll(re)) {
      const raw = m[1] ?? '';
      const start = (m.index ?? 0) + m[0].indexOf(raw);
      const ev = doc.strictEvidence(start, start + raw.length);
      if (ev.text.length >= 2 && ev.text.length <= 90) candidates.push({ name: ev.text, start: ev.start, end: ev.end, priority: 1 });
    }
  }
  const nonEmpty = doc.lines.filter((l) => l.text.trim() !== '');
  const headLines = nonEmpty.slice(0, 4).filter((l) => isNameLine(doc, l));
  headLines.forEach((l, i) => {
    const ev = doc.evidence(l.start, l.end);
    candidates.push({ name: ev.text, start: ev.start, end: ev.end, priority: 2 - i * 0.5 });
  });
  for (const l of nonEmpty.slice(-2).filter((x) => isNameLine(doc, x))) {
    const ev = doc.evidence(l.start, l.end);
    candidates.push({ name: ev.text, start: ev.start, end: ev.end, priority: 0.5 });
  }
  return best(doc, candidates);
}

/**
 * The addressee of a letter to a company or organization: among the lines between the
 * letter's date line and its salutation, the one that names an organization.
 */
export function readAddresseeBlock(doc: Doc, from: number): Found<string> | null {
  const salutation = doc.lines.find((l) => l.start > from && SALUTATION.test(l.text));
  const lines = doc.lines.filter((l) => l.start > from && (!salutation || l.start < salutation.start) && isNameLine(doc, l));
  const candidates = lines.map((l, i) => {
    const ev = doc.evidence(l.start, l.end);
    return { name: ev.text, start: ev.start, end: ev.end, priority: i === 0 ? 1 : 0 };
  });
  return best(doc, candidates);
}
