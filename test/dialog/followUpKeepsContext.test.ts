/**
 * Follow-ups keep the context that is theirs and drop what is not (found by an outside tester, J5/J8/J10):
 * an ordinal with nothing listed points at nothing in every language (not the invoices or the VIP
 * programme); after a count, it lists the search's parcels; a question that names no parcel while a
 * search is under way ("when do they arrive?", "¿cuándo llegó?") is about that search's parcels; the
 * delay question carries to "and the one to Seattle?"; another parcel with its own place and day is not
 * held to the last status; "delivered yesterday" stays a delivery day in "and the one to tokyo?".
 * Expectations are plain filters over the demo data (the oracle); properties: the same request fresh
 * and after earlier talk, and in en/zh/es, gives the same parcels.
 */
import { describe, expect, test } from 'vitest';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('follow-up-context');

const numbersIn = (text: string): string[] => [...new Set(text.match(/1Z[0-9A-Z]{16}/g) ?? [])].sort();
const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.parse(DEMO_NOW) + offset * DAY_MS).toISOString().slice(0, 10);
/** Monday to Sunday of the week before DEMO_NOW's. */
function lastWeek(): { from: string; to: string } {
  const now = new Date(DEMO_NOW);
  const sinceMonday = (now.getUTCDay() + 6) % 7;
  return { from: day(-sinceMonday - 7), to: day(-sinceMonday - 1) };
}
const shipmentsOf = (account: string) => data().shipments.filter((s) => s.accountNumber === account);

describe('an ordinal with nothing listed', () => {
  test.each([
    ['en', 'the first one'],
    ['en', 'the second one'],
    ['zh', '第一个'],
    ['es', 'el primero'],
    ['es', 'el segundo'],
  ])('(%s) "%s" should say nothing is listed yet, not answer another intent', async (_, message) => {
    const [said] = await conversation([message]);
    expect(said).not.toMatch(/1Z|INV-|VIP|12[.,]000/);
  });

  test.each([
    ['en', ['where is my parcel to Tokyo?', 'the second one']],
    ['zh', ['我寄到东京的包裹在哪？', '第二个']],
    ['es', ['¿dónde está mi paquete a Tokio?', 'el segundo']],
  ])('(%s) should list the parcels of the search after only a count was given', async (_, messages) => {
    const tokyo = new Set(shipmentsOf('5W8A3K').filter((s) => s.destination.city === 'Tokyo').map((s) => s.trackingNumber));
    const said = await conversation(messages);
    expect(numbersIn(said[0]!)).toEqual([]);
    const listed = numbersIn(said[1]!);
    expect(listed.length).toBeGreaterThan(1);
    for (const n of listed) expect(tokyo.has(n)).toBe(true);
  });
});

describe('a question that names no parcel while a search is under way', () => {
  test('should answer for the parcels sent last week, the same in en, zh and es', async () => {
    const { from, to } = lastWeek();
    const oracle = new Set(shipmentsOf('5W8A3K').filter((s) => s.shipDate >= from && s.shipDate <= to).map((s) => s.trackingNumber));
    expect(oracle.size).toBeGreaterThan(1);
    const answers: string[][] = [];
    for (const messages of [
      ['how many parcels did we send last week?', 'when do they arrive?'],
      ['上周寄了几个包裹？', '它们什么时候到？'],
      ['¿cuántos paquetes enviamos la semana pasada?', '¿cuándo llegan?'],
    ]) {
      const said = await conversation(messages);
      const listed = numbersIn(said[1]!);
      expect(listed.length, messages[1]).toBeGreaterThan(0);
      for (const n of listed) expect(oracle.has(n), `${messages[1]}: ${n}`).toBe(true);
      // "它们" holds "它": all of them are asked about, not which one of the list.
      expect(said[1]).not.toMatch(/Which one do you mean|您指的是哪一个|¿A cuál te refieres/);
      answers.push(listed);
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  test.each([
    ['en', ['where is my parcel to Tokyo?', 'when did it arrive?']],
    ['zh', ['我寄到东京的包裹在哪？', '什么时候到的？']],
    ['es', ['¿dónde está mi paquete a Tokio?', '¿cuándo llegó?']],
    ['es', ['donde esta mi paqete a tokio', 'cuando yego']],
  ])('(%s) should keep the place when the narrowing question is answered with another question', async (_, messages) => {
    const tokyo = new Set(shipmentsOf('5W8A3K').filter((s) => s.destination.city === 'Tokyo').map((s) => s.trackingNumber));
    const said = await conversation(messages);
    const listed = numbersIn(said[1]!);
    expect(listed.length).toBeGreaterThan(0);
    for (const n of listed) expect(tokyo.has(n), n).toBe(true);
  });
});

describe('the delay question carried to another parcel', () => {
  const seattleTravelling = () =>
    shipmentsOf('5W8A3K')
      .filter((s) => s.destination.city === 'Seattle' && s.status !== 'delivered')
      .map((s) => s.trackingNumber)
      .sort();

  test('should be asked of the Seattle parcels still travelling, as when asked fresh', async () => {
    const oracle = seattleTravelling();
    expect(oracle.length).toBeGreaterThan(0);
    const [fresh] = await conversation(['is the parcel to Seattle late?']);
    expect(numbersIn(fresh!)).toEqual(oracle);
    for (const messages of [
      ['is the parcel to New York late?', 'and the one to Seattle?'],
      ['寄往纽约的包裹延误了吗？', '那寄往西雅图的呢？'],
      ['¿el envío a Nueva York va con retraso?', '¿y el que va a Seattle?'],
    ]) {
      const said = await conversation(messages);
      expect(numbersIn(said[1]!), messages[1]).toEqual(oracle);
    }
  });
});

describe('what the last question said of its parcels', () => {
  test('should not hold another parcel with its own place and day to the last status', async () => {
    const yesterday = day(-1);
    const oracle = shipmentsOf('8T4C2M').filter((s) => s.destination.city === 'New York' && s.shipDate === yesterday);
    expect(oracle).toHaveLength(1);
    const [fresh] = await conversation(['where is the one to new york that left yesterday?'], 'u-carol');
    const said = await conversation(['anything out for delivery today?', 'and what about the one to new york that left yesterday'], 'u-carol');
    expect(numbersIn(fresh!)).toContain(oracle[0]!.trackingNumber);
    expect(numbersIn(said[1]!)).toEqual([oracle[0]!.trackingNumber]);
  });

  test('should keep "delivered yesterday" a delivery day in "and the one to tokyo?"', async () => {
    const yesterday = day(-1);
    const oracle = shipmentsOf('5W8A3K')
      .filter((s) => s.destination.city === 'Tokyo' && s.deliveredAt?.slice(0, 10) === yesterday)
      .map((s) => s.trackingNumber);
    expect(oracle).toHaveLength(1);
    const sentYesterday = shipmentsOf('5W8A3K').filter((s) => s.destination.city === 'Tokyo' && s.shipDate === yesterday);
    expect(sentYesterday).toHaveLength(0);
    const said = await conversation(['anything delivered yesterday?', 'and the one to tokyo?']);
    expect(numbersIn(said[1]!)).toEqual(oracle);
    expect(said[1]).not.toMatch(/couldn't find/);
  });
});
