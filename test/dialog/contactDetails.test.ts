/**
 * Asking for customer service's phone line is a question, not a request for a person: the lines are
 * given (SUPPORT_PHONE, SUPPORT_PHONE_INTERNATIONAL) with a person offered here, and the conversation
 * stays with the assistant (found by an outside tester: the chat was handed over and the next
 * questions went unanswered). Asking for a person is still a handoff.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { App } from '../../src/app.ts';
import { DEFAULT_SUPPORT_PHONE, DEFAULT_SUPPORT_PHONE_INTERNATIONAL, supportPhones } from '../../src/config.ts';
import { demoAssistant, type Answer } from './demoAssistant.ts';

let app: App;
let say: (conversationId: string, id: string, text: string) => Promise<Answer>;

beforeAll(async () => {
  ({ app, say } = await demoAssistant());
});
afterAll(async () => {
  await app?.close();
});

test.each([
  ['en', "what's your customer service phone number?", 'how do I add a new user?', 'admin'],
  ['zh', '你们的客服电话是多少', '怎么添加新用户', '管理员'],
  ['es', '¿cuál es el teléfono de atención al cliente?', '¿cómo añado un usuario nuevo?', 'admin'],
])('(%s) should give the phone lines, offer a person, and go on answering', async (lang, ask, next, expected) => {
  const first = await say(`contact-${lang}`, `contact-${lang}-1`, ask);
  expect(first.text).toContain(DEFAULT_SUPPORT_PHONE);
  expect(first.text).toContain(DEFAULT_SUPPORT_PHONE_INTERNATIONAL);
  const second = await say(`contact-${lang}`, `contact-${lang}-2`, next);
  expect(second.text.toLowerCase()).toContain(expected);
});

// Found by a spot check (session 15): "¿a qué hora abre el servicio al cliente?" opened a ticket and queued the customer.
test.each([
  ['en', 'what time does customer service open?'],
  ['en', 'what are your opening hours'],
  ['zh', '客服几点上班'],
  ['zh', '你们的营业时间是什么'],
  ['es', '¿a qué hora abre el servicio al cliente?'],
  ['es', '¿cuál es el horario de atención?'],
  // Outside tester round 7 (N5): a ticket and the queue, or not understood.
  ['en', 'what are your customer service hours'],
  ['en', 'what are your hours'],
  ['zh', '客服周末上班吗'],
  ['es', '¿atienden los domingos?'],
])('(%s) "%s" should be answered with the lines and their hours, not a handoff', async (lang, ask) => {
  const answer = await say(`hours-${ask}`, `hours-${ask}-1`, ask);
  expect(answer.text).toContain(DEFAULT_SUPPORT_PHONE);
  expect(answer.text).toMatch(/24/);
  expect(answer.text).not.toMatch(/CA-\d+/);
});

test('should still hand over when a person is asked for', async () => {
  const answer = await say('contact-person', 'contact-person-1', 'I want to talk to a person');
  expect(answer.text).not.toContain(DEFAULT_SUPPORT_PHONE);
  expect(answer.text).toMatch(/ticket number is CA-\d+/);
});

test.each([
  [{}, { local: DEFAULT_SUPPORT_PHONE, international: DEFAULT_SUPPORT_PHONE_INTERNATIONAL }],
  [{ SUPPORT_PHONE: '1-800-742-5877', SUPPORT_PHONE_INTERNATIONAL: '+1 (800) 742-5877' }, { local: '1-800-742-5877', international: '+1 (800) 742-5877' }],
])('should read the phone lines from %j', (env, expected) => {
  expect(supportPhones(env)).toEqual(expected);
});

test('should refuse a phone line that is not a number', () => {
  expect(() => supportPhones({ SUPPORT_PHONE: 'call us' })).toThrow(/must be a phone number/);
});
