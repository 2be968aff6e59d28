/**
 * Every webhook body in the pywa fixtures (test/fixtures/whatsapp, from david-lev/pywa) parsed by
 * our schema and turned into what the channel does with it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { inboundItems, type InboundItem } from '../../../adapters/whatsapp/inbound.ts';
import { parseNotification } from '../../../adapters/whatsapp/schemas.ts';

type Cases = Record<string, unknown>;
const load = (file: string) => JSON.parse(readFileSync(new URL(`../../fixtures/whatsapp/${file}`, import.meta.url), 'utf8')) as Cases;

const itemsOf = (body: unknown): InboundItem[] => inboundItems(parseNotification(body));
const only = (body: unknown): InboundItem => {
  const items = itemsOf(body);
  expect(items).toHaveLength(1);
  return items[0]!;
};
const messageOf = (body: unknown) => {
  const item = only(body);
  if (item.kind !== 'message') throw new Error(`expected a message, got ${item.kind}`);
  return item;
};

const CONVERSATION = 'whatsapp:1122334455667:972987654321';
const FROM = { id: '972987654321', name: 'Test Name', role: 'user' };

describe('pywa message.json', () => {
  const cases = load('pywa_updates_message.json');

  test('should hold the 23 cases SOURCES.md lists', () => {
    expect(Object.keys(cases)).toHaveLength(23);
  });

  test('should make a text message an activity keyed by its wamid, in the customer’s conversation', () => {
    const { activity, media } = messageOf(cases.text);
    expect(media).toBeNull();
    expect(activity).toEqual({
      type: 'message',
      id: 'wamid.xyzxyz',
      timestamp: '2023-10-11T16:53:43.000Z',
      channelId: 'whatsapp',
      from: FROM,
      recipient: { id: 'carrier-assist', name: 'Carrier Assist', role: 'bot' },
      conversation: { id: CONVERSATION },
      text: 'Body Text',
      textFormat: 'plain',
      channelData: { whatsapp: { phoneNumberId: '1122334455667', displayPhoneNumber: '972123456789', type: 'text' } },
    });
  });

  test.each([
    ['image', { mediaId: '65463453', mimeType: 'image/jpeg', fileName: null }, ''],
    ['media_with_url', { mediaId: '65463453', mimeType: 'image/jpeg', fileName: null }, ''],
    ['document', { mediaId: '1234567890987654321', mimeType: 'application/pdf', fileName: 'filename.pdf' }, 'caption'],
  ])('should ask for the %s file to be fetched through the media endpoint', (name, media, text) => {
    const item = messageOf(cases[name]);
    expect(item.media).toEqual(media);
    expect(item.activity.text).toBe(text);
  });

  test.each([
    ['current_location', { type: 'GeoCoordinates', latitude: 12.25089, longitude: 43.90539 }, ''],
    [
      'chosen_location',
      { type: 'GeoCoordinates', latitude: 37.4611978, longitude: -122.2164385, name: 'Facebook HQ', address: '1 Hacker Way, Menlo Park, CA 94025' },
      'Facebook HQ, 1 Hacker Way, Menlo Park, CA 94025',
    ],
  ])('should carry the %s as a GeoCoordinates entity', (name, place, text) => {
    const { activity } = messageOf(cases[name]);
    expect(activity.entities).toEqual([place]);
    expect(activity.value).toEqual(place);
    expect(activity.text).toBe(text);
    expect(activity.channelData).toMatchObject({ whatsapp: { forwarded: true } });
  });

  test.each([
    ['reply', 'replied text', { replyToId: 'wamid.xyzxyz==' }, {}],
    ['forwarded', 'forwarded text', {}, { forwarded: true }],
    ['forwarded_many_times', 'text forwarded many times', {}, { frequentlyForwarded: true }],
    ['referral', 'BODY', {}, {}],
  ])('should read the text of %s', (name, text, top, whatsapp) => {
    const { activity } = messageOf(cases[name]);
    expect(activity).toMatchObject({ text, ...top, channelData: { whatsapp: { type: 'text', ...whatsapp } } });
  });

  test.each(['video', 'audio', 'voice', 'static_sticker', 'animated_sticker', 'contacts', 'order', 'unsupported', 'unsupported_with_type', 'interactive_message_with_err'])(
    'should pass %s on as a turn with content the assistant cannot read',
    (name) => {
      const { activity, media } = messageOf(cases[name]);
      expect(media).toBeNull();
      expect(activity.text).toBe('');
      expect(activity.channelData).toMatchObject({ whatsapp: { unsupported: true } });
      expect(activity.conversation.id).toBe(CONVERSATION);
    },
  );

  test.each(['reaction', 'unreaction_empty', 'unreaction_no_emoji'])('should not make a turn of a %s', (name) => {
    expect(only(cases[name])).toEqual({ kind: 'ignored', id: 'wamid.xyzxyz', reason: 'a reaction message is not a turn' });
  });
});

describe('pywa callback_button.json and callback_selection.json', () => {
  test.each([
    ['button', 'interactive', 'wamid.xyzxyz', { type: 'button_reply', id: 'callback_data', title: 'title' }],
    ['quick_reply', 'button', 'wamid.xsidjw', { type: 'button', payload: 'callback_data', text: 'title' }],
    ['quick_reply_without_context', 'button', 'wamid.xsidjx', { type: 'button', payload: 'callback_data', text: 'title' }],
  ])('should read the %s tap', (name, type, id, value) => {
    const { activity } = messageOf(load('pywa_updates_callback_button.json')[name]);
    // A reply button's id is the value of the choice we offered; a template quick reply is its text.
    expect(activity).toMatchObject({ id, text: type === 'interactive' ? 'callback_data' : 'title', value, channelData: { whatsapp: { type } } });
  });

  test.each(['callback', 'description'])('should read the list row picked in %s as the row id', (name) => {
    const { activity } = messageOf(load('pywa_updates_callback_selection.json')[name]);
    expect(activity).toMatchObject({
      id: 'wamid.zyzxyz',
      text: 'callback_data',
      value: { type: 'list_reply', id: 'callback_data', title: 'title' },
      replyToId: 'wamid.xyzxyz',
      from: FROM,
    });
  });
});

describe('pywa message_status.json', () => {
  const cases = load('pywa_updates_message_status.json');

  test.each([
    ['sent', 'sent', '2023-10-25T20:49:05.000Z', null],
    ['delivered', 'delivered', '2023-10-25T20:49:05.000Z', null],
    ['read', 'read', '2023-07-15T00:20:58.000Z', null],
    ['played', 'played', '2023-07-15T00:20:58.000Z', null],
    [
      'failed',
      'failed',
      '2023-07-15T00:20:58.000Z',
      "130472: User's number is part of an experiment (Failed to send message because this user's phone number is part of an experiment)",
    ],
    ['with_tracker', 'sent', '2023-10-25T20:49:05.000Z', null],
  ])('should read the %s status', (name, status, at, error) => {
    expect(only(cases[name])).toEqual({ kind: 'status', phoneNumberId: '1122334455667', providerMessageId: 'wamid.xyzxyz', status, at, error });
  });

  test('should read a group status too', () => {
    expect(only(cases.group)).toMatchObject({ kind: 'status', providerMessageId: '<WHATSAPP_MESSAGE_ID>', status: 'read' });
  });
});

describe('pywa system.json', () => {
  test.each(['phone_number_change', 'identity_change'])('should accept the %s notice without making a turn', (name) => {
    expect(only(load('pywa_updates_system.json')[name])).toMatchObject({ kind: 'ignored', reason: 'a system message is not a turn' });
  });
});

describe('malformed notifications', () => {
  const text = load('pywa_updates_message.json').text as { entry: { changes: { value: Record<string, unknown> }[] }[] };
  const clone = () => JSON.parse(JSON.stringify(text)) as typeof text;

  test.each([
    ['another object', () => ({ ...clone(), object: 'page' }), /object/],
    ['no entries', () => ({ ...clone(), entry: [] }), /entry/],
    ['a message without an id', () => {
      const b = clone();
      delete (b.entry[0]!.changes[0]!.value.messages as Record<string, unknown>[])[0]!.id;
      return b;
    }, /entry\.0\.changes\.0\.value\.messages\.0\.id/],
    ['a timestamp that is not Unix seconds', () => {
      const b = clone();
      (b.entry[0]!.changes[0]!.value.messages as Record<string, unknown>[])[0]!.timestamp = '2023-10-11';
      return b;
    }, /timestamp: must be Unix seconds/],
    ['no metadata', () => {
      const b = clone();
      delete b.entry[0]!.changes[0]!.value.metadata;
      return b;
    }, /metadata/],
  ])('should refuse %s with a reason naming where', (_what, make, reason) => {
    expect(() => parseNotification(make())).toThrow(reason);
  });

  test('should accept and skip changes other than messages', () => {
    expect(parseNotification({ object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'account_update', value: { anything: 1 } }] }] })).toEqual({ changes: [] });
  });
});
