import { describe, expect, test } from 'vitest';
import { testSingleCase } from './helpers.ts';

/** Words that only look like places, numbers that only look like dates, chat that is not about parcels. */
describe('negative cases', () => {
  test.each([
    ['I want to talk to a real person'],
    ['let me speak to a human'],
    ['can I talk to someone from support'],
    ['I need to change my password'],
    ['I want to deal with this later'],
    ['send it to my office instead'],
    ['take it to reading'],
    ['hold my parcel until I am back from holiday'],
    ['is there a fee to pay for this'],
    ['quiero hablar con una persona real'],
    ['我要找人工客服'],
  ])('should find no place in "%s"', (text) => {
    testSingleCase(text, 'UTC', (p) => {
      expect(p.origin).toBeNull();
      expect(p.destination).toBeNull();
    });
  });

  test.each([['order 12345'], ['I have 2 packages'], ['call 555-1234'], ['my zip is 10001']])('should find no date in "%s"', (text) => {
    testSingleCase(text, 'UTC', (p) => expect(p.dateRange).toBeNull());
  });

  test.each([['what is the weather like in Paris'], ['tell me a joke'], ['今天天气怎么样'], ['cuéntame un chiste']])(
    'should be out of scope with no places: "%s"',
    (text) => {
      testSingleCase(text, 'UTC', (p) => {
        expect(p.intent).toBe('out_of_scope');
        expect(p.destination).toBeNull();
      });
    },
  );
});
