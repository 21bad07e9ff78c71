import { createRequire } from 'node:module';
import path from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import type { DemoLanguage } from '../render/index.js';

/**
 * The same Noto files the PDF renderer embeds (npm @embedpdf/fonts-*), registered with
 * @napi-rs/canvas under names of our own so no system font can stand in for them: scans then
 * look the same on every machine, and Skia shapes Arabic and Korean from these faces.
 */
const FACES = {
  latin: { pkg: '@embedpdf/fonts-latin', file: 'NotoSans-Regular.ttf', family: 'MissiveScanLatin' },
  arabic: { pkg: '@embedpdf/fonts-arabic', file: 'NotoNaskhArabic-Regular.ttf', family: 'MissiveScanArabic' },
  sc: { pkg: '@embedpdf/fonts-sc', file: 'NotoSansHans-Regular.otf', family: 'MissiveScanSC' },
  kr: { pkg: '@embedpdf/fonts-kr', file: 'NotoSansKR-Regular.otf', family: 'MissiveScanKR' },
} as const;

type Face = keyof typeof FACES;

const requireFromHere = createRequire(import.meta.url);
let registered = false;

function facePath(face: Face): string {
  const { pkg, file } = FACES[face];
  // The packages export only their JS entry; the font files sit in a folder beside it.
  return path.join(path.dirname(requireFromHere.resolve(pkg)), '..', 'fonts', file);
}

function registerScanFonts(): void {
  if (registered) return;
  for (const face of Object.keys(FACES) as Face[]) {
    if (GlobalFonts.registerFromPath(facePath(face), FACES[face].family) === null) {
      throw new Error(`scan renderer: font ${facePath(face)} could not be registered`);
    }
  }
  registered = true;
}

/** Primary face first; Skia falls back along the list for characters it lacks (Hangul in a Chinese note, Latin in Arabic). */
const ORDER: Record<DemoLanguage, Face[]> = {
  en: ['latin', 'sc', 'kr', 'arabic'],
  fr: ['latin', 'sc', 'kr', 'arabic'],
  es: ['latin', 'sc', 'kr', 'arabic'],
  ru: ['latin', 'sc', 'kr', 'arabic'],
  ar: ['arabic', 'latin', 'sc', 'kr'],
  zh: ['sc', 'latin', 'kr', 'arabic'],
  ko: ['kr', 'latin', 'sc', 'arabic'],
};

/** A CSS font shorthand for a document's language, registering the faces on first use. */
export function scanFont(language: DemoLanguage, px: number): string {
  registerScanFonts();
  return `${px.toFixed(2)}px ${ORDER[language].map((face) => FACES[face].family).join(', ')}`;
}
