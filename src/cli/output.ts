/** Data goes to stdout, as JSON for scripts or as words for people. */
export function printResult(json: boolean | undefined, value: unknown, words: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${words()}\n`);
}
