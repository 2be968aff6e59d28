/**
 * A dispute of the invoice of a month, said as a complaint in Chinese ("2月份的账单运费不对，我要申诉",
 * "我要申诉2月份的账单") or plainly in English, starts the billing dispute with that month's invoices offered
 * (found by an outside tester: a parcel search of February, then a parcel handed to people). The invoices
 * come from the demo data by a plain filter.
 */
import { expect, test } from 'vitest';
import { useDemoAssistant } from './demoAssistant.ts';

const demo = useDemoAssistant();
let n = 0;

async function offered(user: string, text: string): Promise<{ text: string; choices: string[] }> {
  const id = `dispute-of-period-${++n}`;
  await demo.app.store.identities.link({ channelId: 'test', externalId: `${id}-chat`, userId: user, linkedAt: '2026-03-20T09:00:00.000Z' });
  const out = await demo.app.pipeline.process({ type: 'message', id, channelId: 'test', from: { id: `${id}-chat` }, conversation: { id }, text }, async () => {});
  const messages = out.replies.filter((r) => r.type === 'message');
  const choices = messages.flatMap((m) => ((m as { suggestedActions?: { actions: { value: string }[] } }).suggestedActions?.actions ?? []).map((a) => String(a.value)));
  return { text: messages.map((m) => m.text ?? '').join('\n'), choices };
}

test.each([
  ['zh', 'u-li', '2月份的账单运费不对，我要申诉'],
  ['zh', 'u-li', '我要申诉2月份的账单'],
  ['en', 'u-alice', "I want to dispute february's invoice"],
] as const)('(%s) "%s" offers the February invoices to dispute, not parcels', async (_lang, user, text) => {
  const february = (demo.data.invoices ?? [])
    .filter((i) => i.accountNumber === '5W8A3K' && i.periodStart <= '2026-02-28' && i.periodEnd >= '2026-02-01' && i.status !== 'disputed')
    .map((i) => i.number);
  expect(february.length).toBeGreaterThan(1);
  const answer = await offered(user, text);
  expect(answer.choices.length).toBeGreaterThan(0);
  for (const c of answer.choices) expect(february).toContain(c);
  expect(answer.text).not.toMatch(/1Z|包裹|parcels/u);
});
