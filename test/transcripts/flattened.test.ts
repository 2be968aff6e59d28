/** Reading back what a text-only channel showed (WhatsApp text bodies, WeChat replies) into text, choices and card. */
import { describe, expect, test } from 'vitest';
import type { Activity } from '../../src/activity.ts';
import { readFlattened, shapeOf } from '../../src/transcripts/flattened.ts';

const recorded = (text: string, extra: Partial<Activity> = {}): Activity => ({ type: 'message', channelId: 'x', from: { id: 'bot' }, conversation: { id: 'c' }, text, ...extra });
const card = (title: string, facts: [string, string][], subtitle?: string) => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: {
    type: 'AdaptiveCard',
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder' },
      ...(subtitle ? [{ type: 'TextBlock', text: subtitle, isSubtle: true }] : []),
      { type: 'FactSet', facts: facts.map(([t, v]) => ({ title: t, value: v })) },
    ],
  },
});

describe('readFlattened', () => {
  test('should take the card from the last lines and the choices from the numbered lines after them', () => {
    const shape = shapeOf(
      recorded('x', {
        attachments: [card('Parcel 1Z1', [['Status', 'In transit'], ['Last update', 'Anchorage, 09:26']])],
        suggestedActions: { actions: [{ type: 'imBack', title: 'A', value: 'a' }, { type: 'imBack', title: 'B', value: 'b' }] },
      }),
    );
    expect(shape).toEqual({ choices: 2, cardLines: 3, cardHasSubtitle: false });
    const body = '1Z1: In transit.\nSecond line.\n\nParcel 1Z1\nStatus: In transit\nLast update: Anchorage, 09:26\n\n1. A\n2. B';
    expect(readFlattened(body, shape, true)).toEqual({
      text: '1Z1: In transit.\nSecond line.',
      choices: [
        { label: 'A', typed: '1' },
        { label: 'B', typed: '2' },
      ],
      card: { title: 'Parcel 1Z1', facts: [{ label: 'Status', value: 'In transit' }, { label: 'Last update', value: 'Anchorage, 09:26' }] },
      problems: [],
    });
  });

  test('should read Chinese fact lines with the full-width colon', () => {
    const shape = { choices: 0, cardLines: 2, cardHasSubtitle: false };
    expect(readFlattened('运输中。\n包裹 1Z1\n状态：运输中', shape, true).card).toEqual({ title: '包裹 1Z1', facts: [{ label: '状态', value: '运输中' }] });
  });

  test('should report what does not read as the recorded shape', () => {
    expect(readFlattened('Pick one', { choices: 2, cardLines: 0, cardHasSubtitle: false }, true).problems).toEqual(['the message does not end with 2 numbered choices']);
  });
});
