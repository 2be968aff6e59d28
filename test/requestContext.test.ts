import { describe, expect, test } from 'vitest';
import { AcceptingRequests, currentLogContext, requestIdFrom, runWithLogContext } from '../src/requestContext.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const message = (id: number) => ({ id, channelId: 'wechat', messageId: `msg-${id}` });

describe('requestIdFrom', () => {
  test.each([
    ['a plain id', 'req-42', 'req-42'],
    ['an id with the allowed punctuation', 'a.b:c@d/e+f=g_h-1', 'a.b:c@d/e+f=g_h-1'],
    ['128 characters', 'x'.repeat(128), 'x'.repeat(128)],
  ])('should keep %s', (_case, header, kept) => {
    expect(requestIdFrom(header)).toBe(kept);
  });

  test.each([
    ['no header', undefined],
    ['an empty one', ''],
    ['129 characters', 'x'.repeat(129)],
    ['spaces', 'two words'],
    ['a line break (log injection)', 'ok\nlevel=50'],
    ['quotes', '"id"'],
    ['a repeated header (an array)', ['a', 'b']],
  ])('should make a new id for %s', (_case, header) => {
    expect(requestIdFrom(header)).toMatch(UUID);
  });
});

describe('AcceptingRequests', () => {
  test("should hand the accepting request's id to the message's turn once, and a new id after", () => {
    const requests = new AcceptingRequests();
    runWithLogContext({ requestId: 'req-1' }, () => requests.accepted([7, 8]));
    expect(requests.turnContext(message(7))).toEqual({ requestId: 'req-1', channel: 'wechat', messageId: 'msg-7' });
    expect(requests.turnContext(message(8)).requestId).toBe('req-1');
    expect(requests.turnContext(message(7)).requestId).toMatch(UUID);
  });

  test('should give a new id to a message accepted outside any request (or on another instance)', () => {
    const requests = new AcceptingRequests();
    expect(currentLogContext()).toBeUndefined();
    requests.accepted([1]);
    expect(requests.turnContext(message(1)).requestId).toMatch(UUID);
  });

  test('should forget the oldest past 10,000 messages whose turn never ran here', () => {
    const requests = new AcceptingRequests();
    runWithLogContext({ requestId: 'old' }, () => requests.accepted([0]));
    runWithLogContext({ requestId: 'new' }, () => requests.accepted(Array.from({ length: 10_000 }, (_, i) => i + 1)));
    expect(requests.turnContext(message(0)).requestId).toMatch(UUID);
    expect(requests.turnContext(message(1)).requestId).toBe('new');
    expect(requests.turnContext(message(10_000)).requestId).toBe('new');
  });
});
