/**
 * What the customer is told when their ticket moves or an agent answers on it, in their language:
 * one text per state the ticket arrives in, and an agent's reply introduced with the agent's name.
 * The ticket listener (`onTicketChange`, issue 20 part A) hands {ticket, from, to} and an agent's
 * reply to `ticketUpdateText`; customerNotices.ts puts the text into the customer's thread.
 */
import { localized, sentenceGap, type Catalogue } from '../locale/index.ts';

/** The states a ticket moves through (issue 20); the names of the ticket model's states. */
export const NOTICE_TICKET_STATES = ['new', 'open', 'waiting_on_customer', 'waiting_on_carrier', 'resolved', 'closed'] as const;
export type NoticeTicketState = (typeof NOTICE_TICKET_STATES)[number];

/** One change of a ticket, as the ticket listener reports it. */
export interface TicketChange {
  ticket: { number: string };
  /** The state before; null when the ticket was just opened. */
  from: NoticeTicketState | null;
  to: NoticeTicketState;
  /** What the agent wrote to the customer with this change, when they did. */
  reply?: { agentName: string; text: string } | null;
  /** Why it was resolved or what is asked of the customer, in the agent's words, when they gave it. */
  reason?: string | null;
}

interface TicketUpdateTexts {
  /** The sentence for the state the ticket arrived in. */
  state: Readonly<Record<NoticeTicketState, (ticket: string) => string>>;
  /** Said with `state.resolved` when the agent gave a reason. */
  reason(reason: string): string;
  /** Said with `state.waiting_on_customer`: what the agent asks for. */
  needed(what: string): string;
  /** An agent's reply on the ticket, introduced. */
  reply(agent: string, ticket: string, text: string): string;
}

const en: TicketUpdateTexts = {
  state: {
    new: (t) => `We've opened ticket ${t} for you.`,
    open: (t) => `Your ticket ${t} is being worked on by our customer service team.`,
    waiting_on_customer: (t) => `Your ticket ${t} is waiting for something from you: just reply here.`,
    waiting_on_carrier: (t) => `Your ticket ${t}: we've asked our delivery network and are waiting for their answer. We'll tell you here as soon as we hear.`,
    resolved: (t) => `Your ticket ${t} has been resolved.`,
    closed: (t) => `Your ticket ${t} is now closed. If you need anything else, just write here.`,
  },
  reason: (r) => `Resolution: ${r}`,
  needed: (w) => `What we need: ${w}`,
  reply: (agent, t, text) => `${agent} (customer service), about your ticket ${t}: ${text}`,
};

const zh: TicketUpdateTexts = {
  state: {
    new: (t) => `已为您创建工单 ${t}。`,
    open: (t) => `您的工单 ${t} 正由客服团队处理中。`,
    waiting_on_customer: (t) => `您的工单 ${t} 需要您提供信息，请直接在这里回复。`,
    waiting_on_carrier: (t) => `您的工单 ${t}：我们已向配送网络查询，正在等待答复，一有消息就会在这里告诉您。`,
    resolved: (t) => `您的工单 ${t} 已处理完毕。`,
    closed: (t) => `您的工单 ${t} 已关闭。如需其他帮助，请直接在这里留言。`,
  },
  reason: (r) => `处理结果：${r}`,
  needed: (w) => `需要您提供：${w}`,
  reply: (agent, t, text) => `客服 ${agent} 关于您的工单 ${t}：${text}`,
};

const es: TicketUpdateTexts = {
  state: {
    new: (t) => `Hemos abierto el ticket ${t} para ti.`,
    open: (t) => `Nuestro equipo de atención al cliente está trabajando en tu ticket ${t}.`,
    waiting_on_customer: (t) => `Tu ticket ${t} está a la espera de algo de tu parte: responde aquí mismo.`,
    waiting_on_carrier: (t) => `Tu ticket ${t}: hemos consultado a nuestra red de reparto y esperamos su respuesta. Te avisaremos aquí en cuanto sepamos algo.`,
    resolved: (t) => `Tu ticket ${t} se ha resuelto.`,
    closed: (t) => `Tu ticket ${t} está cerrado. Si necesitas algo más, escríbenos aquí.`,
  },
  reason: (r) => `Resolución: ${r}`,
  needed: (w) => `Lo que necesitamos: ${w}`,
  reply: (agent, t, text) => `${agent} (atención al cliente), sobre tu ticket ${t}: ${text}`,
};

const TEXTS: Catalogue<TicketUpdateTexts> = Object.freeze({ en, zh, es });

/**
 * The customer's notice for a ticket change, in `locale`: the agent's reply when there is one, then
 * the new state (unless the state did not change), then the resolution's reason. Null when there is
 * nothing to tell (no reply and no change of state).
 */
export function ticketUpdateText(change: TicketChange, locale: string): string | null {
  const t = localized(TEXTS, locale);
  const ticket = change.ticket.number;
  const parts: string[] = [];
  const reply = change.reply?.text.trim();
  if (reply) parts.push(t.reply(change.reply!.agentName, ticket, reply));
  if (change.from !== change.to) {
    parts.push(t.state[change.to](ticket));
    const reason = change.reason?.trim();
    if (reason && change.to === 'resolved') parts.push(t.reason(reason));
    if (reason && change.to === 'waiting_on_customer') parts.push(t.needed(reason));
  }
  return parts.length ? parts.join(sentenceGap(locale)) : null;
}
