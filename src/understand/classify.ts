import type { Doc } from './document.js';
import { phrases, type Phrases } from './phrases.js';
import type { DocumentKind, Evidence } from './types.js';

interface Signal {
  readonly weight: number;
  readonly pattern: Phrases;
}

function signal(weight: number, list: readonly string[]): Signal {
  return { weight, pattern: phrases(list) };
}

/** What marks a letter from mandate-holders (modern and older letters, en/fr/es). */
const COMMUNICATION: readonly Signal[] = [
  signal(4, ['Mandates of the', 'Mandate of the', 'Mandats du', 'Mandats de la', "Mandats de l'", 'Mandat du', 'Mandat de la', "Mandat de l'", 'Mandatos del', 'Mandatos de la', 'Mandato del', 'Mandato de la']),
  signal(2, ['REFERENCE:', 'REFERENCE :', 'RÉFÉRENCE :', 'RÉFÉRENCE:', 'REFERENCIA:', 'REFERENCIA :']),
  signal(1, ['Excellency,', 'Excellence,', 'Excelencia:', 'Excelencia,', 'Your Excellency', 'Votre Excellence', 'Su Excelencia']),
  signal(2, ['within 60 days', 'dans un délai de 60 jours', 'en un plazo de 60 días', 'within sixty days', 'de 60 jours', 'de 60 días', '60-day']),
  signal(3, ['in our capacities as', 'in my capacity as', 'en nos qualités de', 'en ma qualité de', 'en nuestra calidad de', 'en mi calidad de', 'en nuestras calidades de']),
  signal(2, ['pursuant to Human Rights Council resolution', 'pursuant to Human Rights Council resolutions', 'Human Rights Council resolutions', "du Conseil des droits de l'homme", 'del Consejo de Derechos Humanos']),
  signal(2, ['According to the information received', 'Selon les informations reçues', 'Según la información recibida']),
  signal(2, ['Reference to international human rights law', "Référence au droit international des droits de l'homme", 'Referencia al derecho internacional de los derechos humanos']),
  signal(1, ['assurances of our highest consideration', 'assurances of my highest consideration', 'notre très haute considération', 'ma très haute considération', 'nuestra más distinguida consideración', 'mi más distinguida consideración']),
  signal(2, ["we would like to bring to the attention of your Excellency's Government", "your Excellency's Government", 'du Gouvernement de Votre Excellence', 'el Gobierno de Su Excelencia']),
  signal(1, ['without prejudging', 'sans préjuger', 'sin prejuzgar', 'do not wish to prejudge']),
];

/** What marks a reply: a note verbale's formulas in the six languages and Korean, or a signed answer to the experts. */
const REPLY: readonly Signal[] = [
  signal(4, [
    'presents its compliments', 'présente ses compliments', 'saluda atentamente', 'saluda muy atentamente', 'presenta sus saludos', 'presenta sus atentos saludos',
    'свидетельствует свое уважение', 'свидетельствует своё уважение', 'أطيب تحيات*', 'تهدي', 'يهدي', '致意', '경의를 표하며', '경의를 표하고',
  ]),
  signal(2, ['Permanent Mission of', 'Permanent Mission to', 'Mission permanente', 'Misión Permanente', 'Постоянное представительство', 'البعثة الدائمة', 'الوفد الدائم', '常驻', '代表团', '상설대표부', '대표부']),
  signal(2, ['has the honour', "a l'honneur", 'tiene el honor', 'tiene a bien', 'имеет честь', 'تتشرف', 'يتشرف', '谨']),
  signal(3, [
    'avails itself of this opportunity', 'avails itself of the opportunity', 'saisit cette occasion', "saisit l'occasion", 'aprovecha la oportunidad', 'aprovecha esta oportunidad',
    'aprovecha la ocasión', 'aprovecha esta ocasión', 'пользуется случаем', 'пользуется возможностью',
    'تغتنم', 'يغتنم', 'هذه الفرصة لتعرب', 'هذه الفرصة ليعرب', 'hace propicia la ocasión', '借此机会', '顺致崇高的敬意', '崇高的敬意', '이 기회를 빌려', '최고의 경의',
  ]),
  signal(2, [
    'with reference to', 'in reply to', 'in response to', 'se référant', 'en réponse à', 'en relación con', 'hace referencia a', 'ссылаясь на',
    'в ответ на', 'بالإشارة إلى', 'ردا على', '来函', '서한', 'acknowledges receipt', 'accuse réception', 'acusar recibo', 'acusa recibo', 'подтверждает получение',
  ]),
  signal(3, [
    'Dear Special Rapporteur', 'Dear Special Rapporteurs', 'Dear mandate-holders', 'Dear Special Procedures mandate-holders', 'Dear Madam Special Rapporteur',
    'titulaires de mandat,', 'Madame la Rapporteuse spéciale', 'Monsieur le Rapporteur spécial', 'Estimados titulares de mandatos', 'Estimada Relatora Especial',
    'Уважаемые мандатарии', 'السادة المكلفون بولايات', '尊敬的特别程序', '위임수임자 귀하', '특별보고관 귀하',
  ]),
  signal(2, ['on behalf of', 'au nom de', 'en nombre de', 'от имени', 'باسم', '谨代表', '대표하여']),
  signal(1, ['Yours sincerely', 'Yours faithfully', 'Sincerely,', "l'expression de notre haute considération", 'Atentamente,', 'С уважением', 'وتفضلوا بقبول', '此致', '감사합니다']),
  signal(2, [
    'we write', 'nous répondons', 'respondemos a', 'направляем ответ', 'نتشرف بالرد', '作出答复', '회신드립니다', 'wish to respond', 'would like to respond',
    'your letter', 'your communication', 'votre lettre', 'votre communication', 'su carta', 'su comunicación', 'Ваше письмо', 'Вашего письма', 'رسالتكم', '贵方来函', '귀하의 서한',
  ]),
];

export interface Classification {
  readonly kind: DocumentKind;
  readonly score: number;
  readonly evidence: readonly Evidence[];
}

function score(doc: Doc, signals: readonly Signal[]): { total: number; evidence: Evidence[] } {
  let total = 0;
  const evidence: Evidence[] = [];
  for (const s of signals) {
    const hit = doc.hits(s.pattern)[0];
    if (!hit) continue;
    total += s.weight;
    evidence.push(hit.evidence);
  }
  return { total, evidence };
}

/** The least total of signal weights that makes a document a letter or a reply rather than something else. */
const THRESHOLD = 4;

/**
 * A letter from mandate-holders, a reply to one (note verbale or signed letter), or neither,
 * by weighted signals; the score in [0, 1] grows with the margin between the two kinds.
 */
export function classify(doc: Doc): Classification {
  const letter = score(doc, COMMUNICATION);
  const reply = score(doc, REPLY);
  const best = Math.max(letter.total, reply.total);
  if (best < THRESHOLD) {
    return { kind: 'other', score: Number((1 - best / (THRESHOLD * 2)).toFixed(3)), evidence: [...letter.evidence, ...reply.evidence] };
  }
  const isLetter = letter.total > reply.total;
  const [win, lose] = isLetter ? [letter, reply] : [reply, letter];
  const margin = (win.total - lose.total) / (win.total + lose.total + 2);
  return { kind: isLetter ? 'communication' : 'reply', score: Number(Math.max(0.5, Math.min(1, 0.5 + margin)).toFixed(3)), evidence: win.evidence };
}
