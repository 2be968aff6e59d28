import { describe, expect, test } from 'vitest';
import { platformActivityIdOf, toBotFramework } from '../../../adapters/botframework/activities.ts';
import type { Activity } from '../../../src/activity.ts';
import { replyToActivity } from '../../../src/turn/replyActivity.ts';

const offer = {
  ...replyToActivity({ type: 'message', text: 'Which one?', choices: [{ label: 'To London, 18 Mar', value: '1Z5W8A3K0800001047' }] }, 'en'),
  channelId: 'botframework',
  from: { id: 'carrier-assist' },
  conversation: { id: 'c' },
} as Activity;

describe('toBotFramework', () => {
  test.each(['emulator', 'webchat', 'directline'])('should keep the messageBack choices on %s (the bubble shows the label)', (channel) => {
    expect(toBotFramework(offer, channel)!.suggestedActions!.actions).toEqual([
      { type: 'messageBack', title: 'To London, 18 Mar', text: '1Z5W8A3K0800001047', displayText: 'To London, 18 Mar', value: '1Z5W8A3K0800001047' },
    ]);
  });

  test.each(['msteams', 'facebook', 'slack'])('should give %s imBack choices (Teams shows no other suggested actions)', (channel) => {
    expect(toBotFramework(offer, channel)!.suggestedActions!.actions).toEqual([{ type: 'imBack', title: 'To London, 18 Mar', value: '1Z5W8A3K0800001047' }]);
  });
});

describe('platformActivityIdOf', () => {
  test.each([
    ['an inbound activity of the conversation', 'msteams:19:abc@thread:1712345', '1712345'],
    ['a conversation id with a pipe', 'emulator:conv-1|livechat:act-1', undefined],
    ['an activity of another conversation', 'msteams:19:other@thread:1712345', undefined],
    ['the conversation id alone', 'msteams:19:abc@thread:', undefined],
    ['no id', undefined, undefined],
  ])('should read %s', (_what, ourId, expected) => {
    expect(platformActivityIdOf(ourId, 'msteams:19:abc@thread')).toBe(expected);
  });
});
