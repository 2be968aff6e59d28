import { describe, expect, test } from 'vitest';
import { emptyParse } from '../../src/nlu/Parser.ts';
import { LLM_MAX_MESSAGE_CHARS, LLM_SYSTEM_PROMPT, llmInput, maskedMessage } from '../../src/nlu/llmInput.ts';
import type { Parse } from '../../src/nlu/types.ts';
import { NOW } from './helpers.ts';

const found = (p: Partial<Parse>): Parse => ({ ...emptyParse('en'), ...p });

describe('what the model is shown of a message', () => {
  test.each<[string, string, Partial<Parse>, string]>([
    ['a tracking number as found', 'the thingy 1Z999AA10123456784 pls', { trackingNumbers: ['1Z999AA10123456784'] }, 'the thingy [tracking number] pls'],
    ['a tracking number typed in groups', 'the thingy 1z 999 aa1 0123 456 784 pls', { trackingNumbers: ['1Z999AA10123456784'] }, 'the thingy [tracking number] pls'],
    ['an invalid tracking number', 'is 1Z999AA10123456785 lost', { invalidTrackingNumbers: ['1Z999AA10123456785'] }, 'is [tracking number] lost'],
    ['an account number', 'account a1b2c3 please', { accountNumber: 'A1B2C3' }, 'account [account number] please'],
    ['an e-mail address', 'write to jo.bloggs@example.com', {}, 'write to [e-mail]'],
    ['a phone number', 'ring +44 161 496 0000 today', {}, 'ring [number] today'],
    ['a long reference', 'invoice INV2026001 is wrong', {}, 'invoice [number] is wrong'],
    ['a number in Chinese text, not the words around it', '我的包裹12345678在哪里', {}, '我的包裹[number]在哪里'],
  ])('should mask %s', (_name, text, parse, expected) => {
    expect(maskedMessage(text, found(parse))).toBe(expected);
  });

  test.each([
    ['an ISO date', 'sent on 2025-03-19 to Lyon'],
    ['a date range', 'between 2025-03-01 and 2025-03-19'],
    ['short numbers', 'the 3 boxes of 14 March, order 1234'],
    ['words alone', 'gimme the lowdown on the thingy'],
  ])('should leave %s as typed', (_name, text) => {
    expect(maskedMessage(text, found({}))).toBe(text);
  });

  test("should send the system prompt and one user turn of today's date, the zone and the message, cut to its limit", () => {
    const input = llmInput(`where ${'very '.repeat(600)}much`, { now: NOW, timeZone: 'Asia/Shanghai' }, found({}));
    expect(input.messages[0]).toEqual({ role: 'system', content: LLM_SYSTEM_PROMPT });
    const user = JSON.parse(input.messages[1].content) as { today: string; timeZone: string; message: string };
    expect(input.messages[1].role).toBe('user');
    expect(user.today).toBe('2025-03-20');
    expect(user.timeZone).toBe('Asia/Shanghai');
    expect(user.message).toHaveLength(LLM_MAX_MESSAGE_CHARS);
  });

  test('should read today in UTC when the zone is not a real one', () => {
    const user = JSON.parse(llmInput('hi', { now: new Date('2025-03-20T23:30:00Z'), timeZone: 'Mars/Olympus' }, found({})).messages[1].content) as Record<string, string>;
    expect(user).toMatchObject({ today: '2025-03-20', timeZone: 'UTC' });
  });
});
