import { describe, expect, test } from 'vitest';
import { confirmationOf, yesThenRequest } from '../../src/dialog/confirmWords.ts';

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

describe('yesThenRequest', () => {
  test.each([
    ['yes, and what customs docs does it need?', ['yes', 'what customs docs does it need?']],
    ['ok and what do I owe on invoices?', ['ok', 'what do I owe on invoices?']],
    ['sí, y de paso mándame la factura de la semana pasada', ['sí', 'de paso mándame la factura de la semana pasada']],
    ['好的，另外它清关需要什么文件？', ['好的', '它清关需要什么文件？']],
    // Only an answer: the yes says what it agrees to, or nothing follows it.
    ['yes please, have an advisor contact me', null],
    ['sí, por favor', null],
    ['yes', null],
    ['no, and where is my parcel to Paris?', null],
    ['yes, ok', null],
  ])('should read %j as %j', (text, expected) => {
    expect(yesThenRequest(text)).toEqual(expected);
  });
});
