/**
 * A parcel marked delivered that the customer does not have (outside tester round 8, P24): "abran una investigación
 * por favor" after "¿abro una incidencia para rastrearlo?" (and a question in between) asked the same question back;
 * no trace was ever opened. Expected, in en/zh/es: a request to investigate in so many words opens the trace on that
 * parcel (one open lost/delayed ticket naming it, its number in the answer). The parcel is the demo data's only one to
 * the city, delivered (a plain filter); each language asks about a different one, so no ticket is open before.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const demo = demoConversations('trace-asked-of-delivered');

const onlyOneTo = (city: string) => {
  const found = demo.data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === city);
  expect(found).toHaveLength(1);
  expect(found[0]!.status).toBe('delivered');
  return found[0]!.trackingNumber;
};
const tracesOn = async (parcel: string) => (await demo.app().store.tickets.openForAccount('5W8A3K', 'lost_delayed')).filter((t) => t.trackingNumbers.includes(parcel));

test.each([
  ['en', 'u-alice', 'Beijing', ['the beijing parcel shows delivered but the customer says they never got it', 'where was it delivered?', 'can you open an investigation?']],
  ['zh', 'u-li', 'Sydney', ['寄悉尼的包裹显示已签收，但是客户说没收到', '在哪里签收的？', '请帮我立案调查']],
  ['es', 'u-alice', 'Paris', ['el paquete a París figura como entregado pero el cliente dice que no lo tiene', '¿dónde lo entregaron?', 'abran una investigación por favor']],
] as const)('(%s) "investigate it" about a parcel marked delivered opens its trace, even after another question', async (_lang, user, city, messages) => {
  const parcel = onlyOneTo(city);
  expect(await tracesOn(parcel)).toEqual([]);
  const said = await demo.conversationOf(user, messages);
  expect(said[0]).toContain(parcel);
  const traces = await tracesOn(parcel);
  expect(traces).toHaveLength(1);
  expect(said.at(-1)).toContain(traces[0]!.number);
});
