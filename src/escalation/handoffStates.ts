/**
 * The handoff state machine: which moves exist, from which states, and who answers the customer in
 * each state. Exactly one owner at any time: from the moment a conversation is queued until it is
 * resolved, handed back or abandoned, people own it and the bot says nothing; otherwise the bot does.
 */
import type { ConversationOwner } from '../store/records.ts';
import type { HandoffState } from '../store/handoffRecords.ts';

/** People own the conversation in these states (waiting for an agent, or with one); the bot in all others. */
export const WITH_PEOPLE: readonly HandoffState[] = ['queued', 'assigned', 'active'];
/** An agent holds the conversation. */
export const HELD: readonly HandoffState[] = ['assigned', 'active'];
/** Still in people's hands, or on its way there. */
export const LIVE: readonly HandoffState[] = ['requested', ...WITH_PEOPLE];

export const HANDOFF_MOVES = {
  /** The ticket is in a queue (business hours or not: outside them it waits for the morning). */
  queue: { from: ['requested'], to: 'queued' },
  /** An agent takes it: atomic, one winner. */
  claim: { from: ['queued'], to: 'assigned' },
  /** The agent's first message to the customer. */
  respond: { from: ['assigned'], to: 'active' },
  /** To another agent. */
  transfer: { from: ['assigned', 'active'], to: 'assigned' },
  /** Back to the queue (the agent lets it go). */
  release: { from: ['assigned', 'active'], to: 'queued' },
  /** Done, with a reason; the bot answers the customer's next message. */
  resolve: { from: ['assigned', 'active'], to: 'resolved' },
  /** The agent gives the conversation back to the bot at once (the ticket stays pending). */
  handBack: { from: ['assigned', 'active'], to: 'returned' },
  /** The customer wrote again after the resolution: the bot has it. */
  return: { from: ['resolved'], to: 'returned' },
  /** The customer left before it ended. */
  abandon: { from: ['requested', 'queued', 'assigned', 'active'], to: 'abandoned' },
} as const satisfies Record<string, { from: readonly HandoffState[]; to: HandoffState }>;

export type HandoffMove = keyof typeof HANDOFF_MOVES;

/** True when the move is allowed from `state`. */
export function canMove(move: HandoffMove, state: HandoffState): boolean {
  return (HANDOFF_MOVES[move].from as readonly HandoffState[]).includes(state);
}

/** Who answers the customer while a conversation's handoff is in `state`. */
export function ownerIn(state: HandoffState): ConversationOwner {
  return WITH_PEOPLE.includes(state) ? 'agent' : 'bot';
}

export const isLive = (state: HandoffState): boolean => LIVE.includes(state);
