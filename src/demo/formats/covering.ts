import type { DemoLanguage, RenderedDocument } from '../render/index.js';

/** What a covering e-mail may mention of the document it carries. */
export interface CoveringFacts {
  /** A reply's note number, e.g. `55/2011`. */
  readonly noteNumber?: string;
  /** A letter's reference, e.g. `AL PRK 1/2024`. */
  readonly reference?: string;
}

export interface Covering {
  readonly subject: string;
  readonly body: string;
}

interface Phrases {
  noteSubject(number: string | undefined, sender: string): string;
  noteBody(number: string | undefined, sender: string): string;
  letterSubject(reference: string | undefined): string;
  letterBody(reference: string | undefined): string;
}

const no = (prefix: string, number: string | undefined): string => (number ? `${prefix}${number}` : '');

const EN: Phrases = {
  noteSubject: (n, s) => `Note verbale${no(' No. ', n)} - ${s}`,
  noteBody: (n, s) => `Dear colleagues,\n\nPlease find attached note verbale${no(' No. ', n)} from the ${s}, with the response of the Government to the communication of the special procedures.\n\nKindly acknowledge receipt.\n\nBest regards,\n\nThe ${s}`,
  letterSubject: (r) => `Communication from Special Procedures${no(' - ', r)}`,
  letterBody: (r) => `Excellency,\n\nPlease find attached a communication from special procedures mandate holders of the Human Rights Council${no(', reference ', r)}.\n\nA reply is requested within 60 days.\n\nSpecial Procedures Branch\nOHCHR`,
};

const FR: Phrases = {
  noteSubject: (n, s) => `Note verbale${no(' n° ', n)} - ${s}`,
  noteBody: (n, s) => `Chers collègues,\n\nVeuillez trouver ci-joint la note verbale${no(' n° ', n)} de la ${s}, qui transmet la réponse du Gouvernement à la communication des procédures spéciales.\n\nNous vous saurions gré d'en accuser réception.\n\nMeilleures salutations,\n\n${s}`,
  letterSubject: (r) => `Communication des procédures spéciales${no(' - ', r)}`,
  letterBody: (r) => `Excellence,\n\nVeuillez trouver ci-joint une communication des titulaires de mandat au titre des procédures spéciales du Conseil des droits de l'homme${no(', référence ', r)}.\n\nUne réponse est attendue dans un délai de 60 jours.\n\nService des procédures spéciales\nHCDH`,
};

const ES: Phrases = {
  noteSubject: (n, s) => `Nota verbal${no(' No. ', n)} - ${s}`,
  noteBody: (n, s) => `Estimados colegas:\n\nAdjunto encontrarán la nota verbal${no(' No. ', n)} de la ${s}, con la respuesta del Gobierno a la comunicación de los procedimientos especiales.\n\nLes agradeceríamos acusar recibo.\n\nAtentamente,\n\n${s}`,
  letterSubject: (r) => `Comunicación de los procedimientos especiales${no(' - ', r)}`,
  letterBody: (r) => `Excelencia:\n\nAdjunta encontrará una comunicación de los titulares de mandatos de los procedimientos especiales del Consejo de Derechos Humanos${no(', referencia ', r)}.\n\nSe solicita una respuesta en un plazo de 60 días.\n\nSubdivisión de Procedimientos Especiales\nACNUDH`,
};

const RU: Phrases = {
  noteSubject: (n, s) => `Вербальная нота${no(' № ', n)} - ${s}`,
  noteBody: (n, s) => `Уважаемые коллеги!\n\nНаправляем вербальную ноту${no(' № ', n)} (${s}) с ответом Правительства на сообщение специальных процедур.\n\nПросим подтвердить получение.\n\nС уважением,\n${s}`,
  letterSubject: EN.letterSubject,
  letterBody: EN.letterBody,
};

const AR: Phrases = {
  noteSubject: (n, s) => `مذكرة شفوية${no(' رقم ', n)} - ${s}`,
  noteBody: (n, s) => `الزملاء الأعزاء،\n\nتجدون طيه المذكرة الشفوية${no(' رقم ', n)} من ${s}، المتضمنة رد الحكومة على رسالة الإجراءات الخاصة.\n\nيرجى التكرم بالإفادة بالاستلام.\n\nمع خالص التحيات،\n${s}`,
  letterSubject: EN.letterSubject,
  letterBody: EN.letterBody,
};

const ZH: Phrases = {
  noteSubject: (n, s) => `普通照会${no(' 编号：', n)} - ${s}`,
  noteBody: (n, s) => `各位同事：\n\n随函附上${s}的普通照会${no('（编号：', n)}${n ? '）' : ''}，转交政府对特别程序来函的答复。\n\n请确认收到。\n\n此致\n${s}`,
  letterSubject: EN.letterSubject,
  letterBody: EN.letterBody,
};

const KO: Phrases = {
  noteSubject: (n, s) => `구상서${no(' 번호 ', n)} - ${s}`,
  noteBody: (n, s) => `담당자님께,\n\n특별절차 서한에 대한 정부의 답변을 담은 ${s}의 구상서${no('(번호: ', n)}${n ? ')' : ''}를 첨부하여 송부합니다.\n\n수신 확인을 부탁드립니다.\n\n${s} 드림`,
  letterSubject: EN.letterSubject,
  letterBody: EN.letterBody,
};

const PHRASES: Record<DemoLanguage, Phrases> = { en: EN, fr: FR, es: ES, ru: RU, ar: AR, zh: ZH, ko: KO };

/**
 * The short message a mission (for a reply) or the Special Procedures Branch (for a letter)
 * writes around the attached document, in the document's language.
 */
export function coveringMessage(doc: RenderedDocument, facts: CoveringFacts = {}): Covering {
  const p = PHRASES[doc.language];
  if (doc.author !== undefined) {
    return { subject: p.noteSubject(facts.noteNumber, doc.author), body: `${p.noteBody(facts.noteNumber, doc.author)}\n` };
  }
  return { subject: p.letterSubject(facts.reference), body: `${p.letterBody(facts.reference)}\n` };
}
