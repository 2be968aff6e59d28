/**
 * "What's happening with my ticket?": the answer in the customer's language — the ticket's kind,
 * number and parcel, its state, its queue and the time promised for an answer — and the question
 * which one when several are open.
 */
import { localized, type Catalogue } from '../../locale/index.ts';
import type { TicketCategory, TicketState } from '../../store/records.ts';
import { OPEN_TICKET_TEXTS } from '../flows/shared/openTicketTexts.ts';

/** One ticket as the answer shows it (names already in the customer's language). */
export interface TicketStanding {
  number: string;
  /** What kind of ticket ("customs ticket"), from its category. */
  name: string;
  parcel: string | null;
  state: TicketState;
  queue: string;
  /** The promised time, formatted with its zone; null once resolved or closed. */
  due: string | null;
}

interface TicketStatusTexts {
  states: Readonly<Record<TicketState, string>>;
  queues: Readonly<Record<string, string>>;
  one(t: TicketStanding): string;
  several(count: number): string;
  choice(t: Pick<TicketStanding, 'number' | 'name' | 'parcel'>): string;
  none: string;
  notFound(number: string): string;
}

const en: TicketStatusTexts = {
  states: { new: 'open, waiting for a person', open: 'with one of our agents', waiting_on_customer: 'waiting for something from you', waiting_on_carrier: 'waiting for news from the carrier', resolved: 'resolved', closed: 'closed' },
  queues: { support: 'customer support', customs: 'customs', billing: 'billing', vip: 'VIP' },
  one: (t) =>
    `Your ${t.name} ${t.number}${t.parcel ? ` for ${t.parcel}` : ''} is ${en.states[t.state]} (queue: ${en.queues[t.queue] ?? t.queue}).` +
    (t.due ? ` We promised you an answer by ${t.due}.` : ''),
  several: (n) => `You have ${n} open tickets. Which one do you mean?`,
  choice: (t) => `${t.number} · ${t.name}${t.parcel ? ` · ${t.parcel}` : ''}`,
  none: "I can't see an open ticket of yours. Tell me what you need and I'll help, or pass you to a person.",
  notFound: (n) => `I can't find a ticket ${n} of yours. Please check the number: I can show the tickets opened in this chat or on your account.`,
};

const zh: TicketStatusTexts = {
  states: { new: '已受理，正在等待客服处理', open: '正由客服专员处理', waiting_on_customer: '正在等待您提供资料', waiting_on_carrier: '正在等待承运方的消息', resolved: '已处理完毕', closed: '已关闭' },
  queues: { support: '客服', customs: '清关', billing: '账单', vip: 'VIP' },
  one: (t) =>
    `您的${t.name} ${t.number}${t.parcel ? `（包裹 ${t.parcel}）` : ''}${zh.states[t.state]}（队列：${zh.queues[t.queue] ?? t.queue}）。` +
    (t.due ? `我们承诺在${t.due}前答复您。` : ''),
  several: (n) => `您有 ${n} 张处理中的工单，请问是哪一张？`,
  choice: (t) => `${t.number} · ${t.name}${t.parcel ? ` · ${t.parcel}` : ''}`,
  none: '没有查到您处理中的工单。请告诉我您需要什么帮助，我来处理或为您转接人工。',
  notFound: (n) => `没有在您的工单中找到 ${n}。请核对工单号：我只能查看在本对话或您账户下创建的工单。`,
};

const es: TicketStatusTexts = {
  states: { new: 'abierta, a la espera de una persona', open: 'en manos de uno de nuestros agentes', waiting_on_customer: 'a la espera de algo de tu parte', waiting_on_carrier: 'a la espera de noticias del transportista', resolved: 'resuelta', closed: 'cerrada' },
  queues: { support: 'atención al cliente', customs: 'aduanas', billing: 'facturación', vip: 'VIP' },
  one: (t) =>
    `Tu ${t.name} ${t.number}${t.parcel ? ` del envío ${t.parcel}` : ''} está ${es.states[t.state]} (cola: ${es.queues[t.queue] ?? t.queue}).` +
    (t.due ? ` Te prometimos una respuesta antes del ${t.due}.` : ''),
  several: (n) => `Tienes ${n} incidencias abiertas. ¿Cuál de ellas?`,
  choice: (t) => `${t.number} · ${t.name}${t.parcel ? ` · ${t.parcel}` : ''}`,
  none: 'No veo ninguna incidencia abierta tuya. Dime qué necesitas y te ayudo, o te paso con una persona.',
  notFound: (n) => `No encuentro la incidencia ${n} entre las tuyas. Revisa el número: puedo mostrar las abiertas en este chat o en tu cuenta.`,
};

const TEXTS: Catalogue<TicketStatusTexts> = Object.freeze({ en, zh, es });

export function ticketStatusTexts(locale: string): TicketStatusTexts {
  return localized(TEXTS, locale);
}

/** The kind of ticket in the customer's language ("customs ticket", "清关工单", "incidencia de aduanas"). */
export function ticketName(category: TicketCategory, locale: string): string {
  return localized(OPEN_TICKET_TEXTS, locale).names[category];
}
