/** The damage claim's rules and promises, as data (read by damagedPackageFlow.ts). */

/** Damage must be reported within this many days of delivery. */
export const REPORT_WITHIN_DAYS = 14;

/** The claims team verifies a claim within this many working days (the article's example: 3 working days). */
export const VERIFY_WITHIN_WORKING_DAYS = 3;

/** Declared value (USD) from which a claim is handled first. */
export const HIGH_VALUE_USD = 1000;

/** How a carrier scan reports damage ("Damage reported. …"), in the network's English. */
export const DAMAGE_SCAN = /\bdamage/i;
