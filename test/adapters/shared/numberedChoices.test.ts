/** The one reading of a typed number as a numbered choice, shared by WhatsApp and WeChat. */
import { describe, expect, test } from 'vitest';
import { numberedChoice, typedNumber } from '../../../adapters/shared/numberedChoices.ts';
import type { Activity } from '../../../src/activity.ts';

const offered: Activity = {
  type: 'message',
  channelId: 'test',
  from: { id: 'bot' },
  conversation: { id: 'c' },
  text: 'Which one?',
  suggestedActions: {
    actions: [
      { type: 'imBack', title: 'To London', value: '1Z1' },
      { type: 'imBack', title: 'To Paris', value: '1Z2' },
      { type: 'imBack', title: 'To Rome', value: '1Z3' },
    ],
  },
};

describe('numberedChoice', () => {
  test.each([
    ['2', '1Z2'],
    [' 1 ', '1Z1'],
    [' 3. ', '1Z3'],
    ['1)', '1Z1'],
    ['２', '1Z2'],
    ['2。', '1Z2'],
    ['2.', '1Z2'],
    ['4', null],
    ['0', null],
    ['2 please', null],
    ['1Z2', null],
  ])('should read %j as %j', (text, value) => {
    expect(numberedChoice(text, offered)).toBe(value);
  });

  test('should leave numbers alone after a message without choices', () => {
    expect(numberedChoice('2', { ...offered, suggestedActions: undefined })).toBeNull();
    expect(numberedChoice('2', undefined)).toBeNull();
  });

  test('should tell a typed number from other text', () => {
    expect(typedNumber('１２')).toBe(12);
    expect(typedNumber('123')).toBeNull();
    expect(typedNumber('')).toBeNull();
  });
});
