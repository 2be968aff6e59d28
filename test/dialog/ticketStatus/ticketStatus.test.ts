/**
 * "What's happening with my ticket?" as customers ask it, in English, Chinese and Spanish, on the
 * small demo data set (fixed clock: Fri 20 Mar 2026, 09:00 UTC) with tickets seeded in the store:
 * the one open ticket's state, queue, number and promised time; "which one?" when several are open;
 * a ticket number typed or picked; never another account's ticket, whatever number is typed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../../src/app.ts';
import { DEMO_ACCOUNTS, STORY_TRACKING_NUMBERS as STORY } from '../../../src/demo/index.ts';
import type { NewTicket, TicketRecord } from '../../../src/store/records.ts';
import { demoAssistant, DEMO_NOW, type Answer } from '../demoAssistant.ts';

let app: App;
let say: (conversationId: string, id: string, text: string) => Promise<Answer>;
let customs: TicketRecord;
let bobs: TicketRecord;

const ticket = (t: Partial<NewTicket> & Pick<NewTicket, 'category' | 'subject'>): NewTicket => ({
  priority: 'normal',
  conversationId: null,
  accountNumber: null,
  userId: null,
  trackingNumbers: [],
  details: {},
  ...t,
});

beforeAll(async () => {
  ({ app, say } = await demoAssistant());
  // Opened yesterday on Alice's account (5W8A3K): a customs advisor promised for Monday morning.
  customs = await app.store.tickets.create(
    ticket({
      category: 'customs',
      priority: 'high',
      accountNumber: DEMO_ACCOUNTS.mingyuan,
      userId: 'u-alice',
      trackingNumbers: [STORY.customsHeld],
      subject: 'Customs held',
      details: { firstResponseDueAt: '2026-03-23T02:00:00.000Z' },
    }),
    '2026-03-19T10:00:00.000Z',
  );
  // Bob's (7N2F4D): never Alice's to see.
  bobs = await app.store.tickets.create(
    ticket({ category: 'lost_delayed', accountNumber: DEMO_ACCOUNTS.hudson, userId: 'u-bob', subject: 'Trace' }),
    '2026-03-19T11:00:00.000Z',
  );
});
afterAll(() => app.close());

describe('a customer asking about their ticket', () => {
  test('should answer "and my ticket?" after a tracking question with the open ticket\'s state, queue and promised time', async () => {
    const where = await say('c-ticket-en', 'en-1', `where is ${STORY.shanghaiToNewYork}?`);
    expect(where.text).toContain(STORY.shanghaiToNewYork);
    const mine = await say('c-ticket-en', 'en-2', 'and my ticket?');
    expect(mine.text).toBe(
      `Your customs ticket ${customs.number} for ${STORY.customsHeld} is open, waiting for a person (queue: customs). We promised you an answer by Mon, 23 Mar 2026, 10:00 China Standard Time.`,
    );
  });

  test.each([
    ['zh', '我的工单怎么样了', `您的清关工单 ${'%'}（包裹 ${STORY.customsHeld}）已受理，正在等待客服处理（队列：清关）。我们承诺在`],
    ['es', '¿qué pasa con mi ticket?', `Tu incidencia de aduanas ${'%'} del envío ${STORY.customsHeld} está abierta, a la espera de una persona (cola: aduanas). Te prometimos una respuesta antes del`],
  ])('should answer in %s', async (lang, text, expected) => {
    const answer = await say(`c-ticket-${lang}`, `${lang}-1`, text);
    expect(answer.text.startsWith(expected.replace('%', customs.number)), answer.text).toBe(true);
  });

  test('should never show another account\'s ticket, and say so as for a number that does not exist', async () => {
    const other = await say('c-ticket-iso', 'iso-1', `what's the status of ticket ${bobs.number}?`);
    const missing = await say('c-ticket-iso', 'iso-2', `what's the status of ticket CA-999999?`);
    expect(other.text).toBe(`I can't find a ticket ${bobs.number} of yours. Please check the number: I can show the tickets opened in this chat or on your account.`);
    expect(missing.text).toBe(other.text.replace(bobs.number, 'CA-999999'));
    expect(other.text).not.toContain('Trace');
  });

  test('should ask which one when several are open, and answer the one picked by its number', async () => {
    await say('c-ticket-two', 'two-1', 'hello');
    const second = await app.store.tickets.create(
      ticket({ category: 'complaint', conversationId: 'c-ticket-two', accountNumber: DEMO_ACCOUNTS.mingyuan, userId: 'u-alice', subject: 'Complaint' }),
      '2026-03-20T08:30:00.000Z',
    );
    const asked = await say('c-ticket-two', 'two-2', 'what are my open tickets?');
    expect(asked.text).toBe('You have 2 open tickets. Which one do you mean?');
    const picked = await say('c-ticket-two', 'two-3', second.number);
    expect(picked.text).toMatch(new RegExp(`^Your complaint ticket ${second.number} is open, waiting for a person \\(queue: customer support\\)\\. We promised you an answer by `));
  });

  // Outside tester K11: just given a ticket, "what's the ticket number again?" asked which of the
  // account's three open tickets was meant.
  test.each([
    ['en', "what's the ticket number again?"],
    ['en', 'and when will someone reply?'],
    ['zh', '工单号多少'],
    ['es', '¿cuál era el número de la incidencia?'],
  ])('(%s) %j should answer the ticket opened in this chat, not ask among the account\'s', async (lang, text) => {
    const chat = `c-ticket-here-${lang}-${text.length}`;
    await say(chat, `${chat}-1`, 'hello');
    const here = await app.store.tickets.create(
      ticket({ category: 'lost_delayed', conversationId: chat, accountNumber: DEMO_ACCOUNTS.mingyuan, userId: 'u-alice', trackingNumbers: [STORY.shanghaiToNewYork], subject: 'Trace' }),
      '2026-03-20T08:45:00.000Z',
    );
    const open = (await app.store.tickets.openForAccount(DEMO_ACCOUNTS.mingyuan, 'customs')).length;
    expect(open).toBeGreaterThan(0);
    const answer = await say(chat, `${chat}-2`, text);
    expect(answer.text).toContain(here.number);
    expect(answer.text).not.toContain(customs.number);
  });

  test('should tell an anonymous customer only of this chat\'s tickets', async () => {
    const pipeline = app.pipeline;
    const anonymous = async (id: string, text: string) =>
      (await pipeline.process({ type: 'message', id, channelId: 'test', from: { id: 'anon-chat' }, conversation: { id: 'c-ticket-anon' }, text }, async () => {})).replies
        .filter((r) => r.type === 'message')
        .map((r) => r.text)
        .join('\n');
    expect(await anonymous('a1', 'hola, ¿qué pasa con mi ticket?')).toBe('No veo ninguna incidencia abierta tuya. Dime qué necesitas y te ayudo, o te paso con una persona.');
    expect(await anonymous('a2', `¿cómo va el ticket ${customs.number}?`)).toBe(`No encuentro la incidencia ${customs.number} entre las tuyas. Revisa el número: puedo mostrar las abiertas en este chat o en tu cuenta.`);
    const own = await app.store.tickets.create(ticket({ category: 'general', conversationId: 'c-ticket-anon', subject: 'Asked for a person' }), DEMO_NOW);
    expect(await anonymous('a3', '¿y mi ticket?')).toMatch(new RegExp(`^Tu incidencia ${own.number} está abierta, a la espera de una persona \\(cola: atención al cliente\\)\\.`));
  });
});
