/**
 * Failed logins counted per account and per client address over a sliding window: past the
 * limit, further attempts are refused (even with the right password) until the oldest failure
 * leaves the window. Kept in the server's memory: one server process per database, as Missive
 * runs; a restart forgets the counts.
 */
export interface ThrottleOptions {
  /** Failures allowed per account within the window. */
  readonly perAccount: number;
  /** Failures allowed per client address within the window (it may try many accounts). */
  readonly perAddress: number;
  readonly windowMs: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = { perAccount: 5, perAddress: 20, windowMs: 15 * 60 * 1000 };
const MAX_TRACKED = 100_000;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => Date, private readonly options: ThrottleOptions = DEFAULT_THROTTLE) {}

  private recent(key: string): number[] {
    const since = this.now().getTime() - this.options.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** Seconds to wait before this account may be tried from this address, or 0. */
  retryAfter(username: string, address: string): number {
    const waits = [[`u:${username}`, this.options.perAccount], [`a:${address}`, this.options.perAddress]] as const;
    let wait = 0;
    for (const [key, limit] of waits) {
      const list = this.recent(key);
      const oldest = list[list.length - limit];
      if (list.length >= limit && oldest !== undefined) wait = Math.max(wait, Math.ceil((oldest + this.options.windowMs - this.now().getTime()) / 1000));
    }
    return wait;
  }

  fail(username: string, address: string): void {
    if (this.failures.size > MAX_TRACKED) this.failures.clear();
    const at = this.now().getTime();
    for (const key of [`u:${username}`, `a:${address}`]) this.failures.set(key, [...this.recent(key), at]);
  }

  /** A successful login clears its account's failures (not the address's). */
  succeed(username: string): void {
    this.failures.delete(`u:${username}`);
  }
}
