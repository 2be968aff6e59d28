/**
 * Conversations written by hand from the domain alone: what a shipper who has read the carrier's
 * customer-service article would type (en, zh, es), mixing requests, references, corrections and
 * interruptions. Expectations name story parcels (DEMO.md) or a search the oracle filters for;
 * they are written for HANDWRITTEN_NOW, a Friday.
 */
import { z } from 'zod';
import { STORY_TRACKING_NUMBERS } from '../../demo/index.ts';
import type { ConversationSpec, Expectation, Query } from './types.ts';
import { Conversation, city, type Expect } from './handwrittenSchema.ts';
import type { World } from './world.ts';

export const HANDWRITTEN_NOW = '2026-03-20T09:00:00.000Z';

const HANDWRITTEN: readonly Conversation[] = z.array(Conversation).parse([
  {
    id: 'toronto-then-when', language: 'en', user: 'u-alice',
    turns: [
      { text: 'Hi! I sent a box to Toronto yesterday, where is it?', expect: { search: { date: { kind: 'yesterday' }, destination: city('toronto') } } },
      { text: 'when will it get there?', expect: { mentions: 'torontoYesterday' } },
    ],
  },
  {
    id: 'shanghai-london-then-all-london', language: 'zh', user: 'u-li',
    turns: [
      { text: '我要查上周从上海寄往伦敦的包裹', expect: { search: { date: { kind: 'lastWeek' }, origin: city('shanghai'), destination: city('london') } } },
      { text: '那寄到伦敦的包裹一共有哪些？', expect: { search: { destination: city('london') } } },
    ],
  },
  {
    id: 'london-third-of-two', language: 'en', user: 'u-alice',
    turns: [
      { text: 'where are my parcels to London?', expect: { search: { destination: city('london') } } },
      { text: 'the third one', expect: { reoffer: 0 } },
    ],
  },
  {
    id: 'mexico-city-cuando-llega', language: 'es', user: 'u-lucia',
    turns: [
      { text: 'Hola, ¿dónde está el paquete que mandé a Ciudad de México?', expect: { search: { destination: city('mexico-city') } } },
      { text: '¿y cuándo llega?', expect: { mentions: 'madridToMexicoCity' } },
    ],
  },
  {
    id: 'london-second-then-other', language: 'en', user: 'u-alice',
    turns: [
      { text: 'parcels to London please', expect: { search: { destination: city('london') } } },
      { text: 'the second one', expect: { pick: 0, position: 2 } },
      { text: 'and the other one?', expect: { other: 0, picked: 1 } },
    ],
  },
  {
    id: 'london-first-then-other-zh', language: 'zh', user: 'u-li',
    turns: [
      { text: '寄到伦敦的包裹', expect: { search: { destination: city('london') } } },
      { text: '第一个', expect: { pick: 0, position: 1 } },
      { text: '另一个呢？', expect: { other: 0, picked: 1 } },
    ],
  },
  {
    id: 'not-shanghai-shenzhen', language: 'en', user: 'u-alice',
    turns: [
      { text: 'my parcel from Shanghai to London', expect: { story: ['londonDelivered'] } },
      { text: 'not Shanghai, Shenzhen', expect: { story: ['londonInTransit'] } },
    ],
  },
  {
    id: 'chicago-meant-sydney', language: 'en', user: 'u-alice',
    turns: [
      { text: "I'm looking for the parcel I sent to Chicago", expect: { story: ['lateSilent'] } },
      { text: 'sorry, I meant to Sydney', expect: { search: { destination: city('sydney') } } },
    ],
  },
  {
    id: 'paris-ya-se-entrego', language: 'es', user: 'u-alice',
    turns: [
      { text: '¿Dónde está mi envío a París?', expect: { story: ['parisThreeWeeksAgo'] } },
      { text: '¿ya se entregó?', expect: { mentions: 'parisThreeWeeksAgo' } },
    ],
  },
  {
    id: 'london-thumbs-then-delivered', language: 'en', user: 'u-alice',
    turns: [
      { text: 'parcels to London', expect: { search: { destination: city('london') } } },
      { text: 'thanks', expect: 'understood' },
      { text: '👍', expect: 'understood' },
      { text: '👍', expect: 'understood' },
      { text: 'the one that was already delivered', expect: { story: ['londonDelivered'] } },
    ],
  },
  {
    id: 'carol-account-by-name', language: 'en', user: 'u-carol',
    turns: [
      // Both accounts sent parcels yesterday: which one is asked.
      { text: 'Hi, where are the parcels I sent yesterday?', expect: { asksAccount: true } },
      { text: 'Hudson Street Ceramics', expect: { search: { date: { kind: 'yesterday' } }, account: '7N2F4D' } },
      // The account named in the request wins over the one chosen a moment ago.
      { text: 'and on account 8T4C2M, which parcels did I send to Montreal yesterday?', expect: { search: { date: { kind: 'yesterday' }, destination: city('montreal') }, account: '8T4C2M' } },
    ],
  },
  {
    // Only Hudson Street (7N2F4D) sent anything to Dallas yesterday: the data says which account, no question.
    id: 'carol-account-from-data', language: 'en', user: 'u-carol',
    turns: [{ text: 'Hi, where are the parcels I sent to Dallas yesterday?', expect: { search: { date: { kind: 'yesterday' }, destination: city('dallas') }, account: '7N2F4D' } }],
  },
  {
    id: 'carol-account-in-request', language: 'en', user: 'u-carol',
    turns: [{ text: 'On account 8T4C2M, which parcels did I send to Montreal yesterday?', expect: { search: { date: { kind: 'yesterday' }, destination: city('montreal') }, account: '8T4C2M' } }],
  },
  {
    id: 'beijing-this-wednesday', language: 'zh', user: 'u-li',
    turns: [{ text: '这周三从深圳寄到北京的包裹到哪了？', expect: { story: ['shenzhenToBeijingLastWednesday'] } }],
  },
  {
    id: 'account-number-then-new-york', language: 'en', user: 'u-alice',
    turns: [
      { text: "what's my account number?", expect: 'understood' },
      { text: "thanks. Where's the parcel I sent to New York?", expect: { story: ['shanghaiToNewYork'] } },
    ],
  },
  {
    id: 'thanks-then-toronto-zh', language: 'zh', user: 'u-li',
    turns: [
      { text: '谢谢！还有，我昨天寄到多伦多的包裹到哪了？', expect: { story: ['torontoYesterday'] } },
    ],
  },
  {
    id: 'sydney-10th-then-11th', language: 'en', user: 'u-alice',
    turns: [
      { text: "where's the parcel to Sydney I sent on the 10th?", expect: { story: ['delivered'] } },
      { text: 'no, the 11th', expect: { search: { date: { kind: 'dayOfMonth', date: '2026-03-11' }, destination: city('sydney') } } },
    ],
  },
  {
    id: 'nueva-york-el-segundo', language: 'es', user: 'u-alice',
    turns: [
      { text: '¿dónde está el paquete que mandé a Nueva York?', expect: { story: ['shanghaiToNewYork'] } },
      { text: 'el segundo', expect: { mentions: 'shanghaiToNewYork' } },
    ],
  },
  {
    id: 'london-aside-then-shenzhen', language: 'en', user: 'u-alice',
    turns: [
      { text: 'show me the parcels to London', expect: { search: { destination: city('london') } } },
      { text: "what's my account number?", expect: 'understood' },
      { text: 'ok, the one from Shenzhen', expect: { story: ['londonInTransit'] } },
    ],
  },
  {
    id: 'hola-gracias-mexico', language: 'es', user: 'u-lucia',
    turns: [
      { text: 'Hola', expect: 'understood' },
      { text: 'gracias', expect: 'understood' },
      { text: '¿dónde está mi paquete para Ciudad de México?', expect: { story: ['madridToMexicoCity'] } },
    ],
  },
  {
    id: 'saturday-london-not-from-shenzhen', language: 'zh', user: 'u-li',
    turns: [
      { text: '上周六从上海寄到伦敦的包裹', expect: { story: ['londonDelivered'] } },
      { text: '不对，是从深圳寄的', expect: { search: { date: { kind: 'weekday', weekday: 6 }, origin: city('shenzhen'), destination: city('london') } } },
    ],
  },
  {
    id: 'londres-el-otro', language: 'es', user: 'u-alice',
    turns: [
      { text: '¿Qué paquetes envié a Londres?', expect: { search: { destination: city('london') } } },
      { text: 'el primero', expect: { pick: 0, position: 1 } },
      { text: '¿y el otro?', expect: { other: 0, picked: 1 } },
    ],
  },
  {
    id: 'london-third-zh', language: 'zh', user: 'u-li',
    turns: [
      { text: '寄到伦敦的包裹有哪些？', expect: { search: { destination: city('london') } } },
      { text: '第三个', expect: { reoffer: 0 } },
    ],
  },
  {
    id: 'sidney-dia-11', language: 'es', user: 'u-alice',
    turns: [
      { text: '¿Dónde está el paquete que mandé a Sídney el día 10?', expect: { story: ['delivered'] } },
      { text: 'no, el día 11', expect: { search: { date: { kind: 'dayOfMonth', date: '2026-03-11' }, destination: city('sydney') } } },
    ],
  },
  {
    id: 'late-complaint-then-london', language: 'en', user: 'u-alice',
    turns: [
      { text: 'my parcel to Chicago still hasn\'t arrived, it was due last week', expect: 'any' },
      // A new search: nothing carried over from the complaint (not "not delivered", not Chicago).
      { text: 'which parcels did I send to London?', expect: { search: { destination: city('london') } } },
    ],
  },
]);

function resolve(world: World, user: string, e: z.infer<typeof Expect>): Expectation {
  if (e === 'any') return { kind: 'any' };
  if (e === 'understood') return { kind: 'understood' };
  if ('story' in e) return { kind: 'parcels', trackingNumbers: e.story.map((k) => STORY_TRACKING_NUMBERS[k]) };
  if ('search' in e) {
    const account = e.account ?? world.accountsOf(user)[0]!;
    const found = world.expected(user, account, e.search as Query);
    if (!found || found.length > 5) throw new Error(`handwritten search ${JSON.stringify(e.search)} is ambiguous or finds more than five`);
    return found.length === 0 ? { kind: 'nothing' } : { kind: 'parcels', trackingNumbers: found };
  }
  if ('nothing' in e) return { kind: 'nothing' };
  if ('mentions' in e) return { kind: 'mentions', trackingNumber: STORY_TRACKING_NUMBERS[e.mentions] };
  if ('reoffer' in e) return { kind: 'reoffer', turn: e.reoffer };
  if ('pick' in e) return { kind: 'pick', turn: e.pick, position: e.position };
  if ('other' in e) return { kind: 'other', turn: e.other, picked: e.picked };
  return { kind: 'asksAccount', accounts: world.accountsOf(user).sort() };
}

/** The hand-written conversations with their expectations resolved on `world` (at HANDWRITTEN_NOW). */
export function handwrittenConversations(world: World): ConversationSpec[] {
  if (world.now !== HANDWRITTEN_NOW) throw new Error(`handwritten conversations are written for ${HANDWRITTEN_NOW}`);
  return HANDWRITTEN.map((c) => ({
    id: `handwritten-${c.id}`,
    class: 'handwritten',
    language: c.language,
    user: c.user,
    now: world.now,
    turns: c.turns.map((t) => ({
      text: t.text,
      expect: resolve(world, c.user, t.expect),
      ...(typeof t.expect === 'object' && 'search' in t.expect
        ? { search: { account: t.expect.account ?? world.accountsOf(c.user)[0]!, query: t.expect.search as Query } }
        : {}),
    })),
  }));
}
