import { fold } from '../text/fold.js';
import type { Doc } from './document.js';
import { found } from './document.js';
import type { Found } from './types.js';

/** "… concerning", "… concernant", "… sobre", "… относительно", "… بشأن", within a short stretch after the noun. */
const ABOUT = `[^.。\\n]{0,80}?\\s(?:concerning|regarding|relating to|about|concernant|relatives? a|au sujet de|sobre|relativas? a|acerca de|относительно|касающ\\p{L}*|${fold('بشأن')}|${fold('المتعلقة ب')})\\s+`;

/**
 * Cues of a subject, tried in order: "information we have received concerning X", "des
 * informations … concernant X", "la información … sobre X" (letters), "the allegations …
 * concerning X" (replies); then "our comments concerning X" (letters on legislation).
 */
const CUES: readonly RegExp[] = [
  new RegExp(`(?:information\\p{L}*|informacion|allegation\\p{L}*|alegaciones|утверждени\\p{L}*|обвинени\\p{L}*|${fold('الادعاءات')}|${fold('المعلومات')})${ABOUT}`, 'u'),
  new RegExp(`(?:comments|observations|commentaires|comentarios|observaciones)${ABOUT}`, 'u'),
];
const CHINESE = /就(.{2,40}?)问题/u;
const KOREAN = /(?<=^|[\n.,]\s*)([^\n.,]{2,40})에 관한/u;

/** Titles and abbreviations after which a full stop does not end the sentence: "Mr. Karimi", "M. Lahlou", "Sra. Mamani". */
const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|st|no|nos|art|para|m|mm|mme|mlle|sr|sra|srta|dra|lic|ing|г|гн|гжа|[a-z])$/u;

/** Where the sentence starting the text ends: a full stop, semicolon or line break, abbreviations aside. */
function sentenceEnd(text: string): number {
  for (const m of text.matchAll(/[.;。](?=\s|$)|\n|:\s*$/gu)) {
    const at = m.index ?? 0;
    if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, at - 6), at))) continue;
    return at;
  }
  return text.length;
}

/** What a letter (or a reply's citation) is about, as a short phrase, between loose offsets `from` and `to`. */
export function readSubject(doc: Doc, from = 0, to = doc.loose.text.length): Found<string> | null {
  const text = doc.loose.text.slice(from, to);
  for (const cue of CUES) {
    const m = cue.exec(text);
    if (!m) continue;
    const start = from + m.index + m[0].length;
    const rest = doc.loose.text.slice(start, Math.min(to, start + 300));
    const evidence = doc.looseEvidence(start, start + sentenceEnd(rest));
    if (evidence.text.length >= 3) return found(evidence.text.replace(/\s+/g, ' '), evidence);
  }
  for (const re of [CHINESE, KOREAN]) {
    const m = re.exec(text);
    if (m && m[1]) {
      const start = from + m.index + m[0].indexOf(m[1]);
      const evidence = doc.looseEvidence(start, start + m[1].length);
      return found(evidence.text, evidence);
    }
  }
  return null;
}
