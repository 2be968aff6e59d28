import { describe, expect, test } from 'vitest';
import { NOTICE_TICKET_STATES, ticketUpdateText, type TicketChange } from '../../src/escalation/ticketUpdateTexts.ts';

const ticket = { number: 'CA-000123' };

describe('ticketUpdateText', () => {
  test.each([
    ['en', { from: 'new', to: 'waiting_on_carrier' }, 'Your ticket CA-000123: we\'ve asked our delivery network and are waiting for their answer. We\'ll tell you here as soon as we hear.'],
    ['zh-CN', { from: 'open', to: 'resolved' }, '您的工单 CA-000123 已处理完毕。'],
    ['es', { from: 'open', to: 'closed' }, 'Tu ticket CA-000123 está cerrado. Si necesitas algo más, escríbenos aquí.'],
    ['fr', { from: 'new', to: 'open' }, 'Your ticket CA-000123 is being worked on by our customer service team.'],
  ] as const)('should tell a %s customer the new state %j', (locale, move, expected) => {
    expect(ticketUpdateText({ ticket, ...move }, locale)).toBe(expected);
  });

  test.each([
    ['en', 'Ana (customer service), about your ticket CA-000123: Please send the commercial invoice. Your ticket CA-000123 is waiting for something from you: just reply here. What we need: the commercial invoice'],
    ['zh', '客服 Ana 关于您的工单 CA-000123：Please send the commercial invoice.您的工单 CA-000123 需要您提供信息，请直接在这里回复。需要您提供：the commercial invoice'],
    ['es', 'Ana (atención al cliente), sobre tu ticket CA-000123: Please send the commercial invoice. Tu ticket CA-000123 está a la espera de algo de tu parte: responde aquí mismo. Lo que necesitamos: the commercial invoice'],
  ])('should put the agent\'s reply first, then the state and what is asked, in %s', (locale, expected) => {
    const change: TicketChange = {
      ticket,
      from: 'open',
      to: 'waiting_on_customer',
      reply: { agentName: 'Ana', text: ' Please send the commercial invoice. ' },
      reason: 'the commercial invoice',
    };
    expect(ticketUpdateText(change, locale)).toBe(expected);
  });

  test('should say the resolution\'s reason with the resolved state only', () => {
    expect(ticketUpdateText({ ticket, from: 'open', to: 'resolved', reason: 'refund issued' }, 'en')).toBe('Your ticket CA-000123 has been resolved. Resolution: refund issued');
    expect(ticketUpdateText({ ticket, from: 'new', to: 'open', reason: 'refund issued' }, 'en')).toBe('Your ticket CA-000123 is being worked on by our customer service team.');
  });

  test('should give a reply without a change of state alone, and nothing for no reply and no change', () => {
    expect(ticketUpdateText({ ticket, from: 'open', to: 'open', reply: { agentName: 'Ana', text: 'Checking with the depot.' } }, 'en')).toBe(
      'Ana (customer service), about your ticket CA-000123: Checking with the depot.',
    );
    expect(ticketUpdateText({ ticket, from: 'open', to: 'open' }, 'en')).toBeNull();
    expect(ticketUpdateText({ ticket, from: 'open', to: 'open', reply: { agentName: 'Ana', text: '  ' } }, 'es')).toBeNull();
  });

  test.each(['en', 'zh', 'es'])('should have a distinct text naming the ticket for every state in %s', (locale) => {
    const texts = NOTICE_TICKET_STATES.map((to) => ticketUpdateText({ ticket, from: null, to }, locale)!);
    expect(new Set(texts).size).toBe(NOTICE_TICKET_STATES.length);
    for (const text of texts) expect(text).toContain('CA-000123');
  });
});
