/**
 * A held-out set: conversations written from the domain alone (the carrier's glossary, the billing
 * centre SOP, the customer-service article, DEMO.md and the demo data), by someone who never read the
 * dialog, the parser, the generator's phrases or the other hand-written conversations. Class `holdout`;
 * it measures whether the assistant generalises beyond what it was tuned on. Written for
 * HANDWRITTEN_NOW, a Friday; every user's local date is 2026-03-20.
 *
 * Expectations are story parcels (DEMO.md) or searches the oracle filters for; a search carries `n`,
 * the count the author read off the data, checked against the oracle so that a slip in either shows.
 * `accountPick` is the one addition to the hand-written schema: after "which account?", an answer by
 * position means the account at that position of the bot's offer.
 */
import { z } from 'zod';
import { STORY_TRACKING_NUMBERS } from '../../demo/index.ts';
import { HANDWRITTEN_NOW } from './handwritten.ts';
import { Expect, Search, city } from './handwrittenSchema.ts';
import type { ConversationSpec, Expectation, OracleSearch, Query, TurnSpec } from './types.ts';
import type { World } from './world.ts';

const AccountPick = z.object({ accountPick: z.number().int().nonnegative(), position: z.number().int().positive(), search: Search });
const HoldoutExpect = z.union([AccountPick, Expect]);
const Turn = z.object({ text: z.string().min(1), expect: HoldoutExpect, n: z.number().int().min(0).max(5).optional() });
const Holdout = z.object({ id: z.string(), language: z.enum(['en', 'zh', 'es']), user: z.string(), turns: z.array(Turn).min(1) });
type Holdout = z.infer<typeof Holdout>;
type HoldoutExpect = z.infer<typeof HoldoutExpect>;

const country = (code: string) => ({ kind: 'country' as const, code });
const on = (date: string) => ({ kind: 'explicit' as const, date });
const day = (date: string) => ({ kind: 'dayOfMonth' as const, date });
const daysAgo = (n: number) => ({ kind: 'daysAgo' as const, n });
const yesterday = { kind: 'yesterday' as const };
const today = { kind: 'today' as const };
const U = 'understood' as const;

const HOLDOUT: readonly Holdout[] = z.array(Holdout).parse([
  // ───────────────────────────── English ─────────────────────────────
  { id: 'ho-en-01', language: 'en', user: 'u-alice', turns: [
    { text: 'hi there', expect: U },
    { text: "where's the box I sent to Toronto yesterday?", expect: { story: ['torontoYesterday'] } },
    { text: 'ok and when is it supposed to get there?', expect: { mentions: 'torontoYesterday' } },
  ] },
  { id: 'ho-en-02', language: 'en', user: 'u-alice', turns: [
    { text: 'Where are my London parcels at?', expect: { story: ['londonDelivered', 'londonInTransit'] } },
    { text: 'the one from Shenzhen', expect: { story: ['londonInTransit'] } },
    { text: 'and the other one?', expect: { other: 0, picked: 1 } },
  ] },
  { id: 'ho-en-03', language: 'en', user: 'u-alice', turns: [
    { text: 'what did we ship on 17 March', expect: { search: { date: on('2026-03-17') } }, n: 4 },
    { text: 'ok', expect: U },
    { text: 'the 3rd one pls', expect: { pick: 0, position: 3 } },
  ] },
  { id: 'ho-en-04', language: 'en', user: 'u-alice', turns: [
    { text: 'Can you show me everything that went out yesterday?', expect: { search: { date: yesterday } }, n: 2 },
    { text: 'the third', expect: { reoffer: 0 } },
  ] },
  { id: 'ho-en-05', language: 'en', user: 'u-alice', turns: [
    { text: "hello! quick one, what's our UPS account number?", expect: U },
    { text: "thx. and where's my parcel to Sydney?", expect: { story: ['delivered'] } },
  ] },
  { id: 'ho-en-06', language: 'en', user: 'u-alice', turns: [
    { text: 'Did I ever send anything to Paris?', expect: { story: ['parisThreeWeeksAgo'] } },
    { text: 'no sorry, I meant Beijing', expect: { story: ['shenzhenToBeijingLastWednesday'] } },
  ] },
  { id: 'ho-en-07', language: 'en', user: 'u-alice', turns: [
    { text: "parcels to Seattle that haven't been delivered yet", expect: { search: { destination: city('seattle'), status: 'not_delivered' } }, n: 2 },
    { text: '👍', expect: U },
    { text: 'the first one', expect: { pick: 0, position: 1 } },
  ] },
  { id: 'ho-en-08', language: 'en', user: 'u-alice', turns: [
    { text: 'What did I send 2 days ago?', expect: { search: { date: daysAgo(2) } }, n: 4 },
    { text: "only the ones that aren't delivered", expect: { search: { date: daysAgo(2), status: 'not_delivered' } }, n: 2 },
  ] },
  { id: 'ho-en-09', language: 'en', user: 'u-alice', turns: [
    { text: 'the parcel to Toronto I sent yesterday, has it left China?', expect: { story: ['torontoYesterday'] } },
    { text: 'sorry, I meant the one I sent the day before yesterday', expect: { search: { date: daysAgo(2), destination: city('toronto') } }, n: 0 },
  ] },
  { id: 'ho-en-10', language: 'en', user: 'u-victor', turns: [
    { text: 'Morning. Was anything shipped to South Korea on the 19th of March?', expect: { search: { date: on('2026-03-19'), destination: country('KR') } }, n: 1 },
    { text: 'has it been delivered?', expect: { search: { date: on('2026-03-19'), destination: country('KR') } }, n: 1 },
  ] },
  { id: 'ho-en-11', language: 'en', user: 'u-victor', turns: [
    { text: 'Do we qualify for the VIP programme and what would it cost us?', expect: U },
    { text: 'ok. Where is the parcel from Shenzhen to London', expect: { story: ['londonInTransit'] } },
  ] },
  { id: 'ho-en-12', language: 'en', user: 'u-bob', turns: [
    { text: 'what did i send yesterday', expect: { search: { date: yesterday } }, n: 3 },
    { text: 'just the ones going to LA', expect: { search: { date: yesterday, destination: city('los-angeles') } }, n: 2 },
    { text: 'the second', expect: { pick: 1, position: 2 } },
  ] },
  { id: 'ho-en-13', language: 'en', user: 'u-bob', turns: [
    { text: "hey where's my stuff going to Toronto?", expect: { search: { destination: city('toronto') } }, n: 3 },
    { text: 'thanks', expect: U },
    { text: 'the one sent on march 2nd', expect: { search: { destination: city('toronto'), date: on('2026-03-02') } }, n: 1 },
  ] },
  { id: 'ho-en-14', language: 'en', user: 'u-bob', turns: [
    { text: 'Any packages headed to Japan?', expect: { search: { destination: country('JP') } }, n: 2 },
    { text: 'The 2nd one.', expect: { pick: 0, position: 2 } },
    { text: 'and the other one?', expect: { other: 0, picked: 1 } },
  ] },
  { id: 'ho-en-15', language: 'en', user: 'u-bob', turns: [
    { text: 'shipments to Los Angeles on 16 Mar', expect: { search: { date: on('2026-03-16'), destination: city('los-angeles') } }, n: 1 },
    { text: 'no sorry, the 18th', expect: { search: { date: day('2026-03-18'), destination: city('los-angeles') } }, n: 2 },
  ] },
  { id: 'ho-en-16', language: 'en', user: 'u-bob', turns: [
    { text: 'Did anything go to Montreal on March 5?', expect: { search: { date: on('2026-03-05'), destination: city('montreal') } }, n: 1 },
    { text: 'sorry, march 6 not 5', expect: { search: { date: on('2026-03-06'), destination: city('montreal') } }, n: 0 },
  ] },
  { id: 'ho-en-17', language: 'en', user: 'u-oliver', turns: [
    { text: "hiya, where's my parcel to Madrid? the one that hasn't arrived yet", expect: { search: { destination: city('madrid'), status: 'not_delivered' } }, n: 1 },
    { text: 'when is it due', expect: { search: { destination: city('madrid'), status: 'not_delivered' } }, n: 1 },
  ] },
  { id: 'ho-en-18', language: 'en', user: 'u-oliver', turns: [
    { text: 'parcels to germany pls', expect: { search: { destination: country('DE') } }, n: 3 },
    { text: "what's my account number again?", expect: U },
    { text: 'the last one', expect: { pick: 0, position: 'last' } },
  ] },
  { id: 'ho-en-19', language: 'en', user: 'u-kelvin', turns: [
    { text: 'What did we send out on 13 March?', expect: { search: { date: on('2026-03-13') } }, n: 4 },
    { text: 'the one to Seoul', expect: { search: { date: on('2026-03-13'), destination: city('seoul') } }, n: 1 },
  ] },
  { id: 'ho-en-20', language: 'en', user: 'u-kelvin', turns: [
    { text: 'Thanks for sorting out my invoice last week! And where is the parcel we sent to Tokyo on 18 March?', expect: { search: { date: on('2026-03-18'), destination: city('tokyo') } }, n: 1 },
  ] },
  { id: 'ho-en-21', language: 'en', user: 'u-carol', turns: [
    { text: "where's my parcel going to Sydney that isn't delivered yet?", expect: { asksAccount: true } },
    { text: 'Maple Lane', expect: { search: { destination: city('sydney'), status: 'not_delivered' }, account: '8T4C2M' }, n: 1 },
  ] },
  { id: 'ho-en-22', language: 'en', user: 'u-carol', turns: [
    { text: 'anything sent yesterday?', expect: { asksAccount: true } },
    { text: 'the second one', expect: { accountPick: 0, position: 2, search: { date: yesterday } } },
  ] },
  { id: 'ho-en-23', language: 'en', user: 'u-carol', turns: [
    { text: 'On the Hudson Street Ceramics account, what went to Toronto?', expect: { search: { destination: city('toronto') }, account: '7N2F4D' }, n: 3 },
  ] },
  { id: 'ho-en-24', language: 'en', user: 'u-carol', turns: [
    { text: 'parcels to Mexico City not delivered yet', expect: { asksAccount: true } },
    { text: '8T4C2M', expect: { search: { destination: city('mexico-city'), status: 'not_delivered' }, account: '8T4C2M' }, n: 3 },
  ] },
  { id: 'ho-en-25', language: 'en', user: 'u-emma', turns: [
    { text: "Hi, what have we shipped to Manchester?", expect: { search: { destination: city('manchester') } }, n: 1 },
  ] },

  { id: 'ho-en-26', language: 'en', user: 'u-alice', turns: [
    { text: "Good afternoon! I've got a couple of parcels going to London, could you check on them for me please?", expect: { story: ['londonDelivered', 'londonInTransit'] } },
    { text: 'the delivered one', expect: { story: ['londonDelivered'] } },
    { text: 'great, thanks! and the one to Sydney?', expect: { story: ['delivered'] } },
  ] },
  { id: 'ho-en-27', language: 'en', user: 'u-bob', turns: [
    { text: 'need the status of the parcels I sent to Mexico City', expect: { search: { destination: city('mexico-city') } }, n: 2 },
    { text: 'btw is my latest invoice paid?', expect: U },
    { text: 'ok the first one', expect: { pick: 0, position: 1 } },
  ] },

  // ───────────────────────────── 中文 ─────────────────────────────
  { id: 'ho-zh-01', language: 'zh', user: 'u-li', turns: [
    { text: '你好', expect: U },
    { text: '我昨天寄到多伦多的包裹到哪了？', expect: { story: ['torontoYesterday'] } },
    { text: '它什么时候能到？', expect: { mentions: 'torontoYesterday' } },
  ] },
  { id: 'ho-zh-02', language: 'zh', user: 'u-li', turns: [
    { text: '寄往伦敦的包裹', expect: { story: ['londonDelivered', 'londonInTransit'] } },
    { text: '已经签收的那个', expect: { story: ['londonDelivered'] } },
    { text: '另一个呢？', expect: { other: 0, picked: 1 } },
  ] },
  { id: 'ho-zh-03', language: 'zh', user: 'u-li', turns: [
    { text: '3月17号寄出的包裹有哪些', expect: { search: { date: on('2026-03-17') } }, n: 4 },
    { text: '好的', expect: U },
    { text: '第二个', expect: { pick: 0, position: 2 } },
  ] },
  { id: 'ho-zh-04', language: 'zh', user: 'u-li', turns: [
    { text: '前天寄了哪些包裹？', expect: { search: { date: daysAgo(2) } }, n: 4 },
    { text: '只看还没签收的', expect: { search: { date: daysAgo(2), status: 'not_delivered' } }, n: 2 },
    { text: '第一个', expect: { pick: 1, position: 1 } },
  ] },
  { id: 'ho-zh-05', language: 'zh', user: 'u-li', turns: [
    { text: '昨天发的件', expect: { search: { date: yesterday } }, n: 2 },
    { text: '第三个', expect: { reoffer: 0 } },
  ] },
  { id: 'ho-zh-06', language: 'zh', user: 'u-li', turns: [
    { text: '我要查从深圳寄往伦敦的包裹', expect: { story: ['londonInTransit'] } },
    { text: '不是深圳，是上海', expect: { story: ['londonDelivered'] } },
  ] },
  { id: 'ho-zh-07', language: 'zh', user: 'u-li', turns: [
    { text: '寄到悉尼的包裹', expect: { story: ['delivered'] } },
    { text: '不对，是寄到巴黎的', expect: { story: ['parisThreeWeeksAgo'] } },
  ] },
  { id: 'ho-zh-08', language: 'zh', user: 'u-li', turns: [
    { text: '3月16号寄到西雅图的包裹', expect: { search: { date: on('2026-03-16'), destination: city('seattle') } }, n: 1 },
    { text: '不是16号，是15号', expect: { search: { date: day('2026-03-15'), destination: city('seattle') } }, n: 0 },
  ] },
  { id: 'ho-zh-09', language: 'zh', user: 'u-li', turns: [
    { text: '我们公司的UPS账号是多少？', expect: U },
    { text: '谢谢！那寄往纽约的那个包裹呢？', expect: { story: ['shanghaiToNewYork'] } },
  ] },
  { id: 'ho-zh-10', language: 'zh', user: 'u-li', turns: [
    { text: 'VIP专属客服怎么收费？', expect: U },
    { text: '帮我查一下寄到北京的包裹', expect: { story: ['shenzhenToBeijingLastWednesday'] } },
  ] },
  { id: 'ho-zh-11', language: 'zh', user: 'u-li', turns: [
    { text: '从杭州寄到迪拜的包裹', expect: { search: { origin: city('hangzhou'), destination: city('dubai') } }, n: 1 },
  ] },
  { id: 'ho-zh-12', language: 'zh', user: 'u-li', turns: [
    { text: '寄往巴西的包裹都到了吗', expect: { search: { destination: country('BR') } }, n: 3 },
    { text: '👍', expect: U },
    { text: '最后一个', expect: { pick: 0, position: 'last' } },
  ] },
  { id: 'ho-zh-13', language: 'zh', user: 'u-zhang', turns: [
    { text: '今天从上海寄出的包裹有哪些？', expect: { search: { date: today, origin: city('shanghai') } }, n: 2 },
    { text: '寄往巴西的那个', expect: { search: { date: today, origin: city('shanghai'), destination: country('BR') } }, n: 1 },
  ] },
  { id: 'ho-zh-14', language: 'zh', user: 'u-zhang', turns: [
    { text: '昨天从广州发出的货', expect: { search: { date: yesterday, origin: city('guangzhou') } }, n: 2 },
    { text: '第二个', expect: { pick: 0, position: 2 } },
  ] },
  { id: 'ho-zh-15', language: 'zh', user: 'u-zhang', turns: [
    { text: '发往阿姆斯特丹的货有几票？', expect: { search: { destination: city('amsterdam') } }, n: 3 },
    { text: '对了，我们公司开VIP专属服务要另外交年费吗？', expect: U },
    { text: '嗯，看第二个', expect: { pick: 0, position: 2 } },
  ] },
  { id: 'ho-zh-16', language: 'zh', user: 'u-zhang', turns: [
    { text: '寄往墨西哥城的包裹到哪了', expect: { search: { destination: city('mexico-city') } }, n: 3 },
    { text: '从深圳寄出的那个', expect: { search: { destination: city('mexico-city'), origin: city('shenzhen') } }, n: 1 },
  ] },
  { id: 'ho-zh-17', language: 'zh', user: 'u-zhang', turns: [
    { text: '寄往墨尔本的包裹', expect: { search: { destination: city('melbourne') } }, n: 2 },
    { text: '第三个', expect: { reoffer: 0 } },
  ] },
  { id: 'ho-zh-18', language: 'zh', user: 'u-carol', turns: [
    { text: '我有一个寄往悉尼还没签收的包裹', expect: { asksAccount: true } },
    { text: 'Maple Lane Outfitters', expect: { search: { destination: city('sydney'), status: 'not_delivered' }, account: '8T4C2M' }, n: 1 },
  ] },
  { id: 'ho-zh-19', language: 'zh', user: 'u-carol', turns: [
    { text: '查一下昨天寄的包裹', expect: { asksAccount: true } },
    { text: '第一个', expect: { accountPick: 0, position: 1, search: { date: yesterday } } },
  ] },
  { id: 'ho-zh-20', language: 'zh', user: 'u-carol', turns: [
    { text: 'Hudson Street Ceramics 账户下寄往多伦多的包裹', expect: { search: { destination: city('toronto') }, account: '7N2F4D' }, n: 3 },
  ] },
  { id: 'ho-zh-21', language: 'zh', user: 'u-kelvin', turns: [
    { text: '3月13号寄往首尔的包裹', expect: { search: { date: on('2026-03-13'), destination: city('seoul') } }, n: 1 },
    { text: '谢谢', expect: U },
  ] },
  { id: 'ho-zh-22', language: 'zh', user: 'u-li', turns: [
    { text: '寄往法国的包裹', expect: { story: ['parisThreeWeeksAgo'] } },
    { text: '它签收了吗？', expect: { mentions: 'parisThreeWeeksAgo' } },
  ] },

  { id: 'ho-zh-23', language: 'zh', user: 'u-zhang', turns: [
    { text: '寄往香港的包裹', expect: { search: { destination: city('hong-kong') } }, n: 3 },
    { text: '2月10号那个', expect: { search: { destination: city('hong-kong'), date: on('2026-02-10') } }, n: 1 },
  ] },
  { id: 'ho-zh-24', language: 'zh', user: 'u-li', turns: [
    { text: '你好，请问寄到首尔的包裹，19号寄的那个，现在到哪了？', expect: { search: { destination: city('seoul'), date: day('2026-03-19') } }, n: 1 },
    { text: '好的谢谢😊', expect: U },
  ] },

  // ───────────────────────────── Español ─────────────────────────────
  { id: 'ho-es-01', language: 'es', user: 'u-lucia', turns: [
    { text: 'Hola, ¿dónde está mi paquete a Ciudad de México?', expect: { story: ['madridToMexicoCity'] } },
    { text: '¿y cuándo llega?', expect: { mentions: 'madridToMexicoCity' } },
  ] },
  { id: 'ho-es-02', language: 'es', user: 'u-lucia', turns: [
    { text: '¿Qué envié hace dos días?', expect: { search: { date: daysAgo(2) } }, n: 4 },
    { text: 'solo los que no se han entregado', expect: { search: { date: daysAgo(2), status: 'not_delivered' } }, n: 2 },
    { text: 'el segundo', expect: { pick: 1, position: 2 } },
  ] },
  { id: 'ho-es-03', language: 'es', user: 'u-mateo', turns: [
    { text: 'paquetes del 13 de marzo', expect: { search: { date: on('2026-03-13') } }, n: 2 },
    { text: 'vale', expect: U },
    { text: 'el primero', expect: { pick: 0, position: 1 } },
  ] },
  { id: 'ho-es-04', language: 'es', user: 'u-mateo', turns: [
    { text: 'envíos del 11 de marzo', expect: { search: { date: on('2026-03-11') } }, n: 2 },
    { text: 'el tercero', expect: { reoffer: 0 } },
  ] },
  { id: 'ho-es-05', language: 'es', user: 'u-lucia', turns: [
    { text: '¿Qué paquetes he mandado de Barcelona a Nueva York?', expect: { search: { origin: city('barcelona'), destination: city('new-york') } }, n: 3 },
    { text: 'gracias', expect: U },
    { text: 'el último', expect: { pick: 0, position: 'last' } },
  ] },
  { id: 'ho-es-06', language: 'es', user: 'u-lucia', turns: [
    { text: 'paquetes a Brasil', expect: { search: { destination: country('BR') } }, n: 4 },
    { text: 'solo los que salieron de Barcelona', expect: { search: { destination: country('BR'), origin: city('barcelona') } }, n: 1 },
  ] },
  { id: 'ho-es-07', language: 'es', user: 'u-lucia', turns: [
    { text: '¿Qué mandé el 10 de marzo?', expect: { search: { date: on('2026-03-10') } }, n: 1 },
    { text: 'perdón, era el 9', expect: { search: { date: day('2026-03-09') } }, n: 1 },
  ] },
  { id: 'ho-es-08', language: 'es', user: 'u-mateo', turns: [
    { text: 'el envío a Ámsterdam del 14 de marzo', expect: { search: { date: on('2026-03-14'), destination: city('amsterdam') } }, n: 1 },
    { text: 'perdón, era a Berlín', expect: { search: { date: on('2026-03-14'), destination: city('berlin') } }, n: 0 },
  ] },
  { id: 'ho-es-09', language: 'es', user: 'u-lucia', turns: [
    { text: '¿cuál es mi número de cuenta?', expect: U },
    { text: 'gracias. ¿Y los paquetes que van a Milán desde Barcelona?', expect: { search: { origin: city('barcelona'), destination: city('milan') } }, n: 3 },
  ] },
  { id: 'ho-es-10', language: 'es', user: 'u-lucia', turns: [
    { text: '¿Tenemos derecho al servicio VIP? ¿Cuánto cuesta?', expect: U },
    { text: 'vale. ¿Dónde está el paquete que va a Berlín y aún no ha llegado?', expect: { search: { destination: city('berlin'), status: 'not_delivered' } }, n: 1 },
  ] },
  { id: 'ho-es-11', language: 'es', user: 'u-mateo', turns: [
    { text: 'buenas, q paqetes tengo sin entregar?', expect: { search: { status: 'not_delivered' } }, n: 3 },
    { text: '👍', expect: U },
    { text: 'el de Berlín', expect: { search: { status: 'not_delivered', destination: city('berlin') } }, n: 1 },
  ] },
  { id: 'ho-es-12', language: 'es', user: 'u-mateo', turns: [
    { text: 'paquetes enviados a Londres el 14 de enero', expect: { search: { date: on('2026-01-14'), destination: city('london') } }, n: 2 },
    { text: 'el primero', expect: { pick: 0, position: 1 } },
    { text: '¿y el otro?', expect: { other: 0, picked: 1 } },
  ] },
  { id: 'ho-es-13', language: 'es', user: 'u-lucia', turns: [
    { text: '¿Hay algún paquete con destino Madrid?', expect: { search: { destination: city('madrid') } }, n: 3 },
    { text: 'el del 11 de marzo', expect: { search: { destination: city('madrid'), date: on('2026-03-11') } }, n: 1 },
  ] },
  { id: 'ho-es-14', language: 'es', user: 'u-lucia', turns: [
    { text: 'paquetes a México', expect: { story: ['madridToMexicoCity'] } },
    { text: 'no, perdona, a Brasil', expect: { search: { destination: country('BR') } }, n: 4 },
  ] },
  { id: 'ho-es-15', language: 'es', user: 'u-carol', turns: [
    { text: '¿Dónde está mi paquete a Sídney que todavía no se ha entregado?', expect: { asksAccount: true } },
    { text: 'la primera', expect: { accountPick: 0, position: 1, search: { destination: city('sydney'), status: 'not_delivered' } } },
  ] },
  { id: 'ho-es-16', language: 'es', user: 'u-carol', turns: [
    { text: 'envíos de ayer', expect: { asksAccount: true } },
    { text: 'Hudson Street', expect: { search: { date: yesterday }, account: '7N2F4D' }, n: 3 },
  ] },
  { id: 'ho-es-17', language: 'es', user: 'u-carol', turns: [
    { text: 'En la cuenta 8T4C2M, ¿qué paquetes van a Ciudad de México sin entregar?', expect: { search: { destination: city('mexico-city'), status: 'not_delivered' }, account: '8T4C2M' }, n: 3 },
  ] },
  { id: 'ho-es-18', language: 'es', user: 'u-lucia', turns: [
    { text: '¿Qué mandé ayer?', expect: { search: { date: yesterday } }, n: 0 },
  ] },
  { id: 'ho-es-19', language: 'es', user: 'u-mateo', turns: [
    { text: 'paquete a París del 10 de marzo', expect: { search: { date: on('2026-03-10'), destination: city('paris') } }, n: 1 },
    { text: '¿ya se entregó?', expect: { search: { date: on('2026-03-10'), destination: city('paris') } }, n: 1 },
  ] },
  { id: 'ho-es-20', language: 'es', user: 'u-lucia', turns: [
    { text: 'hola! me podrías decir dónde está mi envío a Berlín que salió el 18 de marzo?', expect: { search: { date: on('2026-03-18'), destination: city('berlin') } }, n: 1 },
  ] },
  { id: 'ho-es-21', language: 'es', user: 'u-lucia', turns: [
    { text: '¿Qué salió el 14 de enero?', expect: { search: { date: on('2026-01-14') } }, n: 3 },
    { text: 'por cierto, ¿cuál es nuestro número de cuenta?', expect: U },
    { text: 'vale, pues el último', expect: { pick: 0, position: 'last' } },
  ] },
  { id: 'ho-es-22', language: 'es', user: 'u-mateo', turns: [
    { text: '¿Qué paquetes salieron de Barcelona el 13 de marzo?', expect: { search: { date: on('2026-03-13'), origin: city('barcelona') } }, n: 1 },
  ] },
  { id: 'ho-es-23', language: 'es', user: 'u-lucia', turns: [
    { text: 'paquetes del 18 de marzo', expect: { search: { date: on('2026-03-18') } }, n: 4 },
    { text: 'solo los entregados', expect: { search: { date: on('2026-03-18'), status: 'delivered' } }, n: 2 },
    { text: 'el segundo', expect: { pick: 1, position: 2 } },
  ] },
  { id: 'ho-es-24', language: 'es', user: 'u-mateo', turns: [
    { text: 'Buenos días. Necesito saber el estado de los paquetes que mandamos a Nueva York desde Barcelona, por favor.', expect: { search: { origin: city('barcelona'), destination: city('new-york') } }, n: 3 },
    { text: 'el del 27 de febrero', expect: { search: { origin: city('barcelona'), destination: city('new-york'), date: on('2026-02-27') } }, n: 1 },
  ] },
]);

/** The held-out conversations, with their expectations computed on `world` (HANDWRITTEN_NOW). */
export function holdoutConversations(world: World): ConversationSpec[] {
  if (world.now !== HANDWRITTEN_NOW) throw new Error(`the held-out conversations are written for ${HANDWRITTEN_NOW}`);
  const problems: string[] = [];
  const specs = HOLDOUT.map((c) => ({
    id: c.id,
    class: 'holdout' as const,
    language: c.language,
    user: c.user,
    now: world.now,
    turns: c.turns.flatMap((t) => {
      try {
        return [turnOf(world, c, t.text, t.expect, t.n)];
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
        return [];
      }
    }),
  }));
  if (problems.length > 0) throw new Error(`held-out conversations disagree with the data:\n${problems.join('\n')}`);
  return specs;
}

function turnOf(world: World, c: Holdout, text: string, e: HoldoutExpect, n: number | undefined): TurnSpec {
  const where = `${c.id} "${text}"`;
  const expected = (account: string, query: Query): string[] => {
    const found = world.expected(c.user, account, query);
    if (found === null) throw new Error(`${where}: the oracle finds the search ambiguous`);
    if (found.length > 5) throw new Error(`${where}: ${found.length} parcels fit, more than a choice can offer`);
    return found;
  };
  const check = (found: readonly string[]): void => {
    if (n !== undefined && found.length !== n) throw new Error(`${where}: the author counted ${n} parcels, the oracle ${found.length}`);
  };
  const only = (): string => {
    const accounts = world.accountsOf(c.user);
    if (accounts.length !== 1) throw new Error(`${where}: ${c.user} has ${accounts.length} accounts; name one`);
    return accounts[0]!;
  };
  const turn = (expect: Expectation, search?: OracleSearch): TurnSpec => ({ text, expect, ...(search ? { search } : {}) });
  if (e === 'any') return turn({ kind: 'any' });
  if (e === 'understood') return turn({ kind: 'understood' });
  if ('story' in e) return turn({ kind: 'parcels', trackingNumbers: e.story.map((k) => STORY_TRACKING_NUMBERS[k]) });
  if ('accountPick' in e) {
    const query = e.search as Query;
    const byAccount: Record<string, string[]> = {};
    for (const account of world.accountsOf(c.user)) byAccount[account] = expected(account, query);
    return turn({ kind: 'accountPick', turn: e.accountPick, position: e.position, byAccount });
  }
  if ('search' in e) {
    const account = e.account ?? only();
    const query = e.search as Query;
    const found = expected(account, query);
    check(found);
    return turn({ kind: 'parcels', trackingNumbers: found }, { account, query });
  }
  if ('nothing' in e) return turn({ kind: 'nothing' });
  if ('mentions' in e) return turn({ kind: 'mentions', trackingNumber: STORY_TRACKING_NUMBERS[e.mentions] });
  if ('reoffer' in e) return turn({ kind: 'reoffer', turn: e.reoffer });
  if ('pick' in e) return turn({ kind: 'pick', turn: e.pick, position: e.position });
  if ('other' in e) return turn({ kind: 'other', turn: e.other, picked: e.picked });
  return turn({ kind: 'asksAccount', accounts: world.accountsOf(c.user) });
}
