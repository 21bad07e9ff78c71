import { countScripts, type Script } from './language.js';
import { availablePacks, recognizeWith, russianAvailable, type OcrImage, type OcrLine, type Pack, type Pass } from './ocr-pool.js';

/**
 * Which language packs read a page. Running all languages at once is slow and garbles every
 * script (STACK.md: 13–18 s a page), so each page is read with one to three packs: first the
 * Latin ones (or the caller's hint, or what the previous page of the document needed); if some
 * lines come out unreadable, a probe with the non-Latin packs over those lines tells which script
 * they are in, and the page is read again with that pack and English. The better reading (by
 * tesseract's confidence) is kept.
 */
const PACK_OF_LANGUAGE: Record<string, Pack> = { en: 'eng', fr: 'fra', es: 'spa', ar: 'ara', zh: 'chi_sim', ko: 'kor', ru: 'rus' };
const DEFAULT_PACKS: readonly Pack[] = ['eng', 'fra', 'spa'];
const PACK_OF_SCRIPT: Partial<Record<Script, Pack>> = { hangul: 'kor', han: 'chi_sim', arabic: 'ara', cyrillic: 'rus' };
const NON_LATIN_PACKS: readonly Pack[] = ['rus', 'chi_sim', 'ara', 'kor'];
const MAX_PACKS = 3;
/** Lines below this confidence (0–100) are taken as unread: another script, or noise. */
const LOW_LINE_CONFIDENCE = 50;
/** Probe lines at or above this confidence are believed. */
const TRUSTED_LINE_CONFIDENCE = 60;
/** Below this page confidence the whole page is probed. */
const LOW_PAGE_CONFIDENCE = 60;
export const RUSSIAN_MISSING = 'Russian OCR data is not installed (apt install tesseract-ocr-rus).';

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

function unreadLines(pass: Pass): OcrLine[] {
  return pass.lines.filter((line) => line.confidence < LOW_LINE_CONFIDENCE && letters(line.text) >= 3);
}

/** Unread lines probed at most, those with the most letters first. */
const MAX_PROBED_LINES = 8;

/**
 * The unread lines' boxes (with a margin, inside the image) for a probe; undefined, meaning the
 * whole page, when the page as a whole is unreadable.
 */
function probeRegions(pass: Pass, unread: readonly OcrLine[], image: OcrImage): OcrLine['bbox'][] | undefined {
  if (pass.confidence < LOW_PAGE_CONFIDENCE || unread.length === 0) return undefined;
  const margin = 8;
  return [...unread]
    .sort((a, b) => letters(b.text) - letters(a.text))
    .slice(0, MAX_PROBED_LINES)
    .map(({ bbox }) => ({
      x0: Math.max(0, bbox.x0 - margin),
      y0: Math.max(0, bbox.y0 - margin),
      x1: Math.min(image.width, bbox.x1 + margin),
      y1: Math.min(image.height, bbox.y1 + margin),
    }));
}

/** Non-Latin packs whose script the probe read with confidence, most letters first. */
function scriptsFound(probe: Pass): { packs: Pack[]; letters: number } {
  const trusted = probe.lines.filter((line) => line.confidence >= TRUSTED_LINE_CONFIDENCE).map((line) => line.text).join('\n');
  const counts = countScripts(trusted);
  const found = Object.entries(PACK_OF_SCRIPT)
    .map(([script, pack]) => [pack, counts[script as Script] ?? 0] as const)
    .filter(([, n]) => n >= 3)
    .sort((a, b) => b[1] - a[1]);
  return { packs: found.map(([pack]) => pack).slice(0, MAX_PACKS - 1), letters: found.reduce((sum, [, n]) => sum + n, 0) };
}

/** One document's OCR state: the packs that worked on its last page, and whether a probe was spent. */
export interface OcrSession {
  packs: readonly Pack[];
  probed: boolean;
  readonly warnings: Set<string>;
}

/** Packs to start with from the caller's languages (ISO 639-1); Latin packs when none is usable. */
export function createOcrSession(languages: readonly string[]): OcrSession {
  const warnings = new Set<string>();
  const available = new Set(availablePacks());
  const packs: Pack[] = [];
  for (const language of languages) {
    const pack = PACK_OF_LANGUAGE[language];
    if (pack === 'rus' && !available.has('rus')) warnings.add(RUSSIAN_MISSING);
    if (pack && available.has(pack) && !packs.includes(pack)) packs.push(pack);
  }
  return { packs: packs.length > 0 ? packs.slice(0, MAX_PACKS) : DEFAULT_PACKS, probed: false, warnings };
}

export interface OcrResult {
  readonly text: string;
  /** Tesseract's mean word confidence, 0–100. */
  readonly confidence: number;
  readonly packs: readonly Pack[];
  readonly passes: number;
  readonly ms: number;
}

/**
 * One page image to text. The probe for other scripts runs once per document for pages with a
 * few unread lines (they are often stamps or handwriting, which would otherwise cost a probe on
 * every page), and on every page that is unreadable as a whole (a document that changes script).
 */
export async function recognizePage(image: OcrImage, session: OcrSession): Promise<OcrResult> {
  const started = Date.now();
  const first = await recognizeWith(image, session.packs);
  let best = first;
  let passes = 1;
  const unread = unreadLines(first);
  const probeable = availablePacks().filter((pack) => NON_LATIN_PACKS.includes(pack) && !first.packs.includes(pack));
  const unreadablePage = first.confidence < LOW_PAGE_CONFIDENCE;
  if (probeable.length > 0 && (unreadablePage || (!session.probed && unread.length > 0))) {
    session.probed = true;
    const probe = await recognizeWith(image, probeable, probeRegions(first, unread, image));
    passes += 1;
    const found = scriptsFound(probe);
    if (found.packs.length > 0) {
      const latinLetters = letters(first.lines.filter((line) => line.confidence >= TRUSTED_LINE_CONFIDENCE).map((line) => line.text).join(' '));
      const packs: Pack[] = latinLetters >= found.letters ? ['eng', ...found.packs] : [...found.packs, 'eng'];
      const again = await recognizeWith(image, packs);
      passes += 1;
      if (again.confidence >= first.confidence) best = again;
    } else if (unreadablePage && !russianAvailable()) {
      // A page none of the packs could read may well be Russian.
      session.warnings.add(RUSSIAN_MISSING);
    }
  }
  session.packs = best.packs;
  return { text: best.text, confidence: best.confidence, packs: best.packs, passes, ms: Date.now() - started };
}
