/**
 * An invoice asked for by its period ("la de enero", "last week's invoice", "一月的账单") is that period's,
 * asked fresh, right after the invoice list, or in the middle of a delivery change whose confirmation is
 * then offered back (found by an outside tester: "la de enero" and "y de paso mándame la factura de la
 * semana pasada" became parcel searches). The invoices are found by a plain filter over the demo data.
 */
import { expect, test } from 'vitest';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('invoice-period');

/** The account's invoices whose billing period overlaps [from, to], and the others. */
function invoicesOverlapping(account: string, from: string, to: string) {
  const all = (data().invoices ?? []).filter((i) => i.accountNumber === account);
  const fits = (i: (typeof all)[number]) => i.periodStart <= to && i.periodEnd >= from;
  return { asked: all.filter(fits), others: all.filter((i) => !fits(i)) };
}

const JANUARY = ['2026-01-01', '2026-01-31'] as const;

test.each<[string, DemoUser, string, readonly string[]]>([
  ['es, fresh', 'u-mateo', '6M1S5E', ['la factura de enero']],
  ['es, after the list', 'u-mateo', '6M1S5E', ['necesito ver una factura', 'la de enero']],
  ['en, fresh', 'u-alice', '5W8A3K', ['show me the invoices from January']],
  ['en, after the list', 'u-alice', '5W8A3K', ['show me our invoices', 'and the ones from January?']],
  ['zh, fresh', 'u-li', '5W8A3K', ['一月的账单']],
])('(%s) should show the invoices of January only', async (_, user, account, messages) => {
  const { asked, others } = invoicesOverlapping(account, ...JANUARY);
  expect(asked.length).toBeGreaterThan(0);
  const said = (await conversation(messages, user)).at(-1)!;
  for (const i of asked.slice(0, 6)) expect(said).toContain(i.number);
  for (const i of others) expect(said).not.toContain(i.number);
  expect(said).not.toContain('1Z');
});

test.each<[string, DemoUser, string, string, readonly string[], string]>([
  ['es', 'u-lucia', '6M1S5E', 'Mexico City', ['kiero cambiar la direccion del paquete q va a mexico', 'a Calle Reforma 222, CDMX', 'y de paso mandame la factura de la semana pasada', 'si'], 'Calle Reforma 222'],
  ['en', 'u-alice', '5W8A3K', 'Toronto', ['I need to change the delivery address of my parcel to Toronto', 'to 55 King St W, Toronto', 'and by the way show me last week\'s invoice', 'yes'], '55 King St W'],
])('(%s) an invoice asked for during a delivery change is shown, and the change offered back', async (_, user, account, city, messages, address) => {
  const parcel = data().shipments.find((s) => s.accountNumber === account && s.destination.city === city && s.status !== 'delivered')!;
  const { asked, others } = invoicesOverlapping(account, '2026-03-09', '2026-03-15');
  const said = await conversation(messages, user);
  expect(said[1]).toContain(parcel.trackingNumber);
  // The invoices, not a parcel search.
  expect(said[2]).not.toContain('1Z');
  for (const i of asked) expect(said[2]).toContain(i.number);
  if (!asked.length) expect(said[2]).toContain((data().invoices ?? []).filter((i) => i.accountNumber === account).sort((a, b) => b.periodStart.localeCompare(a.periodStart))[0]!.number);
  else for (const i of others) expect(said[2]).not.toContain(i.number);
  // Yes to going back asks the confirmation again.
  expect(said[3]).toContain(parcel.trackingNumber);
  expect(said[3]).toContain(address);
});
