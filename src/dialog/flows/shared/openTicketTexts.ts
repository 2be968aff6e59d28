/**
 * What the customer is told when they ask again about a parcel that already has an open ticket of that
 * category (one open ticket per parcel and category): the ticket named, the day it was opened, and
 * that their new message was added to it. Per language; the flows add their own next step.
 */
import { type Catalogue, localized } from '../../../locale/index.ts';
import type { TicketCategory } from '../../../store/records.ts';

export interface OpenTicketNotice {
  category: TicketCategory;
  ticket: string;
  parcel: string;
  /** The local day the ticket was opened, already formatted for the customer. */
  openedOn: string;
  /** The customer's message was added to the ticket. */
  added: boolean;
  /** 'pending' once a person works on it (any state after new, before resolved). */
  state: 'open' | 'pending';
}

export interface OpenTicketTexts {
  names: Readonly<Record<TicketCategory, string>>;
  alreadyOpen(n: OpenTicketNotice, name: string): string;
}

export const OPEN_TICKET_TEXTS: Catalogue<OpenTicketTexts> = {
  en: {
    names: {
      lost_delayed: 'trace ticket',
      damage: 'damage claim',
      customs: 'customs ticket',
      delivery_change: 'delivery change ticket',
      billing_dispute: 'billing dispute',
      complaint: 'complaint ticket',
      general: 'ticket',
    },
    alreadyOpen: (n, name) =>
      `Your ${name} ${n.ticket} for ${n.parcel} is ${n.state === 'pending' ? 'with one of our agents' : 'already open'}, opened on ${n.openedOn}${n.added ? "; I've added your message to it." : '.'}`,
  },
  zh: {
    names: {
      lost_delayed: '追查工单',
      damage: '破损理赔工单',
      customs: '清关工单',
      delivery_change: '派送变更工单',
      billing_dispute: '账单争议工单',
      complaint: '投诉工单',
      general: '工单',
    },
    alreadyOpen: (n, name) => `包裹 ${n.parcel} 的${name} ${n.ticket} ${n.state === 'pending' ? '已由客服专员跟进' : '已在处理中'}（${n.openedOn}创建）${n.added ? '，我已把您的留言补充到这张工单里。' : '。'}`,
  },
  es: {
    names: {
      lost_delayed: 'incidencia de rastreo',
      damage: 'reclamación por daños',
      customs: 'incidencia de aduanas',
      delivery_change: 'incidencia de cambio de entrega',
      billing_dispute: 'reclamación de factura',
      complaint: 'queja',
      general: 'incidencia',
    },
    alreadyOpen: (n, name) => `Tu ${name} ${n.ticket} para ${n.parcel} ${n.state === 'pending' ? 'la lleva uno de nuestros agentes' : 'ya está abierta'} desde el ${n.openedOn}${n.added ? '; he añadido tu mensaje.' : '.'}`,
  },
};

/** "Your trace ticket CA-000001 for 1Z… is already open, opened on Fri, 20 Mar 2026; I've added your message to it." */
export function alreadyOpenNotice(locale: string, notice: OpenTicketNotice): string {
  const t = localized(OPEN_TICKET_TEXTS, locale);
  return t.alreadyOpen(notice, t.names[notice.category]);
}
