/** The WeChat replay driver reads a passive reply back into the messages the assistant recorded. */
import { describe, expect, test } from 'vitest';
import { splitJoined } from '../../../adapters/wechat/replayDriver.ts';
import type { Activity } from '../../../src/activity.ts';

const recorded = (text: string, extra: Partial<Activity> = {}): Activity => ({ type: 'message', channelId: 'x', from: { id: 'bot' }, conversation: { id: 'c' }, text, ...extra });

describe('splitJoined (a WeChat reply back into messages)', () => {
  test('should split at the blank lines between messages, by the recorded messages’ paragraphs', () => {
    const messages = [recorded('One.\n\nStill one.'), recorded('Two.'), recorded('Three.')];
    expect(splitJoined(['One.\n\nStill one.\n\nTwo.', 'Three.\n1. A'], messages)).toEqual(['One.\n\nStill one.', 'Two.', 'Three.\n1. A']);
  });

  test('should keep everything in one message when nothing was recorded', () => {
    expect(splitJoined(['a\n\nb'], [])).toEqual(['a\n\nb']);
    expect(splitJoined([], [recorded('a')])).toEqual([]);
  });
});
