import { describe, expect, test } from 'vitest';
import {
  isValidUpsTrackingNumber,
  looksLikeUpsTrackingNumber,
  makeUpsTrackingNumber,
  normalizeTrackingNumber,
} from '../../src/shipments/trackingNumber.ts';
import examples from '../fixtures/ups/ups_1z_examples_checked.json' with { type: 'json' };

describe('UPS 1Z check digit', () => {
  test.each(examples.rows.map((r) => [r.tracking_number, r.mod10_check_digit_valid] as const))(
    'should judge %s as valid=%s (public examples)',
    (number, valid) => {
      expect(isValidUpsTrackingNumber(number)).toBe(valid);
    },
  );

  test.each([
    ['1z 999-aa1 0123456784', '1Z999AA10123456784'],
    ['1Z-CIETST-0111111114', '1ZCIETST0111111114'],
  ])('should normalise %s', (raw, expected) => {
    expect(normalizeTrackingNumber(raw)).toBe(expected);
    expect(isValidUpsTrackingNumber(raw)).toBe(true);
  });

  test('should tell a wrong check digit from a wrong shape', () => {
    expect(looksLikeUpsTrackingNumber('1Z999AA10123456785')).toBe(true);
    expect(isValidUpsTrackingNumber('1Z999AA10123456785')).toBe(false);
    expect(looksLikeUpsTrackingNumber('1Z999AA1012345678')).toBe(false);
  });

  test('should make numbers that validate', () => {
    const n = makeUpsTrackingNumber('A1B2C3', '66', '0000042');
    expect(n).toHaveLength(18);
    expect(isValidUpsTrackingNumber(n)).toBe(true);
  });
});
