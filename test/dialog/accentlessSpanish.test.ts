/**
 * Spanish typed without accents is read and answered as Spanish (found by an outside tester: "quiero
 * reclamar la ultima factura" asked which invoice; "mande algo a Londres en febrero?" was answered in
 * English). Invoices and parcels are found by plain filters over the demo data (the oracle).
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('accentless');

const invoicesOf = (account: string) => (data().invoices ?? []).filter((i) => i.accountNumber === account).sort((a, b) => b.periodStart.localeCompare(a.periodStart));

test.each([
  ['es, accents', 'quiero reclamar la última factura'],
  ['es, no accents', 'quiero reclamar la ultima factura'],
  ['en', 'I want to dispute our last invoice'],
  ['zh', '我要对最新的账单提出异议'],
])('(%s) %j should be about the latest invoice only', async (_, text) => {
  const [latest, ...older] = invoicesOf('6M1S5E');
  const [said] = await conversation([text], 'u-lucia');
  expect(said).toContain(latest!.number);
  for (const other of older) expect(said).not.toContain(other.number);
});

test.each([
  ['mandé algo a Londres en febrero?', ['y en enero?']],
  ['mande algo a Londres en febrero?', ['y en enero?']],
])('%j should be answered in Spanish, with the parcels sent to London that month', async (first, rest) => {
  const said = await conversation([first, ...rest], 'u-lucia');
  const toLondonIn = (month: string) =>
    data().shipments.filter((s) => s.accountNumber === '6M1S5E' && s.destination.city === 'London' && s.shipDate.startsWith(month));
  const february = toLondonIn('2026-02');
  expect(february.length).toBeGreaterThan(1);
  for (const s of february) expect(said[0]).toContain(s.trackingNumber);
  for (const answer of said) {
    expect(answer).toContain('Londres');
    expect(answer).not.toMatch(/\bsent\b|\bWhich\b/);
  }
  expect(toLondonIn('2026-01').some((s) => said[1]!.includes(s.trackingNumber))).toBe(true);
});
