/**
 * Keeps up to `size` promises in flight and hands their results back in the order they were
 * pushed: the caller goes on producing work (rendering) while earlier work (disk writes) runs.
 */
export class OrderedWindow<T> {
  private readonly pending: Promise<T>[] = [];
  constructor(private readonly size: number) {}

  /** Adds a promise; resolves with the results that had to be taken out to make room (in order). */
  async push(work: Promise<T>): Promise<T[]> {
    // A rejection is observed when its turn comes; mark it handled meanwhile.
    work.catch(() => undefined);
    this.pending.push(work);
    const out: T[] = [];
    while (this.pending.length > this.size) out.push(await (this.pending.shift() as Promise<T>));
    return out;
  }

  /** Waits for everything still in flight, in order. */
  async drain(): Promise<T[]> {
    const out: T[] = [];
    while (this.pending.length > 0) out.push(await (this.pending.shift() as Promise<T>));
    return out;
  }
}
