import type { IntentName, Parse } from '../nlu/types.ts';
import type { DialogState } from './state.ts';

/** What the assistant decides to do with a message. Runners carry actions out; the policy does no I/O. */
export type Action =
  | { kind: 'track'; trackingNumbers: string[]; invalidTrackingNumbers: string[] }
  | { kind: 'invalid_tracking_number'; numbers: string[] }
  | { kind: 'ask_tracking_number' }
  | { kind: 'greet' }
  | { kind: 'help' }
  | { kind: 'thanks' }
  | { kind: 'goodbye' }
  | { kind: 'not_available_yet'; intent: IntentName }
  | { kind: 'not_understood'; again: boolean };

export interface Decision {
  action: Action;
  state: DialogState;
}

/** Intents whose flows are not in the chat yet; answered honestly rather than guessed at. */
const NOT_YET: ReadonlySet<IntentName> = new Set([
  'lost_or_delayed',
  'damaged_package',
  'customs_help',
  'change_delivery',
  'billing',
  'account_access',
  'account_number',
  'vip_service',
  'carbon_footprint',
  'talk_to_agent',
]);

/**
 * The dialog policy: a pure function of the parse and the conversation state.
 * Tracking numbers win over the intent: a customer who pastes a number wants that parcel.
 */
export function decide(parse: Parse, state: DialogState): Decision {
  const understood = (action: Action): Decision => ({
    action,
    state: { ...state, misunderstandings: 0, awaiting: null, lastIntent: parse.intent },
  });

  if (parse.trackingNumbers.length) {
    return understood({
      kind: 'track',
      trackingNumbers: parse.trackingNumbers,
      invalidTrackingNumbers: parse.invalidTrackingNumbers,
    });
  }
  if (parse.invalidTrackingNumbers.length) {
    return understood({ kind: 'invalid_tracking_number', numbers: parse.invalidTrackingNumbers });
  }
  switch (parse.intent) {
    case 'track_shipment':
      return { ...understood({ kind: 'ask_tracking_number' }), state: { ...state, misunderstandings: 0, awaiting: 'tracking_number', lastIntent: parse.intent } };
    case 'greeting':
      return understood({ kind: 'greet' });
    case 'help':
      return understood({ kind: 'help' });
    case 'thanks':
      return understood({ kind: 'thanks' });
    case 'goodbye':
      return understood({ kind: 'goodbye' });
    case 'out_of_scope':
      break;
    default:
      if (NOT_YET.has(parse.intent)) return understood({ kind: 'not_available_yet', intent: parse.intent });
  }
  const misunderstandings = state.misunderstandings + 1;
  return {
    action: { kind: 'not_understood', again: misunderstandings >= 2 },
    state: { ...state, misunderstandings, lastIntent: parse.intent },
  };
}
