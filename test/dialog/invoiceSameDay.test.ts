/**
 * Two invoices issued on one day (a month's invoice and a correction invoice beside it): a dispute naming
 * that day asks which, offering only those two, and the reason given with the request is kept for the
 * invoice then picked. The correction invoice is added to the demo data; the expectations are the two
 * invoices issued that day, found by a plain filter.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { InvoiceRecord } from '../../src/store/records.ts';
import { demoAssistant } from './demoAssistant.ts';

let opened: Awaited<ReturnType<typeof demoAssistant>> | undefined;
let sameDay: InvoiceRecord[] = [];

beforeAll(async () => {
  opened = await demoAssistant();
  const latest = (opened.data.invoices ?? []).filter((i) => i.accountNumber === '7N2F4D').sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))[0]!;
  // A correction invoice for the second half of the same month, issued the same morning.
  const correction: InvoiceRecord = { ...latest, number: `INV-7N2F4D-${latest.periodStart.slice(2, 8).replace(/-/g, '')}15`, periodStart: `${latest.periodStart.slice(0, 8)}15`, amount: 120, status: 'open', paidAt: null };
  await opened.app.store.importDatasetParts([{ invoices: [correction] }]);
  sameDay = [latest, correction];
});
afterAll(async () => {
  await opened?.app.close();
});

const EN_MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

test.each([
  ['en', (d: number, m: number) => `the invoice issued on ${d} ${EN_MONTHS[m - 1]} is wrong, we got billed for a parcel we never sent`, 'we got billed for a parcel we never sent', '2'],
  ['zh', (d: number, m: number) => `${m}月${d}日开的那张发票不对，我们根本没寄那个包裹`, '我们根本没寄那个包裹', '第二张'],
  ['es', (d: number, m: number) => `la factura emitida el ${d} de ${['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][m - 1]} está mal, nos cobraron un paquete que no enviamos`, 'nos cobraron un paquete que no enviamos', 'la segunda'],
] as const)('(%s) two invoices issued that day: only those offered, the reason kept for the one picked', async (lang, say, reason, pick) => {
  const issued = sameDay[0]!.issuedAt.slice(0, 10);
  expect(sameDay.every((i) => i.issuedAt.slice(0, 10) === issued)).toBe(true);
  const conversation = `same-day-${lang}`;
  let n = 0;
  const send = async (text: string) => {
    const out = await opened!.app.pipeline.process({ type: 'message', id: `${conversation}-${++n}`, channelId: 'test', from: { id: 'u-bob-chat' }, conversation: { id: conversation }, text }, async () => {});
    const messages = out.replies.filter((r) => r.type === 'message');
    const choices = messages.flatMap((m) => ((m as { suggestedActions?: { actions: { value: string }[] } }).suggestedActions?.actions ?? []).map((a) => String(a.value)));
    return { text: messages.map((m) => m.text ?? '').join('\n'), choices };
  };
  const ask = await send(say(Number(issued.slice(8, 10)), Number(issued.slice(5, 7))));
  expect([...ask.choices].sort()).toEqual(sameDay.map((i) => i.number).sort());
  const confirm = (await send(pick)).text;
  expect(confirm).toContain(ask.choices[1]!);
  expect(confirm).not.toContain(ask.choices[0]!);
  expect(confirm).toContain(reason);
});
