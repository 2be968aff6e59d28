import type { Clock } from '../clock.ts';
import type { SignInFailureRepository } from '../store/handoffRecords.ts';

/** After this many failed sign-ins for one address and name within the window, sign-in waits. */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;

/**
 * Slows password guessing: failed sign-ins per client address and username, kept in the store so
 * the limit holds across instances.
 */
export class LoginThrottle {
  constructor(
    private readonly failures: SignInFailureRepository,
    private readonly clock: Clock,
  ) {}

  private since(): string {
    return new Date(this.clock.now().getTime() - WINDOW_MS).toISOString();
  }

  async blocked(key: string): Promise<boolean> {
    return (await this.failures.count(key, this.since())) >= MAX_FAILURES;
  }

  async failed(key: string): Promise<void> {
    await this.failures.record(key, this.clock.now().toISOString());
  }

  /** A successful sign-in forgets the key's failures (and everyone's that are past the window). */
  async succeeded(key: string): Promise<void> {
    await this.failures.clear(key, this.since());
  }
}
