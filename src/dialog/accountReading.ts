import type { Parse } from '../nlu/types.ts';
import { accountNamedIn } from './accountNames.ts';
import { pickedPosition } from './choiceWords.ts';
import { meansAccountOfFocus } from './discourse/discourseAct.ts';
import { shipperAccountOf } from '../shipments/trackingNumber.ts';
import type { DialogFacts } from './decision.ts';
import type { DialogState } from './state.ts';
import { wordsInEveryLanguage } from '../locale/words.ts';
import { cueTest } from './complaintReading.ts';

const ALL_ACCOUNTS_ANSWER = wordsInEveryLanguage((w) => w.allAccounts.answer).map((w) => cueTest(w.toLowerCase()));
const OTHER_ACCOUNT = wordsInEveryLanguage((w) => w.otherAccount).map((w) => cueTest(w.toLowerCase()));
const ALL_ACCOUNTS_REQUEST = wordsInEveryLanguage((w) => w.allAccounts.request).map((w) => cueTest(w.toLowerCase()));

/** "both accounts please", "两个都要", "las dos" answering "which account?"; "all my accounts" anywhere. */
function saysEveryAccount(text: string, answering: boolean): boolean {
  const padded = ` ${text.toLowerCase()} `;
  return ALL_ACCOUNTS_REQUEST.some((said) => said(padded)) || (answering && ALL_ACCOUNTS_ANSWER.some((said) => said(padded)));
}

/** Which of the speaker's accounts a message is about, read before anything else is decided. */
export interface AccountReading {
  /** The account in question: the one chosen in this conversation, or the speaker's only one. */
  current: string | null;
  /** The answer to "which account?": a position, one of the numbers, or a name. */
  answered: string | null;
  /** One of the speaker's account numbers written anywhere ("在7N2F4D这个账户下"), not inside a tracking number. */
  numberSaid: string | null;
  /** "… on the Maple Lane account": an account named in the request itself. */
  named: string | null;
  /** Every one of the speaker's several accounts: "both accounts please", "两个都要", "las dos", "all my accounts". */
  all: boolean;
}

export function readAccounts(text: string, parse: Parse, state: DialogState, facts: DialogFacts): AccountReading {
  const list = facts.accounts.map((number) => ({ number, name: facts.accountNames?.[number] ?? '' }));
  const current = facts.currentAccount ?? (facts.accounts.length === 1 ? facts.accounts[0]! : null);
  const numberSaid = parse.trackingNumbers.length ? null : (facts.accounts.find((n) => text.toUpperCase().includes(n)) ?? null);
  let answered: string | null = null;
  if (state.awaiting === 'account' && !parse.accountNumber) {
    const position = pickedPosition(text, facts.accounts.length);
    answered = numberSaid ?? (position ? facts.accounts[position - 1]! : accountNamedIn(text, list, true));
  }
  // "what's the latest invoice on that account" after tracking a parcel: the parcel's account, when it is one of the speaker's.
  const ofFocus = state.lastParcel && meansAccountOfFocus(text) ? shipperAccountOf(state.lastParcel) : null;
  const focusAccount = ofFocus && facts.accounts.includes(ofFocus) ? ofFocus : null;
  // "can I add a user on the other account" after the Maple Lane answer: the speaker's other one (of two).
  const other = facts.accounts.length === 2 && current && OTHER_ACCOUNT.some((said) => said(` ${text.toLowerCase()} `)) ? (facts.accounts.find((n) => n !== current) ?? null) : null;
  const named = !answered && !parse.accountNumber && facts.accounts.length > 1 ? (accountNamedIn(text, list) ?? focusAccount ?? other) : null;
  const all = facts.accounts.length > 1 && !answered && !numberSaid && !parse.accountNumber && !named && saysEveryAccount(text, state.awaiting === 'account');
  return { current, answered, numberSaid, named, all };
}
