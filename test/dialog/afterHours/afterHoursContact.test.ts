/**
 * Asking for a person on a Sunday (fixed clock: Sun 22 Mar 2026, 10:00 UTC; desk hours Mon-Fri
 * 09:00-18:00 UTC): a customer who is not signed in is asked how to reach them before the ticket is
 * queued (a bad answer asked again), the contact is kept on the ticket, and later messages do not
 * repeat the notice; a signed-in customer is told which contact on file will be used.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp, type App } from '../../../src/app.ts';
import { FixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import { generateDataset } from '../../../src/demo/index.ts';
import { openStore } from '../../../src/store/openStore.ts';

const SUNDAY = '2026-03-22T10:00:00.000Z';
let app: App;

beforeAll(async () => {
  const store = await openStore('sqlite::memory:');
  await store.importDataset(generateDataset({ seed: 42, now: new Date(SUNDAY), scale: 'small' }));
  await store.identities.link({ channelId: 'test', externalId: 'nora-chat', userId: 'u-nora', linkedAt: SUNDAY });
  app = await buildApp({ config: loadConfig({}), store, clock: new FixedClock(SUNDAY), logger: pino({ level: 'silent' }) });
});
afterAll(() => app.close());

let ids = 0;
/** What the customer `from` is told after writing `text` in `conversation`. */
async function say(from: string, conversation: string, text: string): Promise<string[]> {
  const out = await app.pipeline.process({ type: 'message', id: `m-${++ids}`, channelId: 'test', from: { id: from }, conversation: { id: conversation }, text }, async () => {});
  return out.replies.filter((r) => r.type === 'message').map((r) => r.text ?? '');
}

describe('asking for a person on a Sunday', () => {
  test.each([
    [
      'en',
      ['I need to talk to a person please', 'tomorrow', 'you can reach me at ann.lee@example.com'],
      [
        'Our customer service team is away right now; we open Mon 09:00. So that a person can get back to you even if you close this chat, what is your e-mail address or phone number?',
        "That doesn't look like an e-mail address or a phone number. Please send one, for example name@example.com or +44 7700 900123.",
        /^Our customer service team is away right now\. I've opened ticket (CA-\d{6}) with everything you told me; a person will contact you at ann\.lee@example\.com when we open \(Mon 09:00\)\. You don't need to repeat anything\.$/,
      ],
      { kind: 'email', value: 'ann.lee@example.com' },
    ],
    [
      'zh',
      ['我要转人工客服', '明天再说吧', '我的电话是 138 0013 8000'],
      [
        '客服团队现在不在工作时间（周一09:00上班）。为了即使您关闭对话也能联系到您，请留下您的邮箱或电话号码。',
        '这看起来不像邮箱或电话号码，请重新输入，例如 name@example.com 或 138 0013 8000。',
        /^客服团队现在不在工作时间。已为您创建工单 (CA-\d{6})，并记录了您提供的全部信息；我们上班后（周一09:00）会通过 13800138000 联系您，无需重复说明。$/,
      ],
      { kind: 'phone', value: '13800138000' },
    ],
    [
      'es',
      ['quiero hablar con una persona, por favor', 'mañana', 'mi teléfono es +34 612 345 678'],
      [
        'Nuestro equipo de atención al cliente no está disponible ahora; abrimos lun, 09:00. Para que una persona pueda responderte aunque cierres este chat, ¿cuál es tu correo electrónico o tu teléfono?',
        'Eso no parece un correo electrónico ni un número de teléfono. Envíame uno, por ejemplo nombre@example.com o +34 612 345 678.',
        /^Nuestro equipo de atención al cliente no está disponible ahora\. He abierto la incidencia (CA-\d{6}) con todo lo que me has contado; una persona te contactará en \+34612345678 cuando abramos \(lun, 09:00\)\. No hace falta que repitas nada\.$/,
      ],
      { kind: 'phone', value: '+34612345678' },
    ],
  ] as const)('should ask an anonymous customer how to reach them first, in %s', async (lang, messages, expected, contact) => {
    const conversation = `c-sunday-${lang}`;
    const from = `anon-${lang}`;
    expect(await say(from, conversation, messages[0])).toEqual([expected[0]]);
    expect(await app.store.handoffs.latestForConversation(conversation)).toBeNull();
    expect(await say(from, conversation, messages[1])).toEqual([expected[1]]);
    const [queued] = await say(from, conversation, messages[2]);
    const number = (expected[2] as RegExp).exec(queued!)?.[1];
    expect(number, queued).toBeDefined();
    expect((await app.store.tickets.get(number!))!.details['contact']).toEqual(contact);
    expect(await app.store.handoffs.latestForConversation(conversation)).toMatchObject({ ticketNumber: number, state: 'queued' });
    // Later messages go to the ticket's conversation; never silence: the ticket is kept and when a person takes it.
    const later = await say(from, conversation, 'hello?');
    expect(later).toHaveLength(1);
    expect(later[0]).toContain(number!);
  });

  test('should tell a signed-in customer the contact on file that will be used, without asking', async () => {
    const nora = (await app.store.users.get('u-nora'))!;
    const [told] = await say('nora-chat', 'c-sunday-nora', 'I want to talk to a human');
    expect(told).toMatch(new RegExp(`a person will contact you at ${nora.email.replace(/[.]/g, '\\.')}, as on your account, when we open \\(Mon 09:00\\)`));
  });

  test('should drop the request when the customer says never mind instead of a contact', async () => {
    await say('anon-cancel', 'c-sunday-cancel', 'can I speak to an agent');
    expect(await say('anon-cancel', 'c-sunday-cancel', 'never mind')).not.toContain("That doesn't look like an e-mail address or a phone number. Please send one, for example name@example.com or +44 7700 900123.");
    expect(await app.store.handoffs.latestForConversation('c-sunday-cancel')).toBeNull();
  });
});
