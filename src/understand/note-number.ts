import { parseReference } from '../domain/index.js';
import type { Doc } from './document.js';
import { found } from './document.js';
import type { Found } from './types.js';

/**
 * Labels of a mission's own number, on a line of their own: `No. 0024`, `N° 15/2024`,
 * `№ 1234` (folded to `No`), `Исх. № …`, `Nota No.`, `Ref.:`, `الرقم:`, `رقم المذكرة:`,
 * `编号：`, `번호:`, `문서번호:`. Matched in the strict view (NFKC), case-insensitively.
 */
const LABELLED = new RegExp(
  String.raw`^[ \t]*(?:(?:Note(?:\s+verbale)?|Nota(?:\s+verbal)?|Исх\.?)\s*)?(?:Ref\.?\s*No\.?|Ref\.?|Réf\.?|Our\s+ref(?:erence)?\.?|No\.?|N\s?°|N\.°|Nº|Nr\.?|Nro\.?|Исх\.?)(?![\p{L}])\s*[:.]?[ \t]*(\S[^\n]*?)[ \t]*$`,
  'gimu',
);
const LABELLED_OTHER = /^[ \t]*(?:الرقم|رقم المذكرة|رقم الإشارة|الإشارة|المرجع|رقم|编号|文号|번호|문서\s?번호)[ \t]*[:：]?[ \t]*(\S[^\n]*?)[ \t]*$/gmu;
/** Chinese file numbers: `（2024）常驻函字第015号`. */
const CHINESE_FILE = /^[ \t]*((?:[(（]?\d{4}[)）]?)?[^\n]{0,12}?第\s*[\dA-Za-z\-]+\s*号)[ \t]*$/gmu;
/** A line that is only a code with digits (`MPN-GIN-2023-0117`), as missions often print their number unlabelled. */
const BARE = /^[ \t]*([A-Z][A-Z0-9]*(?:[\-/.][A-Z0-9]+){2,})[ \t]*$/gmu;

/** Markdown emphasis left by text conversion (`**0024**`) and outer punctuation are not part of the number. */
function clean(value: string): { value: string; offset: number } {
  const lead = /^[*_\s"'«“]*/u.exec(value)?.[0].length ?? 0;
  const trail = /[*_\s"'»”.,;:]*$/u.exec(value.slice(lead))?.[0].length ?? 0;
  return { value: value.slice(lead, value.length - trail), offset: lead };
}

function isCommunicationReference(value: string): boolean {
  try {
    const r = parseReference(value);
    return r.type !== null;
  } catch {
    return false;
  }
}

/** Where the first long paragraph (the opening sentence) starts. */
function opening(text: string): number {
  const m = /^[^\n]{200,}$/mu.exec(text);
  return m ? m.index : text.length;
}

/**
 * The mission's (or company's) own number of the reply, not the communication's reference:
 * the first labelled number line in the first part of the document.
 */
export function readNoteNumber(doc: Doc): Found<string> | null {
  const text = doc.strict.text;
  const limit = Math.max(600, Math.floor(text.length * 0.5));
  const labelled = [...text.matchAll(LABELLED), ...text.matchAll(LABELLED_OTHER), ...text.matchAll(CHINESE_FILE)];
  // An unlabelled code counts only where no labelled number is, and only before the opening sentence.
  const bare = labelled.length === 0 ? [...text.matchAll(BARE)].filter((m) => (m.index ?? 0) < opening(text)) : [];
  const matches = [...labelled, ...bare].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  for (const m of matches) {
    if ((m.index ?? 0) > limit) break;
    const raw = m[1] ?? '';
    const { value, offset } = clean(raw);
    if (!/\d/.test(value) || value.length > 40 || isCommunicationReference(value)) continue;
    const start = (m.index ?? 0) + m[0].lastIndexOf(raw) + offset;
    const evidence = doc.strictEvidence(start, start + value.length);
    return found(value.replace(/\s+/g, ' '), evidence);
  }
  return null;
}
