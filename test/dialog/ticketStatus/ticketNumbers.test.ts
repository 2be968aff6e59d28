import { describe, expect, test } from 'vitest';
import { ticketNumbersIn } from '../../../src/dialog/ticketStatus/ticketNumbers.ts';

describe('ticketNumbersIn', () => {
  test.each([
    ['CA-000123', ['CA-000123']],
    ['what about ca-000123?', ['CA-000123']],
    ['工单ＣＡ－０００１２３怎么样了', ['CA-000123']],
    ['ticket CA 000045 and CA-000046, and CA-000045 again', ['CA-000045', 'CA-000046']],
  ])('should read %s', (text, expected) => {
    expect(ticketNumbersIn(text)).toEqual(expected);
  });

  test.each(['CA-12345', 'CA-0001234', 'ACA-000123', '1Z5W8A3K0800001010', 'my ticket'])('should find none in %s', (text) => {
    expect(ticketNumbersIn(text)).toEqual([]);
  });
});
