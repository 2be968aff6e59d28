/** How long to wait before the next try of a call that failed for a passing reason (5xx, 429, a time-out). */

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts: number;
  /** The first retry waits up to this long, each later one up to twice the one before ("full jitter"). */
  baseDelayMs: number;
  /** No wait is longer: a Retry-After beyond it ends the retries (the caller answers from its copy). */
  maxDelayMs: number;
}

/** Full jitter: a random wait between 0 and base·2^(retry−1), capped; `random` is Math.random unless a test seeds one. */
export function backoffDelay(retry: number, o: RetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (retry - 1));
  return Math.round(random() * ceiling);
}

/**
 * The Retry-After header in milliseconds (delta-seconds or an HTTP date, RFC 9110 §10.2.3); null when
 * absent or unreadable.
 */
export function retryAfterMs(header: string | string[] | undefined, now: Date): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
