/** Accuracy per field and language, printed as a table, with the first failures kept for diagnosis. */
export class Scoreboard {
  private readonly cells = new Map<string, Map<string, { ok: number; total: number }>>();
  readonly failures: string[] = [];

  add(field: string, language: string, ok: boolean, detail?: () => string): void {
    let row = this.cells.get(field);
    if (!row) this.cells.set(field, (row = new Map()));
    const cell = row.get(language) ?? { ok: 0, total: 0 };
    cell.total++;
    if (ok) cell.ok++;
    row.set(language, cell);
    if (!ok && detail && this.failures.length < 400) this.failures.push(`${field}/${language}: ${detail()}`);
  }

  /** Share of correct values for a field, over all languages. */
  accuracy(field: string): number {
    const row = this.cells.get(field);
    if (!row) return NaN;
    let ok = 0;
    let total = 0;
    for (const c of row.values()) {
      ok += c.ok;
      total += c.total;
    }
    return total === 0 ? NaN : ok / total;
  }

  /** Share of correct values over every field and language. */
  overall(): number {
    let ok = 0;
    let total = 0;
    for (const row of this.cells.values()) {
      for (const c of row.values()) {
        ok += c.ok;
        total += c.total;
      }
    }
    return total === 0 ? NaN : ok / total;
  }

  /** Worst accuracy of a field in any one language. */
  worst(field: string): { language: string; accuracy: number } {
    let worst = { language: '', accuracy: 1 };
    for (const [language, c] of this.cells.get(field) ?? []) {
      const a = c.ok / c.total;
      if (a < worst.accuracy) worst = { language, accuracy: a };
    }
    return worst;
  }

  fields(): string[] {
    return [...this.cells.keys()];
  }

  table(title: string): string {
    const languages = [...new Set([...this.cells.values()].flatMap((row) => [...row.keys()]))];
    const header = `| ${title} | ${languages.join(' | ')} | all |`;
    const rule = `|${' --- |'.repeat(languages.length + 2)}`;
    const rows = [...this.cells.entries()].map(([field, row]) => {
      const cells = languages.map((l) => {
        const c = row.get(l);
        return c ? `${((100 * c.ok) / c.total).toFixed(1)} (${c.total})` : '–';
      });
      return `| ${field} | ${cells.join(' | ')} | ${(100 * this.accuracy(field)).toFixed(1)} |`;
    });
    return [header, rule, ...rows].join('\n');
  }
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

export function normalized(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
