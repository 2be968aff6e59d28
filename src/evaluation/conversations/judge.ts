/** Whether one turn showed what it had to, given what earlier turns of the conversation showed. */
import type { Expectation } from './types.ts';
import type { Shown } from './shown.ts';
import { allowsHandoff, isOutside, judgeOutside, type OutsideExpectation, type TurnRecords } from './judgeOutside.ts';

export interface Verdict {
  ok: boolean;
  /** What was expected, in words (resolved against earlier turns where it depends on them). */
  expected: string;
  why?: string;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && [...a].sort().join() === [...b].sort().join();

function parcelsVerdict(trackingNumbers: readonly string[], shown: Shown): Verdict {
  if (trackingNumbers.length === 0) {
    const expected = 'says nothing fits and shows no parcel as the match';
    if (!shown.nothingFits) return { ok: false, expected, why: 'did not say nothing fits' };
    if (shown.parcels.kind !== 'none') return { ok: false, expected, why: 'showed a parcel as the match' };
    return { ok: true, expected };
  }
  if (trackingNumbers.length === 1) {
    const t = trackingNumbers[0]!;
    const expected = `shows ${t}`;
    const p = shown.parcels;
    return p.kind === 'single' && p.trackingNumber === t ? { ok: true, expected } : { ok: false, expected, why: 'another answer' };
  }
  const expected = `offers [${[...trackingNumbers].sort().join(', ')}]`;
  const p = shown.parcels;
  return p.kind === 'list' && sameSet(p.trackingNumbers, trackingNumbers) ? { ok: true, expected } : { ok: false, expected, why: 'another answer' };
}

/**
 * Judges one turn; `history` holds what the earlier turns showed, in order, and `records` the store
 * around the turn (the kinds of judgeOutside.ts need it).
 */
export function judge(expect: Expectation, shown: Shown, history: readonly Shown[], records: TurnRecords | null = null): Verdict {
  const verdict = isOutside(expect) ? judgeOutside(expect, shown, records) : judgeExpectation(expect, shown, history);
  if (shown.handedOff && verdict.ok && !allowsHandoff(expect)) return { ...verdict, ok: false, why: 'handed the chat to a person' };
  return verdict;
}

function listAt(history: readonly Shown[], turn: number): string[] | null {
  const p = history[turn]?.parcels;
  return p?.kind === 'list' ? p.trackingNumbers : null;
}

function judgeExpectation(expect: Exclude<Expectation, OutsideExpectation>, shown: Shown, history: readonly Shown[]): Verdict {
  switch (expect.kind) {
    case 'any':
      return { ok: true, expected: 'anything but a handoff' };
    case 'understood': {
      const expected = 'any answer but "I did not understand" or a handoff';
      return shown.notUnderstood ? { ok: false, expected, why: 'took it as a misunderstanding' } : { ok: true, expected };
    }
    case 'parcels':
      return parcelsVerdict(expect.trackingNumbers, shown);
    case 'nothing':
      return parcelsVerdict([], shown);
    case 'mentions': {
      const expected = `talks about ${expect.trackingNumber} and no other parcel`;
      const all = new Set([...shown.offered, ...shown.mentioned]);
      if (!all.has(expect.trackingNumber)) return { ok: false, expected, why: 'did not name that parcel' };
      if (all.size > 1) return { ok: false, expected, why: 'named other parcels' };
      return { ok: true, expected };
    }
    case 'reoffer': {
      const list = listAt(history, expect.turn);
      if (!list) return { ok: false, expected: `offers the list of turn ${expect.turn + 1} again`, why: `turn ${expect.turn + 1} offered no list` };
      const expected = `shows no parcel as picked and offers [${[...list].sort().join(', ')}] again`;
      const p = shown.parcels;
      return p.kind === 'list' && sameSet(p.trackingNumbers, list) ? { ok: true, expected } : { ok: false, expected, why: 'did not offer the same list again' };
    }
    case 'pick': {
      const list = listAt(history, expect.turn);
      const where = expect.position === 'last' ? 'the last' : `number ${expect.position}`;
      if (!list) return { ok: false, expected: `shows ${where} of the list of turn ${expect.turn + 1}`, why: `turn ${expect.turn + 1} offered no list` };
      const t = expect.position === 'last' ? list[list.length - 1] : list[expect.position - 1];
      if (!t) return { ok: false, expected: `shows ${where} of [${list.join(', ')}]`, why: 'that list is shorter' };
      return parcelsVerdict([t], shown);
    }
    case 'other': {
      const list = listAt(history, expect.turn);
      const picked = history[expect.picked]?.parcels;
      const expected = `shows the other parcel of the list of turn ${expect.turn + 1}`;
      if (!list || list.length !== 2 || picked?.kind !== 'single') return { ok: false, expected, why: 'no list of two and a pick before it' };
      const rest = list.filter((t) => t !== picked.trackingNumber);
      return rest.length === 1 ? parcelsVerdict(rest, shown) : { ok: false, expected, why: 'the pick was not from that list' };
    }
    case 'asksAccount': {
      const expected = `asks which account, offering [${expect.accounts.join(', ')}]`;
      if (shown.parcels.kind !== 'none') return { ok: false, expected, why: 'showed parcels before knowing the account' };
      return sameSet(shown.accountsOffered, expect.accounts) ? { ok: true, expected } : { ok: false, expected, why: 'did not offer the accounts' };
    }
    case 'accountPick': {
      const account = history[expect.turn]?.accountsOffered[expect.position - 1];
      if (!account) return { ok: false, expected: `searches account number ${expect.position} of turn ${expect.turn + 1}`, why: 'no such account was offered' };
      const v = parcelsVerdict(expect.byAccount[account] ?? [], shown);
      return { ...v, expected: `on ${account}: ${v.expected}` };
    }
  }
}
