/**
 * Tickets about one parcel that customers add files to (customs, damage): reuse the conversation's
 * open ticket of that category for the parcel, else open one; keep the accepted files with it.
 */
import type { NewTicket, ShipmentRecord, TicketCategory, TicketRecord } from '../../../store/records.ts';
import type { AcceptedUpload } from './uploads.ts';
import type { ParcelFlowContext } from '../types.ts';

export async function openParcelTicket(
  ctx: Pick<ParcelFlowContext, 'store' | 'conversation' | 'speaker' | 'now'>,
  shipment: ShipmentRecord,
  category: TicketCategory,
  build: () => Pick<NewTicket, 'priority' | 'subject' | 'details'>,
): Promise<{ ticket: TicketRecord; existing: boolean }> {
  const open = (await ctx.store.tickets.listForConversation(ctx.conversation.id)).find(
    (x) => x.category === category && x.trackingNumbers.includes(shipment.trackingNumber) && x.state !== 'closed' && x.state !== 'resolved',
  );
  if (open) return { ticket: open, existing: true };
  const ticket = await ctx.store.tickets.create(
    {
      category,
      conversationId: ctx.conversation.id,
      accountNumber: shipment.accountNumber,
      userId: ctx.speaker?.user.id ?? null,
      trackingNumbers: [shipment.trackingNumber],
      ...build(),
    },
    ctx.now.toISOString(),
  );
  return { ticket, existing: false };
}

/** Keeps the customer's accepted files with the ticket, in the order they came. */
export async function attachUploads(
  ctx: Pick<ParcelFlowContext, 'store' | 'now'>,
  ticket: TicketRecord,
  uploads: readonly AcceptedUpload[],
): Promise<void> {
  for (const u of uploads) await ctx.store.ticketAttachments.add({ ticketNumber: ticket.number, ...u }, ctx.now.toISOString());
}

/** "18:00" in the customer's zone: when a promised reply is due. */
export function clockTime(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : locale === 'es' ? 'es-ES' : 'en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}
