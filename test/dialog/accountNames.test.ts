import { describe, expect, test } from 'vitest';
import { accountNamedIn } from '../../src/dialog/accountNames.ts';

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
