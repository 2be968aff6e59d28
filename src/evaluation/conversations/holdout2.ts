/**
 * A second held-out set (class `holdout2`): 60 conversations (20 en, 20 zh, 20 es) written from the
 * domain alone (the seeds, DEMO.md and the demo data), by someone who has not read the dialog, the
 * parser, the generator's phrases or the first held-out set. Customers write the way they do after
 * reading a carrier's help pages: long messages with the question in the middle, several questions at
 * once, colloquial and regional wording, mixed languages, numbers as words, relative dates, emoji,
 * corrections, references several turns back, small talk between turns.
 *
 * Every search carries the count its author read off the data (`n`); the oracle's answer must agree
 * and be unambiguous (one reading of the date in the customer's zone), or building the set throws.
 * Now is HANDWRITTEN_NOW, Friday 2026-03-20 09:00 UTC.
 */
import { z } from 'zod';
import { STORY_TRACKING_NUMBERS } from '../../demo/index.ts';
import { Conversation, Expect, Search, city } from './handwrittenSchema.ts';
import type { ConversationSpec, Expectation, Query, TurnSpec } from './types.ts';
import type { World } from './world.ts';

const NOW = '2026-03-20T09:00:00.000Z';

/** The schema's expectations, plus a search with the count read off the data and an answer by position to "which account?". */
export const Expect2 = z.union([
  z.object({ search: Search, account: z.string().optional(), n: z.number().int().min(0).max(5) }),
  z.object({ accountPick: z.object({ turn: z.number().int().nonnegative(), position: z.number().int().positive(), search: Search, n: z.record(z.string(), z.number().int().min(0).max(5)) }) }),
  Expect,
]);
export type Expect2 = z.infer<typeof Expect2>;
export const Conversation2 = Conversation.extend({ turns: z.array(z.object({ text: z.string().min(1), expect: Expect2 })).min(1) });
export type Conversation2 = z.infer<typeof Conversation2>;

const country = (code: string) => ({ kind: 'country' as const, code });
const explicit = (date: string) => ({ kind: 'explicit' as const, date });
const daysAgo = (n: number) => ({ kind: 'daysAgo' as const, n });
const weekday = (w: number) => ({ kind: 'weekday' as const, weekday: w });
const U = 'understood' as const;

// prettier-ignore
const CONVERSATIONS: Conversation2[] = [
  // ───────────────────────────── English ─────────────────────────────
  { id: 'h2-en-01-rambling-toronto', language: 'en', user: 'u-alice', turns: [
    { text: "Morning! Sorry in advance for the essay, our warehouse guy is off sick so I'm covering his desk and honestly I have no idea how half of this works... anyway, where is the box we sent to Toronto yesterday? The customer has emailed me three times already. Thanks a million!", expect: { story: ['torontoYesterday'] } },
  ] },
  { id: 'h2-en-02-london-first-other', language: 'en', user: 'u-alice', turns: [
    { text: 'which parcels have gone to London?', expect: { search: { destination: city('london') }, n: 2 } },
    { text: 'the first one you showed me', expect: { pick: 0, position: 1 } },
    { text: 'cheers 👍', expect: U },
    { text: 'and what about the other one?', expect: { other: 0, picked: 1 } },
  ] },
  { id: 'h2-en-03-two-questions-seoul', language: 'en', user: 'u-alice', turns: [
    { text: "Two things, quickly: what's our account number again, and did anything go out to Seoul yesterday?", expect: { search: { date: { kind: 'yesterday' }, destination: city('seoul') }, n: 1 } },
  ] },
  { id: 'h2-en-04-wrong-city-corrected', language: 'en', user: 'u-alice', turns: [
    { text: "Where's the parcel we sent to Berlin — sorry, no, not Berlin, I mean the one to Paris", expect: { story: ['parisThreeWeeksAgo'] } },
  ] },
  { id: 'h2-en-05-guangzhou-seventeenth', language: 'en', user: 'u-alice', turns: [
    { text: 'did we ship anything out of Guangzhou on Tuesday the seventeenth?', expect: { search: { date: explicit('2026-03-17'), origin: city('guangzhou') }, n: 1 } },
  ] },
  { id: 'h2-en-06-victor-seattle-second', language: 'en', user: 'u-victor', turns: [
    { text: "Hi, Victor here from the London office 🇬🇧 Quick one: the parcels heading to Seattle that haven't arrived yet, where are they at?", expect: { search: { destination: city('seattle'), status: 'not_delivered' }, n: 2 } },
    { text: 'the second one please', expect: { pick: 0, position: 2 } },
  ] },
  { id: 'h2-en-07-paula-new-york', language: 'en', user: 'u-paula', turns: [
    { text: "hey, I mostly handle the invoices here so bear with me, but my boss just asked me to chase the shipment coming to New York (it's for our office actually). Where is it?", expect: { story: ['shanghaiToNewYork'] } },
  ] },
  { id: 'h2-en-08-dana-berlin-damaged', language: 'en', user: 'u-dana', turns: [
    { text: 'I think the parcel that went to Berlin got damaged on the way, can you check what happened to it?', expect: { mentions: 'damaged' } },
  ] },
  { id: 'h2-en-09-bob-la-third-then-first', language: 'en', user: 'u-bob', turns: [
    { text: "Hey there. We sent a bunch of stuff out to LA the day before yesterday — which of those are still on the road?", expect: { search: { date: daysAgo(2), destination: city('los-angeles'), status: 'not_delivered' }, n: 2 } },
    { text: 'the third one', expect: { reoffer: 0 } },
    { text: 'oops, my bad, I meant the first one', expect: { pick: 0, position: 1 } },
  ] },
  { id: 'h2-en-10-bob-canada-montreal', language: 'en', user: 'u-bob', turns: [
    { text: 'did anything go to Canada, Montreal I mean, on March fifth?', expect: { search: { date: explicit('2026-03-05'), destination: city('montreal') }, n: 1 } },
  ] },
  { id: 'h2-en-11-oliver-manchester', language: 'en', user: 'u-oliver', turns: [
    { text: "Alright? Sent a parcel up to Manchester the day before yesterday for my mum's birthday, has it got there yet?", expect: { search: { date: daysAgo(2), destination: city('manchester') }, n: 1 } },
  ] },
  { id: 'h2-en-12-oliver-spain-then-paris', language: 'en', user: 'u-oliver', turns: [
    { text: "what have I got on its way to Spain at the moment?", expect: { search: { destination: country('ES'), status: 'not_delivered' }, n: 1 } },
    { text: 'lovely, cheers mate', expect: U },
    { text: 'oh and did I send anything to Paris yesterday? cannot remember', expect: { search: { date: { kind: 'yesterday' }, destination: city('paris') }, n: 0 } },
  ] },
  { id: 'h2-en-13-kelvin-tokyo-then-seoul', language: 'en', user: 'u-kelvin', turns: [
    { text: 'the Tokyo parcel from last Friday, delivered or not?', expect: { search: { date: weekday(5), destination: city('tokyo') }, n: 1 } },
    { text: 'ok. and the one to Seoul on that same day?', expect: { search: { date: weekday(5), destination: city('seoul') }, n: 1 } },
  ] },
  { id: 'h2-en-14-carol-mexico-by-name', language: 'en', user: 'u-carol', turns: [
    { text: 'where is the stuff we sent to Mexico City on the thirteenth?', expect: { asksAccount: true } },
    { text: 'Maple Lane', expect: { search: { date: explicit('2026-03-13'), destination: city('mexico-city') }, account: '8T4C2M', n: 2 } },
  ] },
  { id: 'h2-en-15-carol-account-in-request', language: 'en', user: 'u-carol', turns: [
    { text: 'On the Hudson Street Ceramics account — what went to Miami this Monday?', expect: { search: { date: explicit('2026-03-16'), destination: city('miami') }, account: '7N2F4D', n: 1 } },
  ] },
  { id: 'h2-en-16-carol-account-by-position', language: 'en', user: 'u-carol', turns: [
    { text: 'Anything go to Paris yesterday?', expect: { asksAccount: true } },
    { text: 'the first one', expect: { accountPick: { turn: 0, position: 1, search: { date: { kind: 'yesterday' }, destination: city('paris') }, n: { '8T4C2M': 1, '7N2F4D': 0 } } } },
  ] },
  { id: 'h2-en-17-emma-la-chicago', language: 'en', user: 'u-emma', turns: [
    { text: "Hi! Emma from the LA team here. Looking for the Los Angeles to Chicago shipment from yesterday — is it moving?", expect: { search: { date: { kind: 'yesterday' }, origin: city('los-angeles'), destination: city('chicago') }, n: 1 } },
  ] },
  { id: 'h2-en-18-smalltalk-chengdu-beijing', language: 'en', user: 'u-alice', turns: [
    { text: 'hi there 😊', expect: U },
    { text: 'what went to Chengdu on Wednesday the 18th?', expect: { search: { date: explicit('2026-03-18'), destination: city('chengdu') }, n: 1 } },
    { text: 'ok thx', expect: U },
    { text: 'and the one to Beijing on that same day?', expect: { story: ['shenzhenToBeijingLastWednesday'] } },
  ] },
  { id: 'h2-en-19-back-to-first-list', language: 'en', user: 'u-alice', turns: [
    { text: 'show me the parcels to London', expect: { search: { destination: city('london') }, n: 2 } },
    { text: 'the second one', expect: { pick: 0, position: 2 } },
    { text: "right. separate question, where's the Sydney one from ten days ago?", expect: { search: { date: daysAgo(10), destination: city('sydney') }, n: 1 } },
    { text: 'thanks. going back to that London list, the first parcel on it, has it been delivered?', expect: { pick: 0, position: 1 } },
  ] },
  { id: 'h2-en-20-victor-shenzhen-london', language: 'en', user: 'u-victor', turns: [
    { text: "Could you check the parcel coming from Shenzhen to London please? It's meant for us here and I'd like to know when it'll turn up.", expect: { story: ['londonInTransit'] } },
    { text: 'brilliant, ta', expect: U },
  ] },

  // ───────────────────────────── 中文 ─────────────────────────────
  { id: 'h2-zh-01-toronto-rambling', language: 'zh', user: 'u-li', turns: [
    { text: '你好，麻烦问一下，我们昨天寄到多伦多的那个箱子现在到哪儿了？客户一直在催我😅 谢谢啦', expect: { story: ['torontoYesterday'] } },
  ] },
  { id: 'h2-zh-02-london-mixed-other', language: 'zh', user: 'u-li', turns: [
    { text: '寄往London的包裹有哪些？', expect: { search: { destination: city('london') }, n: 2 } },
    { text: '第一个', expect: { pick: 0, position: 1 } },
    { text: '好的谢谢', expect: U },
    { text: '另一个呢？', expect: { other: 0, picked: 1 } },
  ] },
  { id: 'h2-zh-03-zhang-la-chicago', language: 'zh', user: 'u-zhang', turns: [
    { text: '帮我查一下前天从洛杉矶发往芝加哥的货', expect: { search: { date: daysAgo(2), origin: city('los-angeles'), destination: city('chicago') }, n: 1 } },
  ] },
  { id: 'h2-zh-04-zhang-shenzhen-it', language: 'zh', user: 'u-zhang', turns: [
    { text: '昨天深圳寄出去的包裹', expect: { search: { date: { kind: 'yesterday' }, origin: city('shenzhen') }, n: 1 } },
    { text: '它签收了吗？', expect: { search: { date: { kind: 'yesterday' }, origin: city('shenzhen') }, n: 1 } },
  ] },
  { id: 'h2-zh-05-li-hong-kong-fortnight', language: 'zh', user: 'u-li', turns: [
    { text: '上上周五有没有寄到香港的件？', expect: { search: { date: explicit('2026-03-06'), destination: city('hong-kong') }, n: 1 } },
  ] },
  { id: 'h2-zh-06-li-seattle-this-monday', language: 'zh', user: 'u-li', turns: [
    { text: '这周一寄去西雅图的那个包裹到哪了', expect: { search: { date: explicit('2026-03-16'), destination: city('seattle') }, n: 1 } },
  ] },
  { id: 'h2-zh-07-wrong-city-paris', language: 'zh', user: 'u-li', turns: [
    { text: '寄往柏林……不对不对，是寄往巴黎的那个包裹，签收了吗？', expect: { story: ['parisThreeWeeksAgo'] } },
  ] },
  { id: 'h2-zh-08-alice-korea-yesterday', language: 'zh', user: 'u-alice', turns: [
    { text: '我们昨天寄到韩国的那票货，现在什么状态？', expect: { search: { date: { kind: 'yesterday' }, destination: country('KR') }, n: 1 } },
  ] },
  { id: 'h2-zh-09-two-questions-tokyo', language: 'zh', user: 'u-li', turns: [
    { text: '两个问题：一是我们的账号是多少，二是三月十一号寄到东京的包裹送到了没有？', expect: { search: { date: explicit('2026-03-11'), destination: city('tokyo') }, n: 1 } },
  ] },
  { id: 'h2-zh-10-third-then-second', language: 'zh', user: 'u-li', turns: [
    { text: '寄往伦敦的包裹', expect: { search: { destination: city('london') }, n: 2 } },
    { text: '第三个', expect: { reoffer: 0 } },
    { text: '哦不好意思，是第二个', expect: { pick: 0, position: 2 } },
  ] },
  { id: 'h2-zh-11-kelvin-cantonese-tokyo', language: 'zh', user: 'u-kelvin', turns: [
    { text: '上星期五寄去东京嘅包裹到咗未呀？', expect: { search: { date: weekday(5), destination: city('tokyo') }, n: 1 } },
  ] },
  { id: 'h2-zh-12-zhang-nothing-today', language: 'zh', user: 'u-zhang', turns: [
    { text: '今天有没有从香港寄往Toronto的包裹？', expect: { search: { date: { kind: 'today' }, origin: city('hong-kong'), destination: city('toronto') }, n: 0 } },
  ] },
  { id: 'h2-zh-13-li-thumbs-then-chengdu', language: 'zh', user: 'u-li', turns: [
    { text: '昨天寄去首尔的件', expect: { search: { date: { kind: 'yesterday' }, destination: city('seoul') }, n: 1 } },
    { text: '👍', expect: U },
    { text: '那前天寄到成都的呢？', expect: { search: { date: daysAgo(2), destination: city('chengdu') }, n: 1 } },
  ] },
  { id: 'h2-zh-14-alice-mixed-dubai', language: 'zh', user: 'u-alice', turns: [
    { text: 'Hi，我想查一下从Guangzhou寄到Dubai的那个包裹，是3月17日寄的', expect: { search: { date: explicit('2026-03-17'), origin: city('guangzhou'), destination: city('dubai') }, n: 1 } },
  ] },
  { id: 'h2-zh-15-zhang-amsterdam-berlin', language: 'zh', user: 'u-zhang', turns: [
    { text: '阿姆斯特丹发往柏林的包裹，昨天寄的，现在在哪？', expect: { search: { date: { kind: 'yesterday' }, origin: city('amsterdam'), destination: city('berlin') }, n: 1 } },
  ] },
  { id: 'h2-zh-16-li-nothing-then-correct', language: 'zh', user: 'u-li', turns: [
    { text: '在吗？', expect: U },
    { text: '帮我查下大前天寄往北京的包裹', expect: { search: { date: daysAgo(3), destination: city('beijing') }, n: 0 } },
    { text: '哦，那应该是前天', expect: { story: ['shenzhenToBeijingLastWednesday'] } },
  ] },
  { id: 'h2-zh-17-li-sydney-australia', language: 'zh', user: 'u-li', turns: [
    { text: '寄到澳大利亚悉尼的那个包裹，客户说还没收到，能帮忙看看吗', expect: { story: ['delivered'] } },
  ] },
  { id: 'h2-zh-18-zhang-miami-refine', language: 'zh', user: 'u-zhang', turns: [
    { text: '3月19号寄到迈阿密的包裹', expect: { search: { date: explicit('2026-03-19'), destination: city('miami') }, n: 1 } },
    { text: '是从香港寄的吧？', expect: { search: { date: explicit('2026-03-19'), origin: city('hong-kong'), destination: city('miami') }, n: 1 } },
  ] },
  { id: 'h2-zh-19-li-never-mind-new-york', language: 'zh', user: 'u-li', turns: [
    { text: '寄往新加坡的包裹……算了，先帮我查一下寄往纽约的那个', expect: { story: ['shanghaiToNewYork'] } },
  ] },
  { id: 'h2-zh-20-zhang-today-second', language: 'zh', user: 'u-zhang', turns: [
    { text: '今天从上海寄出的包裹有哪些？', expect: { search: { date: { kind: 'today' }, origin: city('shanghai') }, n: 2 } },
    { text: '第二个', expect: { pick: 0, position: 2 } },
  ] },

  // ───────────────────────────── Español ─────────────────────────────
  { id: 'h2-es-01-mexico-rambling', language: 'es', user: 'u-lucia', turns: [
    { text: '¡Hola! Oye, una pregunta rápida porque tengo al cliente llamando cada hora 😩 ¿dónde está el paquete que mandamos a México? Es el de Ciudad de México, gracias', expect: { story: ['madridToMexicoCity'] } },
  ] },
  { id: 'h2-es-02-barcelona-second-other', language: 'es', user: 'u-lucia', turns: [
    { text: '¿Qué paquetes enviamos anteayer a Barcelona?', expect: { search: { date: daysAgo(2), destination: city('barcelona') }, n: 2 } },
    { text: 'el segundo', expect: { pick: 0, position: 2 } },
    { text: 'vale, gracias', expect: U },
    { text: '¿y el otro?', expect: { other: 0, picked: 1 } },
  ] },
  { id: 'h2-es-03-mateo-amsterdam-saturday', language: 'es', user: 'u-mateo', turns: [
    { text: 'Buenas, ¿me puedes decir si llegó el envío a Ámsterdam del sábado pasado?', expect: { search: { date: weekday(6), destination: city('amsterdam') }, n: 1 } },
  ] },
  { id: 'h2-es-04-mateo-berlin-anteayer', language: 'es', user: 'u-mateo', turns: [
    { text: 'el paquete que mandamos a Berlín anteayer, ¿ya está en reparto?', expect: { search: { date: daysAgo(2), destination: city('berlin') }, n: 1 } },
  ] },
  { id: 'h2-es-05-wrong-city-milan', language: 'es', user: 'u-lucia', turns: [
    { text: 'Busco el envío a París... no, espera, perdona, a Milán, el que salió el trece de marzo', expect: { search: { date: explicit('2026-03-13'), destination: city('milan') }, n: 1 } },
  ] },
  { id: 'h2-es-06-spanglish-tracking', language: 'es', user: 'u-lucia', turns: [
    { text: 'Necesito el tracking del parcel que mandamos desde Barcelona a Madrid el día once', expect: { search: { date: explicit('2026-03-11'), origin: city('barcelona'), destination: city('madrid') }, n: 1 } },
  ] },
  { id: 'h2-es-07-mateo-barcelona-friday', language: 'es', user: 'u-mateo', turns: [
    { text: '¿Qué salió desde Barcelona el viernes pasado?', expect: { search: { date: weekday(5), origin: city('barcelona') }, n: 1 } },
  ] },
  { id: 'h2-es-08-monday-nothing-then-18', language: 'es', user: 'u-lucia', turns: [
    { text: '¿Mandamos algo este lunes?', expect: { search: { date: explicit('2026-03-16') }, n: 0 } },
    { text: 'ah, entonces fue el día dieciocho', expect: { search: { date: { kind: 'dayOfMonth', date: '2026-03-18' } }, n: 4 } },
    { text: 'el de Berlín', expect: { search: { date: explicit('2026-03-18'), destination: city('berlin') }, n: 1 } },
  ] },
  { id: 'h2-es-09-two-questions-germany', language: 'es', user: 'u-mateo', turns: [
    { text: 'Hola, dos cositas: ¿cuál es mi número de cuenta? y ¿hay algo pendiente de entregar que fuera a Alemania?', expect: { search: { destination: country('DE'), status: 'not_delivered' }, n: 1 } },
  ] },
  { id: 'h2-es-10-italy-fourth-of-march', language: 'es', user: 'u-lucia', turns: [
    { text: 'Oye, ¿lo que mandamos a Italia el cuatro de marzo ya llegó?', expect: { search: { date: explicit('2026-03-04'), destination: country('IT') }, n: 1 } },
  ] },
  { id: 'h2-es-11-london-not-arrived', language: 'es', user: 'u-lucia', turns: [
    { text: '¿Qué paquetes van a Londres y todavía no han llegado? 🤔', expect: { search: { destination: city('london'), status: 'not_delivered' }, n: 0 } },
    { text: 'perfecto 👌', expect: U },
  ] },
  { id: 'h2-es-12-third-then-first', language: 'es', user: 'u-mateo', turns: [
    { text: '¿los envíos a Barcelona de anteayer?', expect: { search: { date: daysAgo(2), destination: city('barcelona') }, n: 2 } },
    { text: 'el tercero', expect: { reoffer: 0 } },
    { text: 'uy, perdón, el primero', expect: { pick: 0, position: 1 } },
  ] },
  { id: 'h2-es-13-interrupted-complaint', language: 'es', user: 'u-lucia', turns: [
    { text: 'Quería poner una queja por... bueno, espera, antes dime dónde está el paquete que va a Ciudad de México', expect: { story: ['madridToMexicoCity'] } },
  ] },
  { id: 'h2-es-14-cdmx-when', language: 'es', user: 'u-lucia', turns: [
    { text: '¿Por dónde anda el envío de Madrid a CDMX?', expect: { story: ['madridToMexicoCity'] } },
    { text: '¿y cuándo llega?', expect: { mentions: 'madridToMexicoCity' } },
  ] },
  { id: 'h2-es-15-paula-nueva-york', language: 'es', user: 'u-paula', turns: [
    { text: 'Hola, ¿me ayudas? Necesito saber del paquete que nos mandaron a Nueva York desde Shanghái', expect: { story: ['shanghaiToNewYork'] } },
  ] },
  { id: 'h2-es-16-mateo-france-tenth', language: 'es', user: 'u-mateo', turns: [
    { text: '¿Qué mandamos a Francia el diez de marzo?', expect: { search: { date: explicit('2026-03-10'), destination: country('FR') }, n: 1 } },
  ] },
  { id: 'h2-es-17-good-morning-amsterdam', language: 'es', user: 'u-lucia', turns: [
    { text: 'buenos días ☀️', expect: U },
    { text: '¿me pasas el estado del envío a Ámsterdam del sábado catorce?', expect: { search: { date: explicit('2026-03-14'), destination: city('amsterdam') }, n: 1 } },
  ] },
  { id: 'h2-es-18-forget-it-today', language: 'es', user: 'u-mateo', turns: [
    { text: 'Busco un paquete que va a Londres', expect: 'any' },
    { text: 'nada, olvídalo', expect: U },
    { text: '¿enviamos algo hoy?', expect: { search: { date: { kind: 'today' } }, n: 0 } },
  ] },
  { id: 'h2-es-19-lucia-thursday-fifth', language: 'es', user: 'u-lucia', turns: [
    { text: 'Hola, soy Lucía de Cerámica Luna. El jueves 5 de marzo mandamos algo a Barcelona, ¿verdad? ¿Llegó bien?', expect: { search: { date: explicit('2026-03-05'), destination: city('barcelona') }, n: 1 } },
  ] },
  { id: 'h2-es-20-bob-toronto-last', language: 'es', user: 'u-bob', turns: [
    { text: 'Oye, ¿qué envíos tenemos a Toronto?', expect: { search: { destination: city('toronto') }, n: 3 } },
    { text: 'el último', expect: { pick: 0, position: 'last' } },
  ] },
];

/** A turn's expectation from the schema, its searches checked against the oracle (holdout3.ts uses it too). */
export function toExpectation(world: World, c: Pick<Conversation2, 'user'>, e: Expect2, where: string): { expect: Expectation; search?: TurnSpec['search'] } {
  const only = (): string => {
    const accounts = world.accountsOf(c.user);
    if (accounts.length !== 1) throw new Error(`${where}: ${c.user} has ${accounts.length} accounts, name one`);
    return accounts[0]!;
  };
  const find = (account: string, query: Query, n: number): string[] => {
    const found = world.expected(c.user, account, query);
    if (found === null) throw new Error(`${where}: the date has more than one reading for ${c.user}`);
    if (found.length !== n) throw new Error(`${where}: the author read ${n} parcels, the oracle finds ${found.length} (${found.join(', ')})`);
    return found;
  };
  if (e === 'any') return { expect: { kind: 'any' } };
  if (e === 'understood') return { expect: { kind: 'understood' } };
  if ('story' in e) return { expect: { kind: 'parcels', trackingNumbers: e.story.map((k) => STORY_TRACKING_NUMBERS[k]) } };
  if ('search' in e && 'n' in e) {
    const account = e.account ?? only();
    const query = e.search as Query;
    return { expect: { kind: 'parcels', trackingNumbers: find(account, query, e.n) }, search: { account, query } };
  }
  if ('search' in e) throw new Error(`${where}: a search without the count read off the data`);
  if ('nothing' in e) return { expect: { kind: 'nothing' } };
  if ('mentions' in e) return { expect: { kind: 'mentions', trackingNumber: STORY_TRACKING_NUMBERS[e.mentions] } };
  if ('reoffer' in e) return { expect: { kind: 'reoffer', turn: e.reoffer } };
  if ('pick' in e) return { expect: { kind: 'pick', turn: e.pick, position: e.position } };
  if ('other' in e) return { expect: { kind: 'other', turn: e.other, picked: e.picked } };
  if ('asksAccount' in e) return { expect: { kind: 'asksAccount', accounts: world.accountsOf(c.user) } };
  const { turn, position, search, n } = e.accountPick;
  const byAccount: Record<string, string[]> = {};
  for (const account of world.accountsOf(c.user)) byAccount[account] = find(account, search as Query, n[account] ?? -1);
  return { expect: { kind: 'accountPick', turn, position, byAccount } };
}

/** The 60 conversations of the second held-out set, for the world at HANDWRITTEN_NOW. */
export function holdout2Conversations(world: World): ConversationSpec[] {
  if (world.now !== NOW) throw new Error(`the second held-out set is written for ${NOW}, not ${world.now}`);
  return buildHeldOut('the second held-out set', CONVERSATIONS.map((raw) => Conversation2.parse(raw)), (c, t, where) => toExpectation(world, c, t.expect, where), (c, turns) => ({
    id: c.id,
    class: 'holdout2',
    language: c.language,
    user: c.user,
    now: NOW,
    turns,
  }));
}

/**
 * Builds a held-out set: each turn's expectation from the data, every disagreement collected (not
 * only the first) and thrown at once, naming the set.
 */
export function buildHeldOut<C extends { id: string; turns: readonly { text: string }[] }>(
  name: string,
  conversations: readonly C[],
  expectationOf: (c: C, turn: C['turns'][number], where: string) => { expect: Expectation; search?: TurnSpec['search'] },
  specOf: (c: C, turns: TurnSpec[]) => ConversationSpec,
): ConversationSpec[] {
  const problems: string[] = [];
  const specs = conversations.map((c) => {
    const turns: TurnSpec[] = [];
    for (const [i, t] of c.turns.entries()) {
      try {
        turns.push({ text: t.text, ...expectationOf(c, t, `${c.id} turn ${i + 1}`) });
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    return specOf(c, turns);
  });
  if (problems.length > 0) throw new Error(`${name} disagrees with the data:\n${problems.join('\n')}`);
  return specs;
}
