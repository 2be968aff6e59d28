import type { Choice, Reply } from '../activity.ts';
import type { NluParser, Parse } from '../nlu/types.ts';
import { lookupTrackingNumber } from '../shipments/trackingLookup.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../clock.ts';
import { decide, type Action } from './policy.ts';
import { loadDialogState } from './state.ts';
import { textsFor } from './texts/index.ts';
import { trackingReply } from './trackingReply.ts';
import type { Bot, TurnInput } from './types.ts';

/** What the assistant understood and decided, as a Bot Framework trace: transcript tests and the Emulator read it. */
export const PARSE_TRACE = { name: 'carrier-assist.nlu', valueType: 'https://carrier-assist/schemas/parse' } as const;

function parseTrace(parse: Parse, action: Action): Reply {
  return { type: 'trace', name: PARSE_TRACE.name, label: `${parse.intent} -> ${action.kind}`, valueType: PARSE_TRACE.valueType, value: { parse, action } };
}

/**
 * The carrier's assistant: reads the message (NLU), decides (pure policy), carries the action out
 * (the only I/O), and keeps the dialog state on the conversation.
 */
export class CarrierAssistant implements Bot {
  constructor(
    private readonly deps: { store: Store; parser: NluParser; clock: Clock },
  ) {}

  async respond(turn: TurnInput): Promise<Reply[]> {
    const { activity } = turn;
    if (activity.type === 'conversationUpdate') {
      const joined = activity.membersAdded?.some((m) => m.id === activity.from.id || m.role === 'user');
      return joined ? [{ type: 'message', text: textsFor(turn.locale).welcome }] : [];
    }
    if (activity.type !== 'message') return [];
    const text = typeof activity.text === 'string' ? activity.text : '';
    const parse = await this.deps.parser.parseAsync(text, { now: turn.now, timeZone: turn.timeZone });
    const { action, state } = decide(parse, loadDialogState(turn.conversation.state));
    const replies = await this.run(action, turn);
    await this.deps.store.conversations.update(turn.conversation.id, { state }, this.deps.clock.now().toISOString());
    return [parseTrace(parse, action), ...replies];
  }

  private async run(action: Action, turn: TurnInput): Promise<Reply[]> {
    const t = textsFor(turn.locale);
    const say = (text: string, choices?: Choice[]): Reply =>
      choices ? { type: 'message', text, choices } : { type: 'message', text };
    switch (action.kind) {
      case 'track': {
        const replies: Reply[] = [];
        for (const n of action.trackingNumbers) {
          const lookup = await lookupTrackingNumber(this.deps.store.shipments, turn.speaker, n);
          replies.push(trackingReply(lookup, turn.locale, turn.timeZone));
        }
        if (action.invalidTrackingNumbers.length) replies.push(say(t.invalidTrackingNumber(action.invalidTrackingNumbers)));
        return replies;
      }
      case 'invalid_tracking_number':
        return [say(t.invalidTrackingNumber(action.numbers))];
      case 'ask_tracking_number':
        return [say(t.askTrackingNumber)];
      case 'greet':
        return [say(t.greeting, t.helpChoices)];
      case 'help':
        return [say(t.help, t.helpChoices)];
      case 'thanks':
        return [say(t.thanks)];
      case 'goodbye':
        return [say(t.goodbye)];
      case 'not_available_yet':
        return [say(t.notAvailableYet, t.helpChoices)];
      case 'not_understood':
        return action.again ? [say(t.notUnderstoodAgain, t.helpChoices)] : [say(t.notUnderstood)];
    }
  }
}
