import { describe, expect, test } from 'vitest';
import { choicePresentation, cutAtWord, renderForWhatsApp, splitText, type ListRow } from '../../../adapters/whatsapp/render.ts';
import type { Activity, Reply } from '../../../src/activity.ts';
import { replyToActivity } from '../../../src/turn/replyActivity.ts';

const TO = '447700900123';
const envelope = { messaging_product: 'whatsapp', recipient_type: 'individual', to: TO };

const activityOf = (reply: Reply, locale = 'en'): Activity =>
  ({ ...replyToActivity(reply, locale), channelId: 'whatsapp', from: { id: 'carrier-assist' }, conversation: { id: 'c' } }) as Activity;
const choices = (...labels: string[]) => labels.map((label, i) => ({ label, value: `value ${i + 1}` }));

describe('renderForWhatsApp', () => {
  test('should send plain text as a text message without link previews', () => {
    expect(renderForWhatsApp(activityOf({ type: 'message', text: 'Hello!' }), TO)).toEqual([
      { ...envelope, type: 'text', text: { preview_url: false, body: 'Hello!' } },
    ]);
  });

  test('should offer up to three short choices as reply buttons whose ids are the values', () => {
    const reply: Reply = { type: 'message', text: 'Which one?', choices: choices('To London', 'To Paris', 'Talk to a person') };
    expect(renderForWhatsApp(activityOf(reply), TO)).toEqual([
      {
        ...envelope,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Which one?' },
          action: {
            buttons: [
              { type: 'reply', reply: { id: 'value 1', title: 'To London' } },
              { type: 'reply', reply: { id: 'value 2', title: 'To Paris' } },
              { type: 'reply', reply: { id: 'value 3', title: 'Talk to a person' } },
            ],
          },
        },
      },
    ]);
  });

  test('should offer four to ten choices as a list with a localised button', () => {
    const labels = ['1Z…101 to New York', '1Z…102 to Toronto', '1Z…103 to London', '1Z…104 to London'];
    const [en] = renderForWhatsApp(activityOf({ type: 'message', text: 'Which parcel?', choices: choices(...labels) }), TO);
    expect(en).toEqual({
      ...envelope,
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Which parcel?' },
        action: { button: 'Choose', sections: [{ rows: labels.map((title, i) => ({ id: `value ${i + 1}`, title })) }] },
      },
    });
    const [zh] = renderForWhatsApp(activityOf({ type: 'message', text: '哪一个？', choices: choices(...labels) }, 'zh'), TO);
    expect(zh).toMatchObject({ interactive: { action: { button: '选择' } } });
  });

  test('should use a list when a title is too long for a button but fits a row', () => {
    expect(choicePresentation(activityOf({ type: 'message', text: 'Pick', choices: choices('Exactly twenty-one ch', 'B') }))).toBe('list');
  });

  test.each([
    ['more than ten choices', choices(...Array.from({ length: 11 }, (_, i) => `Choice ${i + 1}`))],
    ['a label over 72 characters (a row description’s limit)', choices('x'.repeat(73), 'Other')],
    ['duplicate titles', choices('London', 'London')],
  ])('should degrade %s to numbered text lines', (_what, offered) => {
    const activity = activityOf({ type: 'message', text: 'Which one?', choices: offered });
    expect(choicePresentation(activity)).toBe('numbered');
    expect(renderForWhatsApp(activity, TO)).toEqual([
      {
        ...envelope,
        type: 'text',
        text: { preview_url: false, body: `Which one?\n\n${offered.map((c, i) => `${i + 1}. ${c.label}`).join('\n')}` },
      },
    ]);
  });

  test('should show labels longer than a row title as list rows: the start cut at a word, the whole label as the description', () => {
    const text = 'I found 2 parcels that fit. Which one do you mean?\n1. 1Z5W8A3K0800001047 — Shenzhen → London\n2. 1Z5W8A3K0700001030 — Shanghai → London';
    const offered = [
      { label: 'To London, United Kingdom, Wed, 18 Mar 2026', value: '1Z5W8A3K0800001047' },
      { label: 'To London, United Kingdom, Sat, 14 Mar 2026', value: '1Z5W8A3K0700001030' },
      { label: 'Short one', value: 'short' },
    ];
    const activity = activityOf({ type: 'message', text, choices: offered });
    expect(choicePresentation(activity)).toBe('list');
    const [body] = renderForWhatsApp(activity, TO);
    expect(body).toMatchObject({ type: 'interactive', interactive: { type: 'list', body: { text } } });
    const rows = (body as { interactive: { action: { sections: { rows: ListRow[] }[] } } }).interactive.action.sections[0]!.rows;
    expect(rows).toEqual([
      { id: '1Z5W8A3K0800001047', title: 'To London, United…', description: offered[0]!.label },
      { id: '1Z5W8A3K0700001030', title: 'To London, United…', description: offered[1]!.label },
      { id: 'short', title: 'Short one' },
    ]);
    for (const r of rows) {
      expect([...r.title].length).toBeLessThanOrEqual(24);
      expect([...(r.description ?? '')].length).toBeLessThanOrEqual(72);
    }
  });

  test.each([
    ['To London, United Kingdom, Wed, 18 Mar 2026', 'To London, United…'],
    ['Shanghai to New York, Expedited', 'Shanghai to New York…'],
    ['寄往英国伦敦，2026年3月18日周三寄出的包裹', '寄往英国伦敦，2026年3月18日周三寄出的包…'],
    ['Supercalifragilisticexpialidocious', 'Supercalifragilisticexp…'],
  ])('should cut %j at a word for a row title: %j', (label, title) => {
    expect(cutAtWord(label, 24)).toBe(title);
    expect([...title].length).toBeLessThanOrEqual(24);
  });

  test('should not number the choices again when the text already lists them in order', () => {
    const text = 'I found 2 parcels that fit. Which one do you mean?\n1. 1Z5W8A3K0800001047 — Shenzhen → London\n2. 1Z5W8A3K0700001030 — Shanghai → London';
    // Too long for a list row's description: numbered text.
    const offered = [
      { label: `To London, United Kingdom, Wed, 18 Mar 2026 ${'x'.repeat(40)}`, value: '1Z5W8A3K0800001047' },
      { label: `To London, United Kingdom, Sat, 14 Mar 2026 ${'x'.repeat(40)}`, value: '1Z5W8A3K0700001030' },
    ];
    expect(renderForWhatsApp(activityOf({ type: 'message', text, choices: offered }), TO)).toEqual([
      { ...envelope, type: 'text', text: { preview_url: false, body: text } },
    ]);
    // Listed in another order, the text's numbers would not be the choices' numbers: number them.
    const [swapped] = renderForWhatsApp(activityOf({ type: 'message', text, choices: [offered[1]!, offered[0]!] }), TO);
    expect((swapped as { text: { body: string } }).text.body).toBe(`${text}\n\n1. ${offered[1]!.label}\n2. ${offered[0]!.label}`);
  });

  test('should degrade choices whose value is too long for a button id and a row id', () => {
    const activity = activityOf({ type: 'message', text: 'Pick', choices: [{ label: 'Long', value: 'x'.repeat(257) }] });
    expect(choicePresentation(activity)).toBe('numbered');
  });

  test('should turn a fact card into text lines after the message', () => {
    const reply: Reply = {
      type: 'message',
      text: 'Here it is.',
      card: { title: '1Z999AA10123456784', subtitle: 'Shanghai → New York', facts: [{ label: 'Status', value: 'In transit' }, { label: 'ETA', value: 'Mon 23 Mar' }] },
      choices: choices('Talk to a person'),
    };
    expect(renderForWhatsApp(activityOf(reply), TO)).toEqual([
      {
        ...envelope,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Here it is.\n\n1Z999AA10123456784\nShanghai → New York\nStatus: In transit\nETA: Mon 23 Mar' },
          action: { buttons: [{ type: 'reply', reply: { id: 'value 1', title: 'Talk to a person' } }] },
        },
      },
    ]);
  });

  test.each([
    ['trace', { type: 'trace', name: 'nlu', label: 'Parse', valueType: 'x', value: {} }],
    ['event', { type: 'event', name: 'handoff.initiate', value: {} }],
  ] as const)('should never send a %s activity', (_what, reply) => {
    expect(renderForWhatsApp(activityOf(reply as Reply), TO)).toEqual([]);
  });

  test('should split text over 4,096 characters at line ends', () => {
    const line = 'x'.repeat(1000);
    const text = Array.from({ length: 5 }, () => line).join('\n');
    expect(splitText(text).map((c) => c.length)).toEqual([4003, 1000]);
    expect(splitText('y'.repeat(5000)).map((c) => c.length)).toEqual([4096, 904]);
  });
});
