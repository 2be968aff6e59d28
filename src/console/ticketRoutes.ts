/**
 * The console's tickets view, beside the live queue (src/console/API.md "Tickets"): the list with its
 * filters and search, one ticket with its timeline, conversation and the customer's other tickets, and
 * the agents' actions through the ticket desk. Mounted behind the console's session and CSRF checks.
 */
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { TICKET_PRIORITIES, TICKET_QUEUES, TICKET_STATES } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { REQUEST_KINDS, requestTexts } from '../tickets/requestTexts.ts';
import { TicketDeskError, type TicketDesk } from '../tickets/ticketDesk.ts';
import { ticketTimeline } from '../tickets/ticketTimeline.ts';
import type { SignedIn } from './agentSessions.ts';
import { deliveriesOf, historyOf, noteView } from './consoleViews.ts';
import { ticketItems, timelineView } from './ticketViews.ts';

export interface TicketRouteDeps {
  store: Store;
  tickets: TicketDesk;
}

/** "a,b" or a repeated parameter, each one of `values`. */
const listOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).max(values.length));

const ListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  queue: listOf(TICKET_QUEUES).optional(),
  state: listOf(TICKET_STATES).optional(),
  priority: listOf(TICKET_PRIORITIES).optional(),
  sla: z.enum(['due', 'breached']).optional(),
  channel: z.string().trim().min(1).max(40).optional(),
  language: z.enum(['en', 'zh', 'es']).optional(),
  mine: z.enum(['1', 'true']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
const Text = z.object({ text: z.string().trim().min(1, 'text is empty').max(4000) });
const Assign = z.object({ agentId: z.string().trim().min(1).max(100).optional() });
const Ask = z.object({ kind: z.enum(REQUEST_KINDS), text: z.string().trim().min(1, 'text is empty').max(4000) });
const Reason = z.object({ reason: z.string().trim().min(1, 'a reason is needed').max(500) });
const Resolve = Reason.extend({ confirmed: z.boolean().optional() });
const Queue = z.object({ queue: z.enum(TICKET_QUEUES) });
const Priority = z.object({ priority: z.enum(TICKET_PRIORITIES) });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw new TicketDeskError(400, result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return result.data;
}

const agentOf = (res: Response) => (res.locals['signedIn'] as SignedIn).agent;
const numberOf = (req: Request) => String(req.params['number']);

export function mountTicketRoutes(api: Router, deps: TicketRouteDeps): void {
  const { store, tickets } = deps;
  const names = async () => new Map((await store.agents.list()).map((a) => [a.id, a.displayName]));
  const itemOf = async (res: Response, ticket: Parameters<TicketDesk['worked']>[0][number]) => {
    const [item] = await ticketItems(store, await tickets.worked([ticket]), agentOf(res), await names());
    return item!;
  };

  api.get('/tickets', async (req, res) => {
    const agent = agentOf(res);
    const q = parse(ListQuery, req.query);
    const worked = await tickets.search({
      ...(q.q ? { text: q.q } : {}),
      ...(q.queue ? { queues: q.queue } : {}),
      ...(q.state ? { states: q.state } : {}),
      ...(q.priority ? { priorities: q.priority } : {}),
      ...(q.sla ? { sla: q.sla } : {}),
      ...(q.channel ? { channel: q.channel } : {}),
      ...(q.language ? { language: q.language } : {}),
      ...(q.mine ? { assignee: agent.id } : {}),
      ...(q.limit ? { limit: q.limit } : {}),
    });
    res.json({ items: await ticketItems(store, worked, agent, await names()) });
  });

  api.get('/tickets/:number', async (req, res) => {
    const agent = agentOf(res);
    const ticket = await tickets.get(numberOf(req));
    const agentNames = await names();
    const customer = ticket.userId ? await store.users.get(ticket.userId) : null;
    const conversation = ticket.conversationId ? await store.conversations.get(ticket.conversationId) : null;
    const [timeline, activities, outbound, others, notes, attachments, unanswered] = await Promise.all([
      ticketTimeline(store, ticket),
      ticket.conversationId ? store.activities.list(ticket.conversationId) : Promise.resolve([]),
      ticket.conversationId ? store.outboundMessages.listForConversation(ticket.conversationId) : Promise.resolve([]),
      tickets.otherTickets(ticket),
      store.ticketNotes.list(ticket.number),
      store.ticketAttachments.listForTicket(ticket.number),
      tickets.unanswered(ticket),
    ]);
    const [item] = await ticketItems(store, await tickets.worked([ticket]), agent, agentNames);
    res.json({
      item,
      timeline: timeline.map((e) => timelineView(e, agentNames)),
      conversation: historyOf(activities, customer?.name ?? null, deliveriesOf(outbound)),
      otherTickets: await ticketItems(store, await tickets.worked(others), agent, agentNames),
      notes: notes.map((n) => noteView(n, agentNames)),
      attachments: attachments.map((a) => ({ id: a.id, name: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes, at: a.createdAt })),
      unanswered,
      requests: requestTexts(conversation?.locale ?? customer?.locale ?? 'en', ticket.number),
    });
  });

  api.post('/tickets/:number/assign', async (req, res) => {
    const agent = agentOf(res);
    const { agentId } = parse(Assign, req.body);
    res.json({ item: await itemOf(res, await tickets.assign(numberOf(req), agent, agentId ?? agent.id)) });
  });

  api.post('/tickets/:number/messages', async (req, res) => {
    const { text } = parse(Text, req.body);
    const { ticket } = await tickets.reply(numberOf(req), agentOf(res), text);
    res.status(201).json({ item: await itemOf(res, ticket) });
  });

  api.post('/tickets/:number/requests', async (req, res) => {
    const { kind, text } = parse(Ask, req.body);
    const { ticket } = await tickets.ask(numberOf(req), agentOf(res), kind, text);
    res.status(201).json({ item: await itemOf(res, ticket) });
  });

  api.post('/tickets/:number/notes', async (req, res) => {
    const { text } = parse(Text, req.body);
    res.status(201).json({ note: noteView(await tickets.note(numberOf(req), agentOf(res), text), await names()) });
  });

  api.post('/tickets/:number/queue', async (req, res) => {
    const { queue } = parse(Queue, req.body);
    res.json({ item: await itemOf(res, await tickets.setQueue(numberOf(req), agentOf(res), queue)) });
  });

  api.post('/tickets/:number/priority', async (req, res) => {
    const { priority } = parse(Priority, req.body);
    res.json({ item: await itemOf(res, await tickets.setPriority(numberOf(req), agentOf(res), priority)) });
  });

  api.post('/tickets/:number/wait-on-carrier', async (req, res) => {
    const { reason } = parse(Reason, req.body);
    res.json({ item: await itemOf(res, await tickets.waitOnCarrier(numberOf(req), agentOf(res), reason)) });
  });

  api.post('/tickets/:number/resolve', async (req, res) => {
    const { reason, confirmed } = parse(Resolve, req.body);
    res.json({ item: await itemOf(res, await tickets.resolve(numberOf(req), agentOf(res), reason, confirmed ?? false)) });
  });

  api.post('/tickets/:number/reopen', async (req, res) => {
    const { reason } = parse(Reason, req.body);
    res.json({ item: await itemOf(res, await tickets.reopen(numberOf(req), agentOf(res), reason)) });
  });
}
