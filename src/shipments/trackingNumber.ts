/**
 * UPS 1Z tracking numbers: "1Z" + shipper (6) + service (2) + package (7) + check digit, 18 characters.
 * Check digit (jkeen/tracking_number_data couriers/ups.json, mod10): over the 15 characters after
 * "1Z", digits count as themselves and letters as (ASCII - 3) mod 10; characters at odd 0-based
 * positions are doubled; check = (10 - sum mod 10) mod 10.
 */

const BODY = /^[0-9A-Z]{15}$/;

function charValue(c: string): number {
  const code = c.charCodeAt(0);
  return code >= 48 && code <= 57 ? code - 48 : (code - 3) % 10;
}

/** The check digit for the 15 characters after "1Z". */
export function upsCheckDigit(body15: string): number {
  if (!BODY.test(body15)) throw new Error(`upsCheckDigit: need 15 characters [0-9A-Z], got "${body15}"`);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const v = charValue(body15[i]!);
    sum += i % 2 === 1 ? v * 2 : v;
  }
  return (10 - (sum % 10)) % 10;
}

/** Upper-cases and strips spaces and dashes: "1z 999-aa1 0123456784" -> "1Z999AA10123456784". */
export function normalizeTrackingNumber(raw: string): string {
  return raw.replace(/[\s\-–—]/g, '').toUpperCase();
}

/** True when `raw` (after normalising) has the 1Z shape, whatever its check digit. */
export function looksLikeUpsTrackingNumber(raw: string): boolean {
  return /^1Z[0-9A-Z]{15}[0-9]$/.test(normalizeTrackingNumber(raw));
}

/** True when `raw` is a 1Z number whose check digit is right. */
export function isValidUpsTrackingNumber(raw: string): boolean {
  const n = normalizeTrackingNumber(raw);
  if (!/^1Z[0-9A-Z]{15}[0-9]$/.test(n)) return false;
  return upsCheckDigit(n.slice(2, 17)) === Number(n[17]);
}

/** Builds a valid number from shipper id, service code and a 7-character package id. */
export function makeUpsTrackingNumber(shipperId: string, serviceCode: string, packageId: string): string {
  const body = `${shipperId}${serviceCode}${packageId}`.toUpperCase();
  return `1Z${body}${upsCheckDigit(body)}`;
}

/** The shipper's account number a UPS tracking number carries: its characters 3 to 8 ("1Z7N2F4D…" → 7N2F4D). */
export function shipperAccountOf(trackingNumber: string): string {
  return normalizeTrackingNumber(trackingNumber).slice(2, 8);
}
