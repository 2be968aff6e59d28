/**
 * A position said several turns after a list (outside tester round 7, N11): "volviendo al segundo, ¿cuándo llega?" after
 * picks from the list, an unrelated question and another list is the second of the list the picks were from (it was
 * the third, the parcel in focus); "and the third one you listed at the start" is the third of the first list of the
 * conversation (it was the parcel in focus). The oracle is the list the assistant showed first: the account's parcels
 * sent last week by a plain filter, in the order the reply lists them.
 */
import { expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('earlier-list-reference');

/** Last week at the demo clock (Fri 20 Mar 2026): Mon 9 – Sun 15 Mar. */
const sentLastWeek = (account: string): ShipmentRecord[] => data().shipments.filter((s) => s.accountNumber === account && s.shipDate >= '2026-03-09' && s.shipDate <= '2026-03-15');

/** The parcels of `oracle` a reply shows, in the order it shows them. */
const inOrderShown = (oracle: ShipmentRecord[], said: string): ShipmentRecord[] =>
  oracle.filter((s) => said.includes(s.trackingNumber)).sort((a, b) => said.indexOf(a.trackingNumber) - said.indexOf(b.trackingNumber));

test.each([
  // After picks from the first list, a bill question and another list: "back to the second" is of the list picked from.
  ['es', 'u-lucia', '6M1S5E', ['¿qué enviamos la semana pasada?', '¿dónde está el segundo que me dijiste?', '¿y el tercero?', '¿cuánto debemos?', 'muéstrame los paquetes recientes', 'volviendo al segundo, ¿cuándo llega?'], 2],
  ['en', 'u-alice', '5W8A3K', ['what did we send last week', 'the second one', 'and the third?', 'how much do we owe', 'show me our recent parcels', 'back to the second one, when does it arrive?'], 2],
  ['zh', 'u-li', '5W8A3K', ['上周寄了哪些包裹', '第二个', '第三个呢', '我们欠多少钱', '最近寄了哪些包裹', '回到第二个，什么时候到'], 2],
  // "at the start": the first list of the conversation, after another list and other talk.
  ['en', 'u-alice', '5W8A3K', ['what did we send last week', 'the first one', 'how much do we owe', 'show me our recent parcels', 'and the third one you listed at the start'], 3],
  ['zh', 'u-li', '5W8A3K', ['上周寄了哪些包裹', '第一个', '我们欠多少钱', '最近寄了哪些包裹', '一开始列的第三个呢'], 3],
  ['es', 'u-lucia', '6M1S5E', ['¿qué enviamos la semana pasada?', 'el primero', '¿cuánto debemos?', 'muéstrame los paquetes recientes', '¿y el tercero de la lista de al principio?'], 3],
] as const)('(%s) %s: a position said after other talk and another list is of the list meant', async (_lang, user, account, messages, position) => {
  const said = await conversationOf(user, [...messages]);
  const first = inOrderShown(sentLastWeek(account), said[0]!);
  expect(first.length).toBeGreaterThanOrEqual(3);
  const meant = first[position - 1]!;
  const answer = said[said.length - 1]!;
  expect(answer).toContain(meant.trackingNumber);
  for (const other of first.filter((s) => s !== meant)) expect(answer).not.toContain(other.trackingNumber);
  // The property: the same parcel as picking that position right after the list.
  const right = await conversationOf(user, [messages[0], String(position)]);
  expect(right[1]).toContain(meant.trackingNumber);
});
