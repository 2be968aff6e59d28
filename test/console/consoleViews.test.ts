/**
 * History entries as the console shows them (issue 18): a card only when the bot (or an agent) sent
 * it; a card in a customer's message is listed as "a card the customer sent", never drawn as the
 * bot's fact card; a customer's links carry their host so the console shows where they lead.
 */
import { describe, expect, test } from 'vitest';
import type { Activity, Attachment } from '../../src/activity.ts';
import { historyEntry } from '../../src/console/consoleViews.ts';
import type { StoredActivity } from '../../src/store/records.ts';

const FACT_CARD: Attachment = {
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: {
    type: 'AdaptiveCard',
    body: [
      { type: 'TextBlock', text: 'Refund approved' },
      { type: 'FactSet', facts: [{ title: 'Amount', value: 'USD 900.00' }] },
    ],
  },
};

function stored(direction: 'in' | 'out', fields: Partial<Activity>): StoredActivity {
  const activity: Activity = {
    type: 'message',
    channelId: 'webchat',
    conversation: { id: 'c-1' },
    from: direction === 'in' ? { id: 'u-1', role: 'user' } : { id: 'bot', role: 'bot' },
    timestamp: '2026-03-20T09:00:00.000Z',
    ...fields,
  };
  return { seq: 3, conversationId: 'c-1', direction, activity } as StoredActivity;
}

describe('history entries', () => {
  test('should draw the fact card the bot sent', () => {
    const entry = historyEntry(stored('out', { text: 'Your refund', attachments: [FACT_CARD] }), null)!;
    expect(entry.card).toEqual({ title: 'Refund approved', facts: [{ label: 'Amount', value: 'USD 900.00' }] });
    expect(entry.attachments).toEqual([]);
  });

  test('should never draw a card the customer sent as a card: it is listed as one they sent, its contents left out', () => {
    const entry = historyEntry(stored('in', { text: 'see this', attachments: [FACT_CARD] }), 'Mallory')!;
    expect(entry.author).toBe('customer');
    expect(entry.card).toBeNull();
    expect(entry.attachments).toEqual([{ name: 'A card the customer sent (not shown)', contentType: FACT_CARD.contentType, url: null, host: null }]);
    expect(JSON.stringify(entry)).not.toContain('Refund approved');
  });

  test.each([
    ['an https link', 'https://ups.com.login-check.example/pay?x=1', 'ups.com.login-check.example'],
    ['an http link', 'http://203.0.113.7:8080/a', '203.0.113.7:8080'],
    ['a stored upload', 'media:abc123', null],
    ['not a URL', 'javascript:alert(1)', null],
  ])('should name the host of %s a customer attached', (_what, url, host) => {
    const entry = historyEntry(stored('in', { attachments: [{ contentType: 'application/pdf', contentUrl: url, name: 'Invoice.pdf' }] }), null)!;
    expect(entry.attachments).toEqual([{ name: 'Invoice.pdf', contentType: 'application/pdf', url, host }]);
  });
});
