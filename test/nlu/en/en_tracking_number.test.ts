import { describe, expect, test } from 'vitest';
import { testSingleCase } from '../helpers.ts';

const TZ = 'America/New_York';

describe('EN tracking and account numbers', () => {
  test.each([
    ['track 1Z999AA10123456784', ['1Z999AA10123456784'], []],
    ['1z 999 aa1 0123456784 please', ['1Z999AA10123456784'], []],
    ['is 1Z-999AA1-01234567-84 delivered', ['1Z999AA10123456784'], []],
    ['1ZA1B2C30112345677 and 1Z4X7Y9Z0276543210', ['1ZA1B2C30112345677', '1Z4X7Y9Z0276543210'], []],
    ['1Z999AA10123456785 is my number', [], ['1Z999AA10123456785']],
    ['check 1Z999AA1012345678', [], ['1Z999AA1012345678']],
    ['same number twice 1Z999AA10123456784 1Z999AA10123456784', ['1Z999AA10123456784'], []],
  ])('should read %s', (text, valid, invalid) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.trackingNumbers).toEqual(valid);
      expect(p.invalidTrackingNumbers).toEqual(invalid);
    });
  });

  test.each([
    ['my account number is a1b2c3', 'A1B2C3'],
    ['acct: 4X7Y9Z', '4X7Y9Z'],
    ['12AB34', '12AB34'],
    ['账号是9K8J7H', '9K8J7H'],
    ['mi número de cuenta es 7R6T5Y', '7R6T5Y'],
  ])('should read the account number in %s', (text, account) => {
    testSingleCase(text, TZ, (p) => expect(p.accountNumber).toBe(account));
  });

  test.each([['order 123456 is late'], ['call me at 555123'], ['abcdef'], ['the account is fine, tracking 1Z999AA10123456784']])(
    'should not take %s as an account number',
    (text) => testSingleCase(text, TZ, (p) => expect(p.accountNumber).toBeNull()),
  );
});
