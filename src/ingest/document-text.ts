import type { ReadDocument } from '../intake/types.js';

/**
 * The text understanding reads: every page of the document, then the text of what it carries
 * (an e-mail's attached note is usually the reply itself; its body only covers it).
 */
export function documentText(document: ReadDocument): string {
  const own = document.pages.map((p) => p.text).join('\n\n');
  const parts = document.parts.flatMap((part) => (part.result.ok ? [documentText(part.result.document)] : []));
  return [own, ...parts].filter((t) => t.trim() !== '').join('\n\n');
}

/** Languages of a document and what it carries, main first. */
export function documentLanguages(document: ReadDocument): string[] {
  const all = [...document.languages, ...document.parts.flatMap((p) => (p.result.ok ? documentLanguages(p.result.document) : []))];
  return [...new Set(all)];
}
