import { localized } from '../../locale/index.ts';
import type { RunResult } from '../resolveRunner.ts';
import { isOnStreet, streetTitle } from '../streets/streetNames.ts';
import { STREET_TEXTS } from '../streets/texts.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

/** The most held parcels listed by number. */
const MAX_HELD_LISTED = 5;

/**
 * The parcels of the speaker's accounts whose label's address is on a street: how many go there and which are held
 * (an exception, or held in customs). Each account with parcels there is said; with none anywhere, that is said.
 */
export const streetRunners = {
  async held_on_street(action: ActionOf<'held_on_street'>, { turn, store }: Pick<RunnerContext, 'turn' | 'store'>): Promise<RunResult> {
    const t = localized(STREET_TEXTS, turn.locale);
    const street = streetTitle(action.street);
    const lines: string[] = [];
    const heldNumbers: string[] = [];
    for (const account of action.accounts) {
      // Every parcel of the account: the store's default limit would leave most of a large account out.
      const every = await store.shipments.search({ accountNumber: account, limit: Math.max(1, await store.shipments.countForAccount(account)) });
      const there = every.filter((s) => isOnStreet(s.recipient.address, action.street));
      if (!there.length) continue;
      const held = there.filter((s) => s.status === 'exception' || s.customsState === 'held');
      heldNumbers.push(...held.map((s) => s.trackingNumber));
      if (!held.length) lines.push(t.noneHeld(there.length, street, account));
      else lines.push([t.someHeld(held.length, there.length, street, account), ...held.slice(0, MAX_HELD_LISTED).map((s) => t.heldLine(s.trackingNumber, s.customsState === 'held'))].join('\n'));
    }
    if (!lines.length) lines.push(t.noneGoThere(street, action.accounts.join(' / ')));
    // One held parcel is then "it"; several are the list "the second one" picks from.
    const state = heldNumbers.length === 1 ? { lastParcel: heldNumbers[0]!, lastList: [] } : heldNumbers.length > 1 ? { lastList: heldNumbers.slice(0, MAX_HELD_LISTED) } : {};
    return { ...say(lines.join('\n\n')), state };
  },
} satisfies RunnerFamily;
