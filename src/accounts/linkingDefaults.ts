/** The rules of identity linking, frozen (Fuse.js style): override per instance through LinkingOptions. */
export interface LinkingOptions {
  /** How long a code stays valid after it was sent. */
  readonly codeTtlMs: number;
  /** Attempts a code allows; the last of them, if wrong, locks it. */
  readonly maxAttempts: number;
  /** Codes one channel identity may request per `rateWindowMs`. */
  readonly maxCodesPerWindow: number;
  readonly rateWindowMs: number;
  /**
   * Codes one address may be sent per `rateWindowMs`, whatever identities ask: beyond it a request
   * still answers `sent` but writes no e-mail and its code never verifies, so neither guessing from
   * many identities nor flooding someone's inbox gets anywhere, and nothing shows the address exists.
   */
  readonly maxCodesPerUserPerWindow: number;
  /** scrypt cost (N) for the code hash: a 6-digit code is only as safe at rest as its hash is slow. */
  readonly scryptCost: number;
}

export const LINKING_DEFAULTS: LinkingOptions = Object.freeze({
  codeTtlMs: 10 * 60_000,
  maxAttempts: 5,
  maxCodesPerWindow: 3,
  rateWindowMs: 60 * 60_000,
  maxCodesPerUserPerWindow: 5,
  scryptCost: 2 ** 14,
});
