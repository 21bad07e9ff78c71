import type { Doc } from './document.js';
import { found } from './document.js';
import { phrases } from './phrases.js';
import { SALUTATION } from './actor.js';
import type { Found } from './types.js';

export const OHCHR = 'Office of the United Nations High Commissioner for Human Rights';
export const MANDATE_HOLDERS = 'Special procedures mandate-holders';

/** The Office, named in full or short, in the six languages and Korean (Russian names it in the dative after the compliments). */
const OFFICE = phrases([
  'Office of the United Nations High Commissioner for Human Rights', 'Office of the High Commissioner for Human Rights',
  'United Nations High Commissioner for Human Rights', 'OHCHR', "Haut-Commissariat des Nations Unies aux droits de l'homme",
  "Haut-Commissariat aux droits de l'homme", 'HCDH', 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
  'Oficina del Alto Comisionado para los Derechos Humanos', 'ACNUDH', 'Управлени* Верховного комиссара ООН по правам человека',
  'Управлени* Верховного комиссара Организации Объединенных Наций по правам человека', 'Управлени* Верховного комиссара по правам человека', 'УВКПЧ',
  'مفوضية الأمم المتحدة السامية لحقوق الإنسان', 'المفوضية السامية لحقوق الإنسان', 'المفوضية السامية للأمم المتحدة لحقوق الإنسان',
  '联合国人权事务高级专员办事处', '人权高专办', '유엔인권최고대표사무소', '유엔 인권최고대표사무소', '인권최고대표사무소',
]);

/** The experts themselves, as a salutation or the object of the compliments. */
const EXPERTS = phrases([
  'mandate-holders', 'mandate holders', 'Special Rapporteur*', 'Independent Expert', 'Working Group on', 'titulaires de mandat*', 'Rapporteu*',
  'titulares de mandato*', 'Relator*', 'мандатари*', 'Специальн* докладчик*', 'المكلفون بولايات', 'المكلفين بولايات', 'المقرر الخاص',
  '任务负责人', '特别报告员', '위임수임자', '특별보고관',
]);

const COMPLIMENTS = phrases(['presents its compliments to', 'présente ses compliments', 'saluda atentamente a', 'saluda muy atentamente a', 'свидетельствует свое уважение', 'свидетельствует своё уважение', 'أطيب تحياتها إلى', 'أطيب تحياته إلى']);

/**
 * Whom a reply is addressed to: the Office of the High Commissioner (in any language, given
 * back under its English name) when the compliments name it, else the object of the
 * compliments as written; for a signed letter, the mandate-holders its salutation speaks to;
 * else the Office when the address block names it.
 */
export function readReplyAddressee(doc: Doc): Found<{ code: string | null; name: string }> | null {
  const office = doc.hits(OFFICE)[0];
  const compliments = doc.hits(COMPLIMENTS)[0];
  if (compliments) {
    if (office && office.foldedStart >= compliments.foldedStart && office.foldedStart - compliments.foldedEnd < 40) {
      return found({ code: null, name: OHCHR }, office.evidence);
    }
    const after = doc.loose.text.slice(compliments.foldedEnd, compliments.foldedEnd + 200);
    const end = /\s+(?:and|et|y|и)\s|[,(،，]|\n\s*\n/u.exec(after);
    const evidence = doc.looseEvidence(compliments.foldedEnd, compliments.foldedEnd + (end ? end.index : after.length));
    const name = evidence.text.replace(/^(?:the|la|le|l'|a la|al)\s+/iu, '').replace(/\s+/g, ' ');
    if (name.length > 3) return found({ code: null, name }, evidence);
  }
  // A signed letter speaks to the experts even when it is sent through the Office.
  const salutation = doc.lines.find((l) => SALUTATION.test(l.text) && EXPERTS.test(doc.loose.text.slice(doc.looseOffset(l.start), doc.looseOffset(l.end))));
  if (salutation) return found({ code: null, name: MANDATE_HOLDERS }, doc.evidence(salutation.start, salutation.end));
  return office ? found({ code: null, name: OHCHR }, office.evidence) : null;
}
