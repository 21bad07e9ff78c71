export type {
  AddresseeKind, CitationStyle, DemoLanguage, LetterLanguage, LetterRenderInput, Party, Random, RenderedDocument,
  ReplyCitation, ReplyRenderInput, Stance,
} from './types.js';
export { formatDateIn, arabicDate, toArabicIndicDigits } from './dates.js';
export { renderLetter, syntheticResolution } from './letter.js';
export { renderReply } from './reply.js';
export { renderPdf } from './pdf/render-pdf.js';
export { mandateName, stateName } from './reference.js';
