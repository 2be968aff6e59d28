import type { Clock } from '../clock.ts';
import type { SignInFailureRepository } from '../store/handoffRecords.ts';

/** Failed sign-ins for one user name within the window lock that name, from every address. */
export const MAX_FAILURES_PER_USER = 5;
/** Failed sign-ins from one client address within the window, whatever the names, lock that address. */
export const MAX_FAILURES_PER_ADDRESS = 50;
export const WINDOW_MS = 15 * 60_000;

const userKey = (username: string) => `user:${username.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

/** Why sign-in is refused before the password is looked at. */
export type LockOut = 'user' | 'address';

/**
 * Slows password guessing: failed sign-ins per user name (spreading guesses over addresses does not
 * multiply the budget) and per client address (nor does spreading them over names). Kept in the store,
 * so a lock-out holds across instances and restarts; it ends when the window has passed since the
 * failures, or when an admin lifts it (`carrier-assist agent unlock <username>`).
 */
export class LoginThrottle {
  constructor(
    private readonly failures: SignInFailureRepository,
    private readonly clock: Clock,
  ) {}

  private since(): string {
    return new Date(this.clock.now().getTime() - WINDOW_MS).toISOString();
  }

  /** The lock-out in force for this name or address, or null. */
  async lockedOut(username: string, address: string): Promise<LockOut | null> {
    const since = this.since();
    if ((await this.failures.count(userKey(username), since)) >= MAX_FAILURES_PER_USER) return 'user';
    if ((await this.failures.count(addressKey(address), since)) >= MAX_FAILURES_PER_ADDRESS) return 'address';
    return null;
  }

  async failed(username: string, address: string): Promise<void> {
    const at = this.clock.now().toISOString();
    await this.failures.record(userKey(username), at);
    await this.failures.record(addressKey(address), at);
  }

  /**
   * A successful sign-in forgets the name's failures (and everyone's past the window). The address's
   * stay: signing in to one's own account must not reset a budget spent guessing others'.
   */
  async succeeded(username: string): Promise<void> {
    await this.unlock(username);
  }

  /** Lifts a name's lock-out (an admin, from the CLI). */
  async unlock(username: string): Promise<void> {
    await this.failures.clear(userKey(username), this.since());
  }

  /** Whether the name is locked out now. */
  async isLocked(username: string): Promise<boolean> {
    return (await this.failures.count(userKey(username), this.since())) >= MAX_FAILURES_PER_USER;
  }
}
