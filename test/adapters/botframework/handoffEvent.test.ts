/** The public part of `handoff.initiate` a configured Bot Framework channel gets, and nothing for the others. */
import { describe, expect, test } from 'vitest';
import { handoffEventFor } from '../../../adapters/botframework/handoffEvent.ts';
import type { Activity } from '../../../src/activity.ts';

const initiate: Activity = {
  type: 'event',
  name: 'handoff.initiate',
  channelId: 'botframework',
  conversation: { id: 'msteams:c-1' },
  from: { id: 'bot', role: 'bot' },
  value: {
    ticket: { number: 'CA-000123', category: 'complaint', priority: 'urgent', queue: 'vip' },
    reason: { kind: 'complaint', detail: 'angry about 1Z999AA10123456784' },
    who: { userId: 'u-1', roles: ['admin'], account: { number: 'A1B2C3', tier: 'enterprise_vip' } },
    sentiment: { label: 'negative', score: -0.9 },
    sla: { firstResponseDue: '2026-03-20T09:30:00.000Z' },
    language: 'en',
  },
  attachments: [
    {
      contentType: 'application/json',
      name: 'Transcript',
      content: {
        activities: [
          { type: 'message', text: 'this is useless', from: { id: 'msteams:u-1', role: 'user' }, timestamp: '2026-03-20T09:00:00.000Z', channelData: { secret: 1 } },
          { type: 'trace', name: 'carrier-assist.nlu', value: { intent: 'complaint' }, from: { id: 'bot', role: 'bot' } },
          { type: 'message', text: 'A person will help you.', from: { id: 'bot', role: 'bot' } },
        ],
      },
    },
  ],
};

describe('handoff.initiate for a Bot Framework channel', () => {
  test('should keep the ticket, the reason\'s kind, the language and the messages only', () => {
    expect(handoffEventFor(initiate, 'msteams', ['msteams'])).toEqual({
      type: 'event',
      name: 'handoff.initiate',
      value: { ticket: { number: 'CA-000123', category: 'complaint' }, reason: { kind: 'complaint' }, language: 'en' },
      attachments: [
        {
          contentType: 'application/json',
          name: 'Transcript',
          content: {
            activities: [
              { type: 'message', text: 'this is useless', from: { role: 'user' }, timestamp: '2026-03-20T09:00:00.000Z' },
              { type: 'message', text: 'A person will help you.', from: { role: 'bot' } },
            ],
          },
        },
      ],
    });
  });

  test.each([
    ['a channel not configured', initiate, 'directline', ['msteams']],
    ['no channel configured', initiate, 'msteams', []],
    ['a value that is not a context packet', { ...initiate, value: { anything: true } }, 'msteams', ['msteams']],
  ])('should send nothing for %s', (_what, activity, channel, configured) => {
    expect(handoffEventFor(activity, channel, configured)).toBeNull();
  });
});
