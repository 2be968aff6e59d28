/**
 * A signed-in customer who typed another account's tracking number and asks on about it ("and when
 * does it arrive?") gets the public view again, never the hint to link an account to see more: they
 * are signed in, and linking would not show another company's parcel (outside tester K21). The hint
 * is the parcel card's subtitle, so the cards are read here, not only the text.
 */
import { expect, test } from 'vitest';
import { textsFor } from '../../src/dialog/texts/index.ts';
import { DEMO_NOW } from './demoAssistant.ts';
import { useDemoAssistant } from './demoAssistant.ts';

const demo = useDemoAssistant();

const OWN_FIRST = { en: 'what did we send yesterday?', zh: '昨天寄的', es: '¿qué enviamos ayer?' } as const;

const foreign = (account: string) => demo.data.shipments.find((s) => s.accountNumber !== account && s.status === 'in_transit')!.trackingNumber;

let n = 0;
test.each([
  ['en', 'u-alice', '5W8A3K', 'and where is it now?'],
  ['en', 'u-alice', '5W8A3K', 'and when does it arrive?'],
  ['zh', 'u-li', '5W8A3K', '那个是我们的吗'],
  ['zh', 'u-li', '5W8A3K', '几号到'],
  ['es', 'u-lucia', '6M1S5E', 'y cuándo llega'],
] as const)('(%s) %s asking on about another account\'s parcel is not told to link an account', async (lang, user, own, followUp) => {
  const chat = `${user}-foreign-${++n}`;
  await demo.app.store.identities.link({ channelId: 'test', externalId: chat, userId: user, linkedAt: DEMO_NOW });
  const number = foreign(own);
  // As the tester wrote it: one of their own parcels first, then the other number, then the question.
  const replies = [];
  for (const [i, text] of [OWN_FIRST[lang], `and ${number}?`, followUp].entries()) {
    const out = await demo.app.pipeline.process({ type: 'message', id: `${chat}-${i}`, channelId: 'test', from: { id: chat }, conversation: { id: chat }, text }, async () => {});
    replies.push(JSON.stringify(out.replies));
  }
  for (const reply of replies) expect(reply).not.toContain(textsFor(lang).publicViewNote);
  expect(replies[2]).toContain(number);
});
