import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

/**
 * Fonts come from npm packages (Noto, OFL) so a fresh `npm install` can draw every script:
 * Noto Sans for Latin/Greek/Cyrillic, Noto Naskh Arabic, and the CJK region subsets of Noto
 * Sans for Simplified Chinese and Korean. These ship plain TTF/OTF files that fontkit can
 * subset; the smaller @fontsource WOFF2 variable fonts cannot be subset by fontkit 2.0.4.
 */
export type FontKey = 'latin' | 'arabic' | 'sc' | 'kr';

const FILES: Record<FontKey, { pkg: string; file: string }> = {
  latin: { pkg: '@embedpdf/fonts-latin', file: 'NotoSans-Regular.ttf' },
  arabic: { pkg: '@embedpdf/fonts-arabic', file: 'NotoNaskhArabic-Regular.ttf' },
  sc: { pkg: '@embedpdf/fonts-sc', file: 'NotoSansHans-Regular.otf' },
  kr: { pkg: '@embedpdf/fonts-kr', file: 'NotoSansKR-Regular.otf' },
};

const requireFromHere = createRequire(import.meta.url);
const loaded = new Map<FontKey, fontkit.Font>();

function fontPath(key: FontKey): string {
  const { pkg, file } = FILES[key];
  // The packages export only their JS entry; the font files sit beside its folder.
  return path.join(path.dirname(requireFromHere.resolve(pkg)), '..', 'fonts', file);
}

/** Parsed once per process: fontkit reads tables lazily, and glyph caches are reused by every PDF. */
export function loadFont(key: FontKey): fontkit.Font {
  const cached = loaded.get(key);
  if (cached) return cached;
  const parsed = fontkit.create(readFileSync(fontPath(key)));
  if (!('layout' in parsed)) throw new Error(`font file for ${key} is a collection, expected a single font`);
  loaded.set(key, parsed);
  return parsed;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
const CJK = /[\u2E80-\u2FFF\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;

export function isArabicLetter(ch: string): boolean {
  return ARABIC.test(ch) && !/[\u0660-\u0669\u06F0-\u06F9]/.test(ch);
}

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/** The font a document uses for every character it covers: CJK documents keep one face. */
export type PrimaryFont = 'latin' | 'sc' | 'kr';

export function primaryFontFor(language: string): PrimaryFont {
  return language === 'zh' ? 'sc' : language === 'ko' ? 'kr' : 'latin';
}

/**
 * The font for one character: Arabic letters always take the Arabic face, Hangul the Korean
 * one, other Han characters the document's CJK face, and the rest the primary face when it
 * has the glyph.
 */
export function fontKeyFor(ch: string, primary: PrimaryFont): FontKey {
  const cp = ch.codePointAt(0) ?? 0;
  const cjkOrder: FontKey[] = primary === 'kr' ? ['kr', 'sc'] : ['sc', 'kr'];
  const order: FontKey[] = ARABIC.test(ch)
    ? ['arabic', 'latin']
    : HANGUL.test(ch)
      ? ['kr', 'sc']
      : CJK.test(ch)
        ? cjkOrder
        : [primary, 'latin', ...cjkOrder, 'arabic'];
  for (const key of order) {
    if (loadFont(key).hasGlyphForCodePoint(cp)) return key;
  }
  return order[0] ?? 'latin';
}

/** Distance from the top of the line box to the baseline, in em, as pdfkit places text. */
export function ascentEm(key: FontKey): number {
  const font = loadFont(key);
  return font.ascent / font.unitsPerEm;
}
