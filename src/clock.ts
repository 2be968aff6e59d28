/** Time is injected: the core never reads Date.now() itself, so transcripts replay on a frozen clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `at`; `advance` moves it, for tests and replays. */
export class FixedClock implements Clock {
  private ms: number;
  constructor(at: Date | string) {
    this.ms = new Date(at).getTime();
    if (Number.isNaN(this.ms)) throw new Error(`FixedClock: not a date: ${String(at)}`);
  }
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}
