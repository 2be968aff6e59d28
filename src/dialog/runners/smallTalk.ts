import type { Reply } from '../../activity.ts';
import { textsFor } from '../texts/index.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

type Locale = Pick<RunnerContext, 'turn'>;

/** What needs only words: greetings, help, thanks, goodbyes, acknowledgements, cancelling, going back to a flow. */
export const smallTalkRunners = {
  async greet(_action: ActionOf<'greet'>, { turn }: Locale) {
    const t = textsFor(turn.locale);
    return say(t.greeting, t.helpChoices);
  },
  async help(_action: ActionOf<'help'>, { turn }: Locale) {
    const t = textsFor(turn.locale);
    return say(t.help, t.helpChoices);
  },
  async thanks(_action: ActionOf<'thanks'>, { turn }: Locale) {
    return say(textsFor(turn.locale).thanks);
  },
  async goodbye(_action: ActionOf<'goodbye'>, { turn }: Locale) {
    return say(textsFor(turn.locale).goodbye);
  },
  async acknowledge(action: ActionOf<'acknowledge'>, { turn }: Locale) {
    const t = textsFor(turn.locale);
    return say(action.pending ? t.acknowledgedPending : t.acknowledged);
  },
  async cancel(action: ActionOf<'cancel'>, { turn }: Locale) {
    const t = textsFor(turn.locale);
    return say(action.dropped ? t.cancelled : t.nothingToCancel);
  },
  /** The flow's last question, asked again. */
  async resume(action: ActionOf<'resume'>, { turn }: Locale) {
    return { replies: action.prompt.length ? (action.prompt as Reply[]) : say(textsFor(turn.locale).help).replies };
  },
} satisfies RunnerFamily;
