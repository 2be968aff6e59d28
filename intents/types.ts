import type { IntentName, Language } from '../src/nlu/types.ts';

/** Parse fields an intent can use. */
export type SlotName = 'trackingNumbers' | 'accountNumber' | 'dateRange' | 'origin' | 'destination' | 'statusHints';

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
  readonly needs: {
    /** The customer must have a linked, verified account. */
    readonly linkedAccount: boolean;
    /** A user role on that account, e.g. "admin" for managing users; null when any role will do. */
    readonly role: string | null;
  };
}

export function defineIntent(def: IntentDefinition): IntentDefinition {
  return Object.freeze(def);
}
