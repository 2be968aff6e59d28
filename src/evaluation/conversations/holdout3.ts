/**
 * A third held-out set (class `holdout3`) for issue 15, "Understanding the whole message": 69
 * conversations (23 en, 23 zh, 23 es) written from the domain alone (the seeds, DEMO.md, the demo
 * data and the classes), by someone who has not read the dialog or the parser. Each has a
 * topic, one of the classes of the "Why":
 *
 * - `place`: a place that is not the origin or the destination (a new delivery address, where a parcel
 *   is stuck, an e-mail signature, quoted mail, "los envíos");
 * - `question`: a question word that is not a filter (when will it be delivered, which day was it
 *   signed for, an overdue invoice);
 * - `combined`: a complaint about a parcel held in customs, customs trouble without the word, "it never
 *   arrived", a complaint that must say which parcel;
 * - `tickets`: a trace for a silent parcel, and asking again pointing to the open ticket;
 * - `roles`: a request the user's roles do not allow (refused, naming the role and the admins), and
 *   billing-center user management by an Admin (remove, change roles, grant), a user with no account;
 * - `howto`: questions with a general answer (the SOP's steps, customs documents, the VIP programme's
 *   price), asked by anonymous visitors, needing no login;
 * - `times`: an ETA or a scan time stated in the place's own time, named, when it is not the
 *   customer's zone.
 *
 * Expected parcels, tickets, roles, invoices and local times come from the data by a plain filter,
 * never from what the bot says: each search carries the count its author read off the data (`n`),
 * a refusal's admins are the account's Admins, a label's time is the place's local time of the
 * parcel's ETA or last scan. Every conversation runs on a store of its own. Now is HANDWRITTEN_NOW,
 * Friday 2026-03-20 09:00 UTC.
 */
import { z } from 'zod';
import { CITIES, STORY_TRACKING_NUMBERS, type StoryKey } from '../../demo/index.ts';
import { ROLES, TICKET_CATEGORIES, type AccountRole } from '../../store/records.ts';
import { Story, city } from './handwrittenSchema.ts';
import { Expect2, buildHeldOut, toExpectation } from './holdout2.ts';
import { CITY_NAMES } from './places.ts';
import type { ConversationSpec, Expectation, TurnSpec } from './types.ts';
import type { World } from './world.ts';

const NOW = '2026-03-20T09:00:00.000Z';

export const HOLDOUT3_TOPICS = ['place', 'question', 'combined', 'tickets', 'roles', 'howto', 'times'] as const;

const Role = z.enum(ROLES);

/** holdout2's expectations, plus the kinds judged from the replies and the store (types.ts). */
const Expect3 = z.union([
  z.object({ handoff: z.literal(true), about: Story.optional() }),
  z.object({ ticket: z.enum(TICKET_CATEGORIES), about: Story, sameAs: z.number().int().nonnegative().optional() }),
  /** Refused for lack of this role: the admins named are the account's, from the data. */
  z.object({ refusal: Role }),
  /** An answer in words; each group's alternatives in any language. */
  z.object({ general: z.array(z.array(z.string().min(1)).min(1)) }),
  /** The account's one overdue invoice (from the data) named in an answer in words. */
  z.object({ overdueInvoice: z.literal(true) }),
  z.object({ zoneLabel: Story, at: z.enum(['eta', 'lastScan']) }),
  z.object({ roles: z.object({ account: z.string(), user: z.string(), roles: z.array(Role) }) }),
  Expect2,
]);
type Expect3 = z.infer<typeof Expect3>;

const Conversation3 = z.object({
  id: z.string(),
  topic: z.enum(HOLDOUT3_TOPICS),
  language: z.enum(['en', 'zh', 'es']),
  /** A demo user, or `visitor` (anonymous, with its zone). */
  user: z.string(),
  timeZone: z.string().optional(),
  turns: z.array(z.object({ text: z.string().min(1), expect: Expect3 })).min(1).max(5),
});
type Conversation3 = z.infer<typeof Conversation3>;

const explicit = (date: string) => ({ kind: 'explicit' as const, date });
const daysAgo = (n: number) => ({ kind: 'daysAgo' as const, n });
const U = 'understood' as const;
const VISITOR = 'visitor';

// What the SOP and the customs article call things, as a customer would find them in an answer.
const MANAGE_USERS = ['Manage Users', '管理用户', '用户管理', 'Administrar usuarios', 'Gestionar usuarios', 'Administración'];
const CUSTOMS_DOCUMENTS = ['commercial invoice', 'packing list', 'certificate of origin', '商业发票', '装箱单', '原产地证明', 'factura comercial', 'lista de empaque', 'certificado de origen'];
const ADMIN_WORDS = ['Admin', 'administrator', '管理员', 'administrador'];

// prettier-ignore
const CONVERSATIONS: Conversation3[] = [
  // ───────────────────────────── English ─────────────────────────────
  { id: 'h3-en-place-01-new-address-toronto', topic: 'place', language: 'en', user: 'u-alice', turns: [
    { text: "Hi — the box we sent to Toronto yesterday: our customer just emailed that they've moved offices. It should go to 120 Bremner Blvd, Toronto ON M5J 0A8 instead. Can you change the delivery address?", expect: { mentions: 'torontoYesterday' } },
  ] },
  { id: 'h3-en-place-02-sitting-in-anchorage', topic: 'place', language: 'en', user: 'u-alice', turns: [
    { text: "ugh, the parcel for Chicago has been sitting in Anchorage for ages. what is going on with it??", expect: { mentions: 'lateSilent' } },
  ] },
  { id: 'h3-en-place-03-signature-cities', topic: 'place', language: 'en', user: 'u-victor', turns: [
    { text: "Hello,\n\nCould you tell me whether the parcel to Sydney was delivered?\n\nKind regards,\nVictor Okafor\nLogistics Coordinator | Shanghai Mingyuan Trading Co., Ltd.\nLondon office: 25 Canada Square, London E14 5LQ\nOther offices: Shanghai · Shenzhen · Hong Kong\nTel +44 20 7946 0000", expect: { search: { destination: city('sydney') }, n: 1 } },
  ] },
  { id: 'h3-en-place-04-quoted-mail', topic: 'place', language: 'en', user: 'u-alice', turns: [
    { text: "Our client forwarded this, can you check?\n\n> From: purchasing@berlin-client.example\n> Sent: Monday\n> We have received the goods from Paris and Tokyo, thank you. But the shipment from Guangzhou to us in Berlin arrived with a crushed box.\n\nSo what happened to that Berlin parcel?", expect: { mentions: 'damaged' } },
  ] },
  { id: 'h3-en-question-01-when-delivered', topic: 'question', language: 'en', user: 'u-alice', turns: [
    { text: 'when will my parcel to New York be delivered?', expect: { mentions: 'shanghaiToNewYork' } },
  ] },
  { id: 'h3-en-question-02-overdue-invoice', topic: 'question', language: 'en', user: 'u-alice', turns: [
    { text: "Our finance team says one of our invoices is overdue?? Which one is it, I thought we'd paid everything", expect: { overdueInvoice: true } },
  ] },
  { id: 'h3-en-question-03-which-day-paris', topic: 'question', language: 'en', user: 'u-paula', turns: [
    { text: "hi, accounts here. the client in Paris says they never signed for anything — what day was our parcel to Paris actually delivered?", expect: { mentions: 'parisThreeWeeksAgo' } },
  ] },
  { id: 'h3-en-combined-01-stuck-at-customs', topic: 'combined', language: 'en', user: 'u-alice', turns: [
    { text: 'my package is stuck at customs', expect: { mentions: 'customsHeld' } },
  ] },
  { id: 'h3-en-combined-02-customs-without-the-word', topic: 'combined', language: 'en', user: 'u-alice', turns: [
    { text: "The buyer in LA says our shipment can't be released because a commercial invoice is missing?? What do I need to do", expect: { mentions: 'customsHeld' } },
  ] },
  { id: 'h3-en-combined-03-complaint-damaged', topic: 'combined', language: 'en', user: 'u-alice', turns: [
    { text: "I'd like to make a formal complaint. The parcel we sent to Berlin was damaged at your hub and nobody has contacted us. I want to speak to someone.", expect: { handoff: true, about: 'damaged' } },
  ] },
  { id: 'h3-en-combined-04-never-turned-up', topic: 'combined', language: 'en', user: 'u-alice', turns: [
    { text: "So the shipment to Chicago never turned up. It's been over two weeks. What now?", expect: { mentions: 'lateSilent' } },
    { text: 'please trace it', expect: { ticket: 'lost_delayed', about: 'lateSilent' } },
  ] },
  { id: 'h3-en-tickets-01-trace-then-again', topic: 'tickets', language: 'en', user: 'u-alice', turns: [
    { text: "The Chicago parcel hasn't moved in over two weeks. Please open a trace on it.", expect: { ticket: 'lost_delayed', about: 'lateSilent' } },
    { text: 'thanks', expect: U },
    { text: 'actually can you open a trace for the Chicago shipment? want to make sure someone is on it', expect: { ticket: 'lost_delayed', about: 'lateSilent', sameAs: 0 } },
  ] },
  { id: 'h3-en-tickets-02-two-weeks-late-long', topic: 'tickets', language: 'en', user: 'u-alice', turns: [
    { text: "Good morning. I'm writing about a shipment we sent to our distributor in Chicago at the start of the month. It was supposed to arrive around the 11th, it's now the 20th, the tracking hasn't changed in two weeks and the distributor is threatening to cancel the order. I need you to find it.", expect: { mentions: 'lateSilent' } },
    { text: 'yes, please open an investigation', expect: { ticket: 'lost_delayed', about: 'lateSilent' } },
  ] },
  { id: 'h3-en-roles-01-dispute-without-role', topic: 'roles', language: 'en', user: 'u-victor', turns: [
    { text: 'I want to dispute the latest invoice, we were overcharged on fuel surcharge', expect: { refusal: 'Dispute' } },
  ] },
  { id: 'h3-en-roles-02-remove-user', topic: 'roles', language: 'en', user: 'u-alice', turns: [
    { text: 'Victor Okafor has left the company, please remove him from our billing center account', expect: U },
    { text: 'yes, go ahead', expect: { roles: { account: '5W8A3K', user: 'u-victor', roles: [] } } },
  ] },
  { id: 'h3-en-roles-03-grant-view', topic: 'roles', language: 'en', user: 'u-bob', turns: [
    { text: "Carol Nguyen should be able to dispute charges on our account too, can you give her the Dispute role?", expect: U },
    { text: 'yes please', expect: { roles: { account: '7N2F4D', user: 'u-carol', roles: ['Dispute', 'Pay', 'View'] } } },
  ] },
  { id: 'h3-en-roles-04-no-account', topic: 'roles', language: 'en', user: 'u-nora', turns: [
    { text: "hi! I just created my login. where can I see our company's parcels?", expect: { general: [ADMIN_WORDS] } },
  ] },
  { id: 'h3-en-howto-01-view-only-access', topic: 'howto', language: 'en', user: VISITOR, timeZone: 'Europe/London', turns: [
    { text: 'how do I give my colleague view only access to our billing center?', expect: { general: [MANAGE_USERS] } },
  ] },
  { id: 'h3-en-howto-02-customs-documents', topic: 'howto', language: 'en', user: VISITOR, timeZone: 'America/New_York', turns: [
    { text: "Hi there, quick question before I ship anything: if a parcel gets held by customs, what paperwork do you usually need from us?", expect: { general: [CUSTOMS_DOCUMENTS] } },
  ] },
  { id: 'h3-en-howto-03-vip-price', topic: 'howto', language: 'en', user: VISITOR, timeZone: 'America/Toronto', turns: [
    { text: "We ship about 3 million USD a year with you guys. How much would the VIP / dedicated account manager service cost us annually?", expect: { general: [['12,000', '12000', '12k']] } },
  ] },
  { id: 'h3-en-times-01-new-york-eta', topic: 'times', language: 'en', user: 'u-alice', turns: [
    { text: 'what time is the New York parcel due to be delivered?', expect: { zoneLabel: 'shanghaiToNewYork', at: 'eta' } },
  ] },
  { id: 'h3-en-times-02-bob-la-eta', topic: 'times', language: 'en', user: 'u-bob', turns: [
    { text: "Hey, 1Z7N2F4D0300001122 (our NY to LA ground shipment) — when exactly will it get there?", expect: { zoneLabel: 'newYorkToLosAngeles', at: 'eta' } },
  ] },
  { id: 'h3-en-times-03-la-last-scan', topic: 'times', language: 'en', user: 'u-alice', turns: [
    { text: 'the parcel held in customs for LA — when and where was it last scanned?', expect: { zoneLabel: 'customsHeld', at: 'lastScan' } },
  ] },

  // ───────────────────────────── 中文 ─────────────────────────────
  { id: 'h3-zh-place-01-new-address-toronto', topic: 'place', language: 'zh', user: 'u-li', turns: [
    { text: '你好，昨天寄到多伦多的那个包裹，收件人公司搬家了，麻烦改送到多伦多 King Street West 100号，可以吗？', expect: { mentions: 'torontoYesterday' } },
  ] },
  { id: 'h3-zh-place-02-stuck-in-anchorage', topic: 'place', language: 'zh', user: 'u-li', turns: [
    { text: '寄往芝加哥的包裹在安克雷奇停了好多天了，到底怎么回事？', expect: { mentions: 'lateSilent' } },
  ] },
  { id: 'h3-zh-place-03-signature', topic: 'place', language: 'zh', user: 'u-li', turns: [
    { text: '请问寄往悉尼的包裹签收了吗？\n——\n李娜\n上海明远贸易有限公司 物流部\n地址：上海市浦东新区世纪大道88号\n深圳分公司｜香港办事处\n电话：021-5555-0188', expect: { search: { destination: city('sydney') }, n: 1 } },
  ] },
  { id: 'h3-zh-question-01-which-day-signed', topic: 'question', language: 'zh', user: 'u-li', turns: [
    { text: '寄到悉尼的那个包裹是哪天签收的？', expect: { mentions: 'delivered' } },
  ] },
  { id: 'h3-zh-question-02-when-arrive', topic: 'question', language: 'zh', user: 'u-li', turns: [
    { text: '纽约那个包裹什么时候能送到啊？客户在催', expect: { mentions: 'shanghaiToNewYork' } },
  ] },
  { id: 'h3-zh-question-03-overdue-invoice', topic: 'question', language: 'zh', user: 'u-li', turns: [
    { text: '财务说我们有一张账单逾期了，是哪一张？', expect: { overdueInvoice: true } },
  ] },
  { id: 'h3-zh-combined-01-complaint-customs', topic: 'combined', language: 'zh', user: 'u-li', turns: [
    { text: '你们太慢了！我的包裹在洛杉矶海关卡了五天，我要投诉', expect: { handoff: true, about: 'customsHeld' } },
  ] },
  { id: 'h3-zh-combined-02-stuck-customs', topic: 'combined', language: 'zh', user: 'u-li', turns: [
    { text: '有个包裹卡在海关了，帮我看看', expect: { mentions: 'customsHeld' } },
  ] },
  { id: 'h3-zh-combined-03-customs-without-the-word', topic: 'combined', language: 'zh', user: 'u-alice', turns: [
    { text: '洛杉矶的客户说货被扣住了，说是缺商业发票，怎么办？', expect: { mentions: 'customsHeld' } },
  ] },
  { id: 'h3-zh-combined-04-complaint-damaged', topic: 'combined', language: 'zh', user: 'u-alice', turns: [
    { text: '我要投诉！寄到柏林的货被你们摔坏了，到现在也没人联系我们，给我转人工', expect: { handoff: true, about: 'damaged' } },
  ] },
  { id: 'h3-zh-tickets-01-trace-then-again', topic: 'tickets', language: 'zh', user: 'u-li', turns: [
    { text: '寄往芝加哥的那个包裹两个多星期没有更新了，帮我开个查件单', expect: { ticket: 'lost_delayed', about: 'lateSilent' } },
    { text: '好的谢谢', expect: U },
    { text: '芝加哥那个包裹，再帮我申请一次查件吧', expect: { ticket: 'lost_delayed', about: 'lateSilent', sameAs: 0 } },
  ] },
  { id: 'h3-zh-tickets-02-never-arrived', topic: 'tickets', language: 'zh', user: 'u-li', turns: [
    { text: '月初寄到芝加哥的货到现在还没到，物流信息也不动了，是不是丢了？', expect: { mentions: 'lateSilent' } },
    { text: '对，帮我查一下，开个工单', expect: { ticket: 'lost_delayed', about: 'lateSilent' } },
  ] },
  { id: 'h3-zh-tickets-03-investigate-direct', topic: 'tickets', language: 'zh', user: 'u-alice', turns: [
    { text: '请对寄往芝加哥的包裹发起调查，已经超过预计送达时间一个多星期了', expect: { ticket: 'lost_delayed', about: 'lateSilent' } },
  ] },
  { id: 'h3-zh-roles-01-add-user-without-admin', topic: 'roles', language: 'zh', user: 'u-li', turns: [
    { text: '帮我把同事王芳加到我们公司的账单中心，给她查看权限', expect: { refusal: 'Admin' } },
  ] },
  { id: 'h3-zh-roles-02-change-roles', topic: 'roles', language: 'zh', user: 'u-zhang', turns: [
    { text: '把Emma Johnson的权限改成查看和付款', expect: U },
    { text: '确认', expect: { roles: { account: '4E0V1P', user: 'u-emma', roles: ['Pay', 'View'] } } },
  ] },
  { id: 'h3-zh-roles-03-dispute-without-role', topic: 'roles', language: 'zh', user: 'u-emma', turns: [
    { text: '我想对上一张账单提出争议，金额不对', expect: { refusal: 'Dispute' } },
  ] },
  { id: 'h3-zh-roles-04-no-account', topic: 'roles', language: 'zh', user: 'u-nora', turns: [
    { text: '你好，我刚注册了账号，在哪里能看到我们公司的包裹？', expect: { general: [ADMIN_WORDS] } },
  ] },
  { id: 'h3-zh-howto-01-customs-documents', topic: 'howto', language: 'zh', user: VISITOR, timeZone: 'Asia/Shanghai', turns: [
    { text: '我的包裹被海关扣了，需要补充什么材料', expect: { general: [CUSTOMS_DOCUMENTS] } },
  ] },
  { id: 'h3-zh-howto-02-view-access', topic: 'howto', language: 'zh', user: VISITOR, timeZone: 'Asia/Shanghai', turns: [
    { text: '请问怎么给同事开通账单中心的只读权限？', expect: { general: [MANAGE_USERS] } },
  ] },
  { id: 'h3-zh-howto-03-vip-price', topic: 'howto', language: 'zh', user: VISITOR, timeZone: 'Asia/Shanghai', turns: [
    { text: '我们公司一年物流额大概800万美元，申请VIP专属客服一年要多少钱？', expect: { general: [['2.5万', '25,000', '25000']] } },
  ] },
  { id: 'h3-zh-times-01-toronto-eta', topic: 'times', language: 'zh', user: 'u-li', turns: [
    { text: '寄到多伦多的包裹预计几点送到？', expect: { zoneLabel: 'torontoYesterday', at: 'eta' } },
  ] },
  { id: 'h3-zh-times-02-chicago-last-scan', topic: 'times', language: 'zh', user: 'u-alice', turns: [
    { text: '芝加哥那个包裹最后一次扫描是什么时候？在哪里？', expect: { zoneLabel: 'lateSilent', at: 'lastScan' } },
  ] },
  { id: 'h3-zh-times-03-london-eta', topic: 'times', language: 'zh', user: 'u-li', turns: [
    { text: '还没到的那个伦敦包裹，预计哪天几点能送到？', expect: { zoneLabel: 'londonInTransit', at: 'eta' } },
  ] },

  // ───────────────────────────── Español ─────────────────────────────
  { id: 'h3-es-place-01-new-address-cdmx', topic: 'place', language: 'es', user: 'u-lucia', turns: [
    { text: 'Hola, el paquete que va a Ciudad de México: el cliente se ha mudado, ahora tiene que ir a Paseo de la Reforma 222, Ciudad de México. ¿Podéis cambiar la dirección de entrega?', expect: { mentions: 'madridToMexicoCity' } },
  ] },
  { id: 'h3-es-place-02-stuck-in-miami', topic: 'place', language: 'es', user: 'u-lucia', turns: [
    { text: 'oye, mi envío a México lleva parado en Miami desde ayer, ¿qué le pasa?', expect: { mentions: 'madridToMexicoCity' } },
  ] },
  { id: 'h3-es-place-03-ensename-los-envios', topic: 'place', language: 'es', user: 'u-lucia', turns: [
    { text: 'enséñame los envíos a Ámsterdam del sábado catorce', expect: { search: { date: explicit('2026-03-14'), destination: city('amsterdam') }, n: 1 } },
  ] },
  { id: 'h3-es-place-04-signature', topic: 'place', language: 'es', user: 'u-mateo', turns: [
    { text: '¿Me confirmáis que el paquete a Ciudad de México sigue en camino?\n\nUn saludo,\nMateo Fernández\nCerámica Luna S.L. · Calle de Alcalá 45, Madrid\nTiendas en Barcelona y Valencia\nTel. +34 910 000 000', expect: { story: ['madridToMexicoCity'] } },
  ] },
  { id: 'h3-es-question-01-when-delivered', topic: 'question', language: 'es', user: 'u-lucia', turns: [
    { text: '¿Cuándo se va a entregar el paquete de Ciudad de México?', expect: { mentions: 'madridToMexicoCity' } },
  ] },
  { id: 'h3-es-question-02-overdue-invoice', topic: 'question', language: 'es', user: 'u-alice', turns: [
    { text: 'Hola, desde contabilidad me dicen que tenemos una factura vencida. ¿Cuál es?', expect: { overdueInvoice: true } },
  ] },
  { id: 'h3-es-question-03-which-day-amsterdam', topic: 'question', language: 'es', user: 'u-mateo', turns: [
    { text: '¿Qué día se entregó lo que mandamos a Ámsterdam el sábado 14?', expect: { search: { date: explicit('2026-03-14'), destination: city('amsterdam') }, n: 1 } },
  ] },
  { id: 'h3-es-combined-01-complaint-customs', topic: 'combined', language: 'es', user: 'u-alice', turns: [
    { text: '¡Esto es una vergüenza! El paquete a Los Ángeles lleva días retenido en la aduana y nadie nos dice nada. Quiero poner una queja.', expect: { handoff: true, about: 'customsHeld' } },
  ] },
  { id: 'h3-es-combined-02-stuck-customs', topic: 'combined', language: 'es', user: 'u-alice', turns: [
    { text: 'tengo un paquete atascado en aduanas 😤', expect: { mentions: 'customsHeld' } },
  ] },
  { id: 'h3-es-combined-03-never-arrived', topic: 'combined', language: 'es', user: 'u-alice', turns: [
    { text: 'El paquete que mandamos a Chicago a principios de mes nunca llegó.', expect: { mentions: 'lateSilent' } },
    { text: 'sí, abrid una investigación, por favor', expect: { ticket: 'lost_delayed', about: 'lateSilent' } },
  ] },
  { id: 'h3-es-combined-04-customs-without-the-word', topic: 'combined', language: 'es', user: 'u-alice', turns: [
    { text: 'El cliente de Los Ángeles dice que no le entregan el paquete hasta que mandemos la factura comercial. ¿Qué tengo que hacer?', expect: { mentions: 'customsHeld' } },
  ] },
  { id: 'h3-es-tickets-01-trace-then-again', topic: 'tickets', language: 'es', user: 'u-alice', turns: [
    { text: 'Abre una investigación del paquete a Chicago, lleva semanas sin moverse', expect: { ticket: 'lost_delayed', about: 'lateSilent' } },
    { text: 'vale, gracias', expect: U },
    { text: '¿me abres otra reclamación por el paquete de Chicago? por si acaso', expect: { ticket: 'lost_delayed', about: 'lateSilent', sameAs: 0 } },
  ] },
  { id: 'h3-es-tickets-02-silent-weeks', topic: 'tickets', language: 'es', user: 'u-alice', turns: [
    { text: 'Buenas. Lo de Chicago: según el seguimiento no se mueve desde el día 5, ya debería haber llegado hace más de una semana. ¿Lo podéis rastrear?', expect: { ticket: 'lost_delayed', about: 'lateSilent' } },
  ] },
  { id: 'h3-es-roles-01-dispute-without-role', topic: 'roles', language: 'es', user: 'u-mateo', turns: [
    { text: 'Quiero reclamar la última factura, nos han cobrado de más', expect: { refusal: 'Dispute' } },
  ] },
  { id: 'h3-es-roles-02-remove-user', topic: 'roles', language: 'es', user: 'u-lucia', turns: [
    { text: 'Quítale el acceso a Mateo Fernández a nuestra cuenta, ya no trabaja con nosotros', expect: U },
    { text: 'sí, confirmo', expect: { roles: { account: '6M1S5E', user: 'u-mateo', roles: [] } } },
  ] },
  { id: 'h3-es-roles-03-grant-pay', topic: 'roles', language: 'es', user: 'u-lucia', turns: [
    { text: 'Dale también a Mateo el rol de Pay, que a partir de ahora paga él las facturas', expect: U },
    { text: 'sí', expect: { roles: { account: '6M1S5E', user: 'u-mateo', roles: ['Pay', 'View'] } } },
  ] },
  { id: 'h3-es-roles-04-no-account', topic: 'roles', language: 'es', user: 'u-nora', turns: [
    { text: 'hola, acabo de registrarme, ¿dónde veo los envíos de mi empresa?', expect: { general: [ADMIN_WORDS] } },
  ] },
  { id: 'h3-es-howto-01-customs-documents', topic: 'howto', language: 'es', user: VISITOR, timeZone: 'Europe/Madrid', turns: [
    { text: 'Buenas, mi paquete está retenido en aduanas. ¿Qué documentos suelen pedir?', expect: { general: [CUSTOMS_DOCUMENTS] } },
  ] },
  { id: 'h3-es-howto-02-add-colleague', topic: 'howto', language: 'es', user: VISITOR, timeZone: 'Europe/Madrid', turns: [
    { text: '¿Cómo añado a un compañero para que pueda ver las facturas en el Billing Center?', expect: { general: [MANAGE_USERS] } },
  ] },
  { id: 'h3-es-howto-03-vip-free', topic: 'howto', language: 'es', user: VISITOR, timeZone: 'America/Mexico_City', turns: [
    { text: 'Enviamos unos 12 millones de dólares al año, ¿cuánto nos costaría el servicio VIP con gestor dedicado?', expect: { general: [['gratis', 'gratuito', 'sin coste', 'sin costo', 'free']] } },
  ] },
  { id: 'h3-es-times-01-cdmx-eta', topic: 'times', language: 'es', user: 'u-lucia', turns: [
    { text: '¿A qué hora llega el paquete a Ciudad de México?', expect: { zoneLabel: 'madridToMexicoCity', at: 'eta' } },
  ] },
  { id: 'h3-es-times-02-cdmx-last-scan', topic: 'times', language: 'es', user: 'u-mateo', turns: [
    { text: '¿Cuándo fue el último escaneo del envío a México y dónde?', expect: { zoneLabel: 'madridToMexicoCity', at: 'lastScan' } },
  ] },
  { id: 'h3-es-times-03-new-york-eta', topic: 'times', language: 'es', user: 'u-alice', turns: [
    { text: 'Una pregunta: el paquete que va a Nueva York, ¿a qué hora está previsto que lo entreguen?', expect: { zoneLabel: 'shanghaiToNewYork', at: 'eta' } },
  ] },
];

/** Hubs a scan may name, in each language (the cities are in places.ts). */
const HUB_NAMES: Readonly<Record<string, readonly string[]>> = {
  Anchorage: ['Anchorage', '安克雷奇', '安克雷治'],
  Louisville: ['Louisville', '路易斯维尔'],
  Cologne: ['Cologne', 'Köln', '科隆', 'Colonia'],
};

const localTime = (at: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at));

/** The place and its local time of a story parcel's ETA (at its destination) or last scan (where it was). */
function labelOf(world: World, story: StoryKey, at: 'eta' | 'lastScan', customerZone: string, where: string): Expectation {
  const trackingNumber = STORY_TRACKING_NUMBERS[story];
  const shipment = world.dataset.shipments.find((s) => s.trackingNumber === trackingNumber);
  if (!shipment) throw new Error(`${where}: no parcel ${trackingNumber}`);
  const events = world.dataset.events.filter((e) => e.trackingNumber === trackingNumber).sort((a, b) => a.seq - b.seq);
  const last = events[events.length - 1];
  const [instant, place] = at === 'eta' ? [shipment.estimatedDelivery, shipment.destination.city] : [last?.at ?? null, last?.city ?? ''];
  if (!instant) throw new Error(`${where}: ${trackingNumber} has no ${at}`);
  const cityRecord = CITIES.find((c) => c.name === place);
  if (!cityRecord) throw new Error(`${where}: no zone for ${place}`);
  if (localTime(instant, cityRecord.timeZone) === localTime(instant, customerZone) && cityRecord.timeZone === customerZone) throw new Error(`${where}: ${place} is the customer's own zone`);
  const names = CITY_NAMES[cityRecord.key] ? Object.values(CITY_NAMES[cityRecord.key]!) : HUB_NAMES[place];
  if (!names) throw new Error(`${where}: no names for ${place}`);
  return { kind: 'zoneLabel', time: localTime(instant, cityRecord.timeZone), places: [...new Set(names)] };
}

function toExpectation3(world: World, c: Conversation3, e: Expect3, where: string): { expect: Expectation; search?: TurnSpec['search'] } {
  const accounts = c.user === VISITOR ? [] : world.accountsOf(c.user);
  if (typeof e === 'object' && 'handoff' in e) return { expect: { kind: 'handoff', ...(e.about ? { about: STORY_TRACKING_NUMBERS[e.about] } : {}) } };
  if (typeof e === 'object' && 'ticket' in e) return { expect: { kind: 'ticket', category: e.ticket, trackingNumber: STORY_TRACKING_NUMBERS[e.about], ...(e.sameAs !== undefined ? { sameAs: e.sameAs } : {}) } };
  if (typeof e === 'object' && 'refusal' in e) {
    const memberships = world.dataset.memberships.filter((m) => m.userId === c.user);
    if (memberships.length !== 1) throw new Error(`${where}: a refusal is written for a user of one account`);
    const m = memberships[0]!;
    if (m.roles.includes(e.refusal)) throw new Error(`${where}: ${c.user} holds ${e.refusal} on ${m.accountNumber}`);
    const admins = world.dataset.memberships.filter((a) => a.accountNumber === m.accountNumber && a.roles.includes('Admin')).map((a) => world.user(a.userId).name);
    return { expect: { kind: 'refusal', role: e.refusal, names: admins } };
  }
  if (typeof e === 'object' && 'general' in e) return { expect: { kind: 'generalAnswer', keywords: e.general } };
  if (typeof e === 'object' && 'overdueInvoice' in e) {
    const overdue = (world.dataset.invoices ?? []).filter((i) => accounts.includes(i.accountNumber) && i.status === 'overdue');
    if (overdue.length !== 1) throw new Error(`${where}: ${overdue.length} overdue invoices on ${accounts.join(', ')}`);
    return { expect: { kind: 'generalAnswer', keywords: [[overdue[0]!.number]] } };
  }
  if (typeof e === 'object' && 'zoneLabel' in e) return { expect: labelOf(world, e.zoneLabel, e.at, c.timeZone ?? world.user(c.user).timeZone, where) };
  if (typeof e === 'object' && 'roles' in e) {
    const { account, user, roles } = e.roles;
    world.account(account);
    world.user(user);
    return { expect: { kind: 'roles', account, userId: user, roles: [...roles] as AccountRole[] } };
  }
  return toExpectation(world, c, e, where);
}

/** The 69 conversations of the third held-out set, for the world at HANDWRITTEN_NOW. */
export function holdout3Conversations(world: World): ConversationSpec[] {
  if (world.now !== NOW) throw new Error(`the third held-out set is written for ${NOW}, not ${world.now}`);
  const conversations = CONVERSATIONS.map((raw) => Conversation3.parse(raw));
  const zoneless = conversations.filter((c) => c.user === VISITOR && !c.timeZone);
  if (zoneless.length > 0) throw new Error(`a visitor needs a time zone: ${zoneless.map((c) => c.id).join(', ')}`);
  return buildHeldOut('the third held-out set', conversations, (c, t, where) => toExpectation3(world, c, t.expect, where), (c, turns) => ({
    id: c.id,
    class: 'holdout3',
    topic: c.topic,
    language: c.language,
    user: c.user,
    now: NOW,
    turns,
    isolated: true,
    ...(c.timeZone ? { timeZone: c.timeZone } : {}),
  }));
}
