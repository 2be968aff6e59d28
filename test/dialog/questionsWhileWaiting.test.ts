/**
 * While the customer waits in the queue for a person (outside testers, round 8): "what happens next?", "how long will it
 * take?", "要等多久", "¿cuánto tardará?" get their ticket, their place and what the person will do, never silence or a
 * parcel list; "what time do you close?", "你们几点下班", "¿a qué hora cierran?" get the lines' hours (the seeds'
 * customer-service article: 24 hours, every day) and no second person offered; "my complaint number", "我的投诉编号是多少",
 * "mi número de reclamación" get the existing ticket's number, never a second ticket. The ticket and the place are the
 * store's (the oracle), in a conversation asked fresh and after earlier talk.
 */
import { describe, expect, test } from 'vitest';
import { supportPhones } from '../../src/config.ts';
import { textsFor } from '../../src/dialog/texts/index.ts';
import { useDemoAssistant, type DemoUser } from './demoAssistant.ts';

const demo = useDemoAssistant();

const PERSON: Record<string, [DemoUser, string]> = {
  en: ['u-alice', 'I want to talk to a person'],
  zh: ['u-li', '我要转人工'],
  es: ['u-lucia', 'quiero hablar con una persona'],
};
const EARLIER: Record<string, readonly string[]> = {
  en: ['hi', 'how many parcels did we send last week?'],
  zh: ['你好', '上周我们寄了几个包裹？'],
  es: ['hola', '¿cuántos paquetes enviamos la semana pasada?'],
};
const QUESTIONS: Record<string, { next: readonly string[]; hours: string; number: readonly string[] }> = {
  en: { next: ['what happens next?', 'how long will it take?'], hours: 'what time do you close?', number: ["what's my complaint number?", 'my complaint number'] },
  zh: { next: ['接下来会怎样？', '要等多久？'], hours: '你们几点下班', number: ['我的投诉编号是多少', '我的投诉编号'] },
  es: { next: ['¿qué pasa ahora?', '¿cuánto tardará?'], hours: '¿a qué hora cierran?', number: ['mi número de reclamación', '¿cuál es mi número de reclamación?'] },
};
/** The place in the queue as each language says it. */
const PLACE: Record<string, RegExp> = { en: /number \d+ in the queue/, zh: /第 \d+ 位/, es: /número \d+ de la cola/ };

let n = 0;
const rows = (['en', 'zh', 'es'] as const).flatMap((lang) => (['fresh', 'after earlier talk'] as const).map((when) => [lang, when] as const));

describe('questions while waiting for a person', { timeout: 180_000 }, () => {
  test.each(rows)('(%s, %s) should answer each with the ticket and the place, open no second ticket and offer no second person', async (lang, when) => {
    const id = `waiting-questions-${++n}`;
    const [user, ask] = PERSON[lang]!;
    const q = QUESTIONS[lang]!;
    const messages = [...(when === 'fresh' ? [] : EARLIER[lang]!), ask, ...q.next, q.hours, ...q.number];
    const said: string[] = [];
    for (const [i, text] of messages.entries()) said.push((await demo.say(id, `${id}-${i}`, text, user)).text);
    const handoff = (await demo.app.store.handoffs.latestForConversation(id))!;
    expect(handoff.state).toBe('queued');
    const tickets = await demo.app.store.tickets.listForConversation(id);
    expect(tickets.map((t) => t.number)).toEqual([handoff.ticketNumber]);
    const answers = said.slice(messages.indexOf(ask) + 1);
    for (const a of answers) {
      expect(a.trim()).not.toBe('');
      expect(a).toContain(handoff.ticketNumber);
    }
    // "what happens next", "how long": the place in the queue.
    for (const a of answers.slice(0, q.next.length)) expect(a).toMatch(PLACE[lang]!);
    // The hours: the lines, 24 hours a day, and no person offered to someone already waiting for one.
    const hours = answers[q.next.length]!;
    expect(hours).toContain(supportPhones().local);
    expect(hours).toMatch(/24/);
    expect(hours).not.toContain(textsFor(lang).contactDetails(supportPhones().local, supportPhones().international));
  });
});
