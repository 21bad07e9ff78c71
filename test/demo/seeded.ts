/** A small seeded generator (mulberry32) so the renderer tests need nothing from src/demo. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How an extractor would compare references: NFKC, then slashes and dashes as spaces. */
export function normalizedReference(text: string): string {
  return text.normalize('NFKC').replace(/[/\-]/g, ' ').replace(/\s+/g, ' ');
}
