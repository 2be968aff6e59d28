/**
 * Agents in exported transcripts: what an agent did in the console becomes the transcript's agent
 * lines, so an exported handoff replays as it happened. The log holds the agent's messages and the
 * desk's notices (marked in channelData.handoff); the store holds the resolution reasons and the
 * internal notes. Each becomes an AGENT_TRACE placed where the replay must act:
 *   the agent's first message   -> `agent: text` before the "has joined" notice the claim sent
 *   a later message             -> `agent: text`
 *   the "has closed" notice     -> `agent resolves: reason` before it (the satisfaction question after it stays a bot line)
 *   the "handed back" notice    -> `agent hands back` before it
 *   an internal note            -> `agent notes: text` where it was written
 *   the "passed to" notice      -> `agent transfers to: Name` before it
 *   the "back in the queue" one -> `agent releases` before it
 *   another agent's first message after it -> `agent claims: Name` before the "has joined" notice
 * A notice a one-customer replay cannot cause (moved up the queue) becomes a comment.
 */
import type { Activity } from '../activity.ts';
import type { Store } from '../store/store.ts';
import type { AgentAction } from './model.ts';

export const AGENT_TRACE = { name: 'carrier-assist.agent', valueType: 'https://carrier-assist/schemas/agent-turn' } as const;

/** An agent line of the transcript, or a comment about a notice that is not replayed. */
export type AgentTurn = AgentAction | { kind: 'comment'; text: string };

interface HandoffMark {
  author?: string;
  notice?: string;
  name?: string;
}

const markOf = (a: Activity): HandoffMark | null => (a.channelData?.['handoff'] as HandoffMark | undefined) ?? null;

function turnTrace(anchor: Activity, turn: AgentTurn, at: string | undefined): Activity {
  return {
    type: 'trace',
    name: AGENT_TRACE.name,
    label: turn.kind,
    valueType: AGENT_TRACE.valueType,
    value: turn,
    channelId: anchor.channelId,
    conversation: anchor.conversation,
    from: { id: 'carrier-assist', name: 'Carrier Assist', role: 'bot' },
    ...(at ? { timestamp: at } : {}),
  };
}

/** The activities with the agent's turns put in, and the (first) agent's name for the header. */
export async function withAgentTurns(
  store: Store,
  conversationId: string,
  activities: Activity[],
  seqOf: ReadonlyMap<Activity, number>,
): Promise<{ activities: Activity[]; agent: string | null }> {
  if (!activities.some((a) => markOf(a))) return { activities, agent: null };
  const reasons: string[] = [];
  const transfers: string[] = [];
  /** Internal notes by the recorded activity they followed. */
  const notesAfter = new Map<number, string[]>();
  for (const t of await store.tickets.listForConversation(conversationId)) {
    const h = await store.handoffs.byTicket(t.number);
    if (!h) continue;
    const texts = new Map((await store.ticketNotes.list(t.number)).map((n) => [n.id, n.text]));
    for (const e of await store.handoffs.events(h.id)) {
      if (e.to === 'resolved' && e.from !== 'resolved') reasons.push(String(e.detail['reason'] ?? h.resolution ?? 'resolved'));
      if (e.to === 'assigned' && (e.from === 'assigned' || e.from === 'active') && typeof e.detail['to'] === 'string') {
        transfers.push((await store.agents.get(e.detail['to']))?.displayName ?? e.detail['to']);
      }
      const note = texts.get(Number(e.detail['note']));
      if (note !== undefined) {
        const after = Number(e.detail['afterSeq'] ?? -1);
        notesAfter.set(after, [...(notesAfter.get(after) ?? []), note]);
      }
    }
  }

  const out: Activity[] = [];
  let agent: string | null = null;
  /** Who acts in the replay at this point: the header's agent, then whoever a transfer or claim made it. */
  let acting: string | null = null;
  let joined: Activity | null = null;
  const flushJoined = () => {
    if (joined) out.push(joined);
    joined = null;
  };
  for (const a of activities) {
    const mark = markOf(a);
    if (a.type !== 'message' || !mark) {
      flushJoined();
      out.push(a);
    } else if (mark.author === 'agent') {
      agent ??= mark.name ?? null;
      acting ??= agent;
      if (mark.name && mark.name !== acting) {
        // Someone else took the conversation from the queue: their claim sent the "has joined" notice.
        out.push(turnTrace(a, { kind: 'agent_claims', agent: mark.name }, a.timestamp));
        acting = mark.name;
        flushJoined();
        out.push(turnTrace(a, { kind: 'agent', text: a.text ?? '' }, a.timestamp), a);
      } else {
        out.push(turnTrace(a, { kind: 'agent', text: a.text ?? '' }, a.timestamp));
        flushJoined();
        out.push(a);
      }
    } else {
      flushJoined();
      switch (mark.notice) {
        case 'joined':
          // Sent by the claim: in a replay the agent's first message claims, so it goes after that line.
          joined = a;
          break;
        case 'resolved':
          out.push(turnTrace(a, { kind: 'agent_resolves', reason: reasons.shift() ?? 'resolved' }, a.timestamp), a);
          break;
        case 'satisfaction_survey':
          // Asked by the resolution just before it: a replay's `agent resolves` asks it too.
          out.push(a);
          break;
        case 'handed_back':
          out.push(turnTrace(a, { kind: 'agent_hands_back' }, a.timestamp), a);
          break;
        case 'transferred': {
          const to = transfers.shift() ?? 'another agent';
          out.push(turnTrace(a, { kind: 'agent_transfers', to }, a.timestamp), a);
          acting = to;
          break;
        }
        case 'requeued':
          out.push(turnTrace(a, { kind: 'agent_releases' }, a.timestamp), a);
          break;
        default:
          out.push(turnTrace(a, { kind: 'comment', text: `(${mark.notice ?? 'a notice'}, not replayed: "${a.text ?? ''}")` }, a.timestamp));
      }
    }
    const seq = seqOf.get(a);
    for (const text of seq === undefined ? [] : (notesAfter.get(seq) ?? [])) {
      flushJoined();
      out.push(turnTrace(a, { kind: 'agent_note', text }, a.timestamp));
    }
  }
  flushJoined();
  return { activities: out, agent };
}
