import type { IntentName, Language } from '../src/nlu/types.ts';
import type { AccountRole } from '../src/store/records.ts';

/** Parse fields an intent can use. */
export type SlotName = 'trackingNumbers' | 'accountNumber' | 'dateRange' | 'origin' | 'destination' | 'statusHints' | 'serviceLevels';

/**
 * One intent, declared as data: the NLU trains its classifier on `examples` and `cues`, the dialog
 * reads `slots` and `needs`. Examples are written by the team; never copy evaluation sets here.
 */
export interface IntentDefinition {
  readonly name: IntentName;
  readonly description: string;
  /** Training utterances per language (chat style and typos welcome). */
  readonly examples: Readonly<Record<Language, readonly string[]>>;
  /** Phrases that on their own point to this intent; they boost its score and explain the decision. */
  readonly cues: Readonly<Record<Language, readonly string[]>>;
  /** Entities the dialog fills from the parse. */
  readonly slots: readonly SlotName[];
  /** What the intent needs before it is acted on; the dialog gates on it (src/dialog/intentGate.ts). */
  readonly needs: {
    /**
     * The customer must have a linked, verified account and one of its accounts chosen (with
     * `generalAnswer`: only for the account-specific part).
     */
    readonly linkedAccount: boolean;
    /**
     * Anyone gets a general answer first (the SOP's steps, the documents customs needs, the
     * programme's terms), then the offer to act on their account: linking when anonymous.
     */
    readonly generalAnswer: boolean;
    /** The role each action on the account needs ("dispute" → Dispute); an action not listed needs none. */
    readonly roles: Readonly<Record<string, AccountRole>>;
  };
}

export function defineIntent(def: IntentDefinition): IntentDefinition {
  return Object.freeze(def);
}
