/**
 * "工单号是多少" and "¿cuál es el número de la queja?" right after a ticket was opened got the account-number text (found
 * by an outside tester, round 8 P3: the classifier heard "号" / "número" as the account's); the English question worked.
 * Now each gives the ticket the conversation just opened, in en/zh/es. The parcel comes from the demo data by a plain
 * filter (one of Alice's in transit past its ETA); the ticket's number is the one the trace's answer named.
 */
import { describe, expect, test } from 'vitest';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('ticket-number-asked');

/** One of Alice's parcels still in transit past its expected delivery: a trace is opened on it. */
const late = () =>
  data().shipments.find((s) => s.accountNumber === '5W8A3K' && s.status === 'in_transit' && s.estimatedDelivery !== null && s.estimatedDelivery < DEMO_NOW)!.trackingNumber;
const TICKET = /CA-\d{6}/;
const ACCOUNT_NUMBER_TEXT = /account number is|账户号码是|número de cuenta es/iu;

const ASKED: [lang: string, question: string, trace: (n: string) => string][] = [
  ['en', 'whats the ticket number again?', (n) => `can you open a trace on ${n}`],
  ['zh', '工单号是多少', (n) => `帮我追查一下${n}`],
  ['zh', '投诉编号是多少？', (n) => `帮我追查一下${n}`],
  ['es', '¿cuál es el número de la queja?', (n) => `abran una investigación del ${n} por favor`],
  ['es', '¿cuál es el número de incidencia?', (n) => `abran una investigación del ${n} por favor`],
];

describe('the ticket number asked right after a ticket was opened', () => {
  test('the data: a parcel in transit past its ETA', () => {
    expect(late()).toBeDefined();
  });

  test.each(ASKED)('(%s) "%s" after a trace gives the ticket just opened, not the account number', async (_lang, question, trace) => {
    const said = await conversation([trace(late()), question]);
    const opened = TICKET.exec(said[0]!)?.[0];
    expect(opened).toBeDefined();
    expect(said[1]).toContain(opened);
    expect(said[1]).not.toMatch(ACCOUNT_NUMBER_TEXT);
  });
});
