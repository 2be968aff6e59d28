import { describe, expect, test } from 'vitest';
import { confirmationOf } from '../../src/dialog/confirmWords.ts';

describe('confirmationOf', () => {
  test.each([
    ['yes', 'yes'],
    ['Yes please!', 'yes'],
    ['ok', 'yes'],
    ['好的', 'yes'],
    ['需要', 'yes'],
    ['sí, por favor', 'yes'],
    // A change asked to be confirmed is confirmed in so many words (issue 15, user management: "确认" repeated the question).
    ['确认', 'yes'],
    ['confirm', 'yes'],
    ['sí, confirmo', 'yes'],
    ['confirmo', 'yes'],
    ['no thanks', 'no'],
    ['No.', 'no'],
    ['不用了', 'no'],
    ['no gracias', 'no'],
    // A yes that says what it agrees to (found by an outside tester: "not understood").
    ['sí, que me llame un asesor', 'yes'],
    ['yes please, have an advisor contact me', 'yes'],
    ['好的，请顾问联系我', 'yes'],
    ['yes, and where is my parcel to Paris?', null],
    ['sí, pero no me llamen', null],
    ['yes but no', null],
    ['where is my parcel to London', null],
    ['yesterday', null],
  ])('should read %j as %s', (text, expected) => {
    expect(confirmationOf(text)).toBe(expected);
  });
});
