/**
 * A circuit breaker for one remote service: after `failureThreshold` failures in a row it opens and
 * every call is refused at once for `openMs`; then one trial call goes through (half-open): its
 * success closes the breaker, its failure opens it again. Time comes from the injected clock.
 */
import type { Clock } from '../clock.ts';

export interface CircuitBreakerOptions {
  failureThreshold: number;
  openMs: number;
}

export type BreakerState = 'closed' | 'open' | 'half_open';

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(
    private readonly o: CircuitBreakerOptions,
    private readonly clock: Clock,
  ) {}

  get state(): BreakerState {
    if (this.openedAt === null) return 'closed';
    return this.clock.now().getTime() - this.openedAt >= this.o.openMs ? 'half_open' : 'open';
  }

  /** True when a call may go out now (in half-open, only the one trial). */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  succeeded(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  failed(): void {
    this.failures += 1;
    if (this.trialInFlight || this.failures >= this.o.failureThreshold) this.openedAt = this.clock.now().getTime();
    this.trialInFlight = false;
  }

  /** A call that went out and was answered in a way that says nothing about the service's health (a 404, a 400). */
  released(): void {
    if (this.trialInFlight) this.succeeded();
  }
}
