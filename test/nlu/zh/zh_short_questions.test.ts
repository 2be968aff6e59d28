import { describe, expect, test } from 'vitest';
import { testSingleCase } from '../helpers.ts';

// K10/K13/K16 (outside tester, round 5): short WeChat-style questions after a parcel, and role grants in other words,
// were read as the carbon report, a ticket question, the account-number explainer or the payment centre.
describe('short questions and role grants: the intent they ask', () => {
  test.each([
    ['缺什么', 'customs_help'],
    ['多久能放行', 'customs_help'],
    ['芝加哥被扣的那个缺什么文件', 'customs_help'],
    ['准时吗', 'track_shipment'],
    ['柏林那个怎么回事', 'track_shipment'],
    ['这个寄件人是谁', 'track_shipment'],
    ['dale permiso de pago a mateo', 'account_access'],
    ['give victor payment permission', 'account_access'],
    ['dale el rol Pay a Mateo', 'account_access'],
  ])('should read %s as %s', (text, intent) => {
    testSingleCase(text, 'Asia/Shanghai', (p) => expect(p.intent).toBe(intent));
  });

  test('被扣 is held in customs, not any exception', () => {
    testSingleCase('芝加哥被扣的那个', 'Asia/Shanghai', (p) => expect(p.statusHints).toEqual(['held_in_customs']));
  });
});
