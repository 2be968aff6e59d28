import type { Clock } from '../clock.ts';

/** After this many failed sign-ins for one address and name within the window, sign-in waits. */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;

/** Slows password guessing: failed sign-ins per client and username, in memory. */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  private recent(key: string): number[] {
    const since = this.clock.now().getTime() - WINDOW_MS;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  blocked(key: string): boolean {
    return this.recent(key).length >= MAX_FAILURES;
  }

  failed(key: string): void {
    this.failures.set(key, [...this.recent(key), this.clock.now().getTime()]);
  }

  succeeded(key: string): void {
    this.failures.delete(key);
  }
}
