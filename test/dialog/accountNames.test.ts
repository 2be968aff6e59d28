import { describe, expect, test } from 'vitest';
import { accountNamedIn, withoutAccountNames } from '../../src/dialog/accountNames.ts';

const CAROL = [
  { number: '7N2F4D', name: 'Hudson Street Ceramics LLC' },
  { number: '8T4C2M', name: 'Maple Lane Outfitters Inc.' },
];
const WITH_CHINESE = [
  { number: '5W8A3K', name: 'Shanghai Mingyuan Trading Co., Ltd. (上海明远贸易有限公司)' },
  { number: '4E0V1P', name: 'Pearl River Electronics Group (珠江电子集团)' },
];

describe('accountNamedIn', () => {
  test.each([
    ['Hudson Street Ceramics', CAROL, true, '7N2F4D'],
    ['hudson', CAROL, true, '7N2F4D'],
    ['the Maple Lane one', CAROL, true, '8T4C2M'],
    ['parcels to Toronto on the Maple Lane account', CAROL, false, '8T4C2M'],
    ['明远的账户', WITH_CHINESE, false, '5W8A3K'],
    ['珠江电子', WITH_CHINESE, true, '4E0V1P'],
  ])('should find the account "%s" names', (text, accounts, answering, number) => {
    expect(accountNamedIn(text, accounts, answering)).toBe(number);
  });

  test.each([
    ['parcels from Shanghai to London', WITH_CHINESE, false],
    ['where are my parcels to Toronto?', CAROL, false],
    ['Hudson or Maple Lane?', CAROL, true],
    ['the second one', CAROL, true],
  ])('should find no single account in "%s"', (text, accounts, answering) => {
    expect(accountNamedIn(text, accounts, answering)).toBeNull();
  });
});

describe('withoutAccountNames', () => {
  test.each([
    ['la de Hudson Street Ceramics', 'la de'],
    ['Para la cuenta de Maple Lane Outfitters, busca los envíos a París', 'Para la cuenta de , busca los envíos a París'],
    ['我在Maple Lane账户下寄往多伦多的包裹', '我在 账户下寄往多伦多的包裹'],
    ['parcels from Hudson to Toronto', 'parcels from Hudson to Toronto'],
  ])('should take the account names out of "%s"', (text, rest) => {
    expect(withoutAccountNames(text, CAROL)).toBe(rest);
  });
});
