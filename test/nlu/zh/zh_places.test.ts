import { describe, expect, test } from 'vitest';
import { testSingleCase } from '../helpers.ts';

const TZ = 'Asia/Shanghai';
const place = (name: string, country: string) => ({ name, country });

describe('ZH places and roles', () => {
  test.each([
    ['从上海寄往纽约的包裹', place('Shanghai', 'CN'), place('New York', 'US')],
    ['上周三寄到北京的快递', null, place('Beijing', 'CN')],
    ['帮我查一下寄到New York的包裹', null, place('New York', 'US')],
    ['上海到纽约的件', place('Shanghai', 'CN'), place('New York', 'US')],
    ['北京寄来的包裹', place('Beijing', 'CN'), null],
    ['從台北寄來的包裹', place('Taipei', 'TW'), null],
    ['寄到美国纽约的包裹', null, place('New York', 'US')],
    ['发往日本的货', null, place('Japan', 'JP')],
    ['从London寄来的包裹', place('London', 'GB'), null],
    // "X发的" / "X寄的": sent from X (found by an outside tester, H24: read as the destination).
    ['广州发的还在路上的有哪些', place('Guangzhou', 'CN'), null],
    ['上海寄的那个到了吗', place('Shanghai', 'CN'), null],
    ['深圳发的到纽约的件', place('Shenzhen', 'CN'), place('New York', 'US')],
  ])('should read %s', (text, origin, destination) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.origin).toEqual(origin);
      expect(p.destination).toEqual(destination);
    });
  });
});
