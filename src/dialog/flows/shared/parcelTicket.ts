/**
 * Tickets about one parcel (a trace, customs, damage): one open ticket per parcel and category. Asking
 * again — in this conversation or another — adds the customer's message to the ticket already open on
 * the parcel's account and names it, instead of opening a second one; files are kept with the ticket.
 */
import { formatLocalDate } from '../../../locale/index.ts';
import type { NewTicket, ShipmentRecord, TicketCategory, TicketRecord } from '../../../store/records.ts';
import type { Store } from '../../../store/store.ts';
import { formatDate, zonedParts } from '../../../nlu/text/timeZone.ts';
import { alreadyOpenNotice } from './openTicketTexts.ts';
import type { AcceptedUpload } from './uploads.ts';
import type { ParcelFlowContext } from '../types.ts';

/** The ticket of this category still open (any state before resolved) about the parcel, whichever conversation opened it; else null. */
export async function openTicketOn(store: Store, shipment: Pick<ShipmentRecord, 'accountNumber' | 'trackingNumber'>, category: TicketCategory): Promise<TicketRecord | null> {
  const open = await store.tickets.openForAccount(shipment.accountNumber, category);
  return open.find((t) => t.trackingNumbers.includes(shipment.trackingNumber)) ?? null;
}

/**
 * The parcel's open ticket of this category with the customer's message added to it (`existing`), or a
 * new one built by `build`.
 */
export async function openParcelTicket(
  ctx: Pick<ParcelFlowContext, 'store' | 'conversation' | 'speaker' | 'now'> & { text?: string },
  shipment: ShipmentRecord,
  category: TicketCategory,
  build: () => Pick<NewTicket, 'priority' | 'subject' | 'details'>,
): Promise<{ ticket: TicketRecord; existing: boolean; added: boolean }> {
  const text = ctx.text?.trim() ?? '';
  const at = ctx.now.toISOString();
  const message = text ? { text, conversationId: ctx.conversation.id, at } : null;
  // A ticket opened by a handoff or before the store kept its parcel (no unique key) is found here.
  const open = await openTicketOn(ctx.store, shipment, category);
  if (open) {
    if (!message) return { ticket: open, existing: true, added: false };
    const ticket = (await ctx.store.tickets.addCustomerMessage(open.number, message, at)) ?? open;
    return { ticket, existing: true, added: true };
  }
  // The store adds to the ticket another message opened a moment ago rather than opening a second.
  const { ticket, existing } = await ctx.store.tickets.openOnParcel(
    {
      category,
      conversationId: ctx.conversation.id,
      accountNumber: shipment.accountNumber,
      userId: ctx.speaker?.user.id ?? null,
      trackingNumbers: [shipment.trackingNumber],
      ...build(),
    },
    message,
    at,
  );
  return { ticket, existing, added: existing && message !== null };
}

/** "Your damage claim CA-000007 for 1Z… is already open, opened on Fri, 20 Mar 2026; I've added your message to it." */
export function alreadyOpenText(ticket: TicketRecord, parcel: string, added: boolean, locale: string, timeZone: string): string {
  const openedOn = formatLocalDate(formatDate(zonedParts(new Date(ticket.createdAt), timeZone)), locale);
  return alreadyOpenNotice(locale, { category: ticket.category, ticket: ticket.number, parcel, openedOn, added, state: ticket.state === 'new' ? 'open' : 'pending' });
}

/** Keeps the customer's accepted files with the ticket, in the order they came. */
export async function attachUploads(
  ctx: Pick<ParcelFlowContext, 'store' | 'now'>,
  ticket: TicketRecord,
  uploads: readonly AcceptedUpload[],
): Promise<void> {
  for (const u of uploads) await ctx.store.ticketAttachments.add({ ticketNumber: ticket.number, ...u }, ctx.now.toISOString());
}
