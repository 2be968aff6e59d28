/** English templates, written from the domain: how a shipper asks a carrier about their parcels. */
import type { Rng } from '../../../demo/prng.ts';
import type { Correction, Description, Phrasebook, Refinement } from '../phrasebook.ts';
import { placeName } from '../places.ts';
import type { DateSlot, PlaceSlot, Query, StatusSlot } from '../types.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return `${day}th`;
  return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`;
}

function dayMonth(iso: string, rng: Rng): string {
  const day = Number(iso.slice(8, 10));
  const month = MONTHS[Number(iso.slice(5, 7)) - 1]!;
  return rng.pick([`${day} ${month}`, `${month} ${day}`, `${month} ${ordinalSuffix(day)}`, `the ${ordinalSuffix(day)} of ${month}`]);
}

/** The date as an adverbial: "yesterday", "on 14 March", "last week". */
function date(slot: DateSlot, rng: Rng): string {
  switch (slot.kind) {
    case 'today':
      return 'today';
    case 'yesterday':
      return 'yesterday';
    case 'daysAgo':
      return `${rng.chance(0.5) ? slot.n : NUMBERS[slot.n] ?? slot.n} days ago`;
    case 'weekday':
      return `last ${WEEKDAYS[slot.weekday]}`;
    case 'explicit':
      return `on ${dayMonth(slot.date, rng)}`;
    case 'lastWeek':
      return 'last week';
    case 'dayOfMonth':
      return `on the ${ordinalSuffix(Number(slot.date.slice(8, 10)))}`;
  }
}

const place = (p: PlaceSlot): string => placeName(p, 'en');

const statusClause = (s: StatusSlot, rng: Rng, singular = false): string =>
  singular
    ? s === 'delivered'
      ? rng.pick(['that was delivered', 'that has already been delivered'])
      : rng.pick(["that hasn't been delivered yet", "that hasn't arrived yet"])
    : s === 'delivered'
      ? rng.pick(['that were delivered', 'that have already been delivered', 'that already arrived'])
      : rng.pick(["that haven't been delivered yet", "that haven't arrived yet", 'that are not delivered yet']);

/** "from Shenzhen to London yesterday", slots in a natural order. */
function slots(q: Query, rng: Rng): string {
  const places = [q.origin ? `from ${place(q.origin)}` : '', q.destination ? `to ${place(q.destination)}` : ''].filter(Boolean);
  if (rng.chance(0.3)) places.reverse();
  const when = q.date ? date(q.date, rng) : '';
  const parts = rng.chance(0.7) ? [...places, when] : [when, ...places];
  return parts.filter(Boolean).join(' ');
}

function request(q: Query, rng: Rng): string {
  const s = slots(q, rng);
  const status = q.status ? ` ${statusClause(q.status, rng)}` : '';
  if (q.status && rng.chance(0.3)) {
    const adjective = q.status === 'delivered' ? 'delivered' : rng.pick(['undelivered', 'not yet delivered']);
    return rng.pick([`show me my ${adjective} parcels sent ${s}`, `${adjective} shipments sent ${s}?`, `Any ${adjective} packages I shipped ${s}?`]);
  }
  if (!q.status && rng.chance(0.3)) {
    // A question about the parcels' state is not a filter on it: "did it arrive?" still means all of them.
    return rng.pick([`did the parcel I sent ${s} arrive?`, `I shipped something ${s}, where is it now?`, `any news on my shipment ${s}?`]);
  }
  return rng.pick([
    `where are the parcels I sent ${s}${status}?`,
    `show me my shipments sent ${s}${status}`,
    `can you find the packages I shipped ${s}${status}?`,
    `Hi, I'm looking for the parcels I sent ${s}${status}.`,
    `track my boxes sent ${s}${status}`,
    `which parcels did I send ${s}${status}?`,
    `What's the status of the shipment I sent ${s}${q.status ? ` ${statusClause(q.status, rng, true)}` : ''}?`,
  ]);
}

function describe(d: Description, rng: Rng): string {
  switch (d.kind) {
    case 'status':
      return d.status === 'delivered'
        ? rng.pick(['the one that was delivered', 'the delivered one', 'the one that already arrived'])
        : rng.pick(["the one that hasn't arrived yet", 'the one still on its way', "the one that isn't delivered"]);
    case 'origin':
      return rng.pick([`the one from ${place(d.place)}`, `the one sent from ${place(d.place)}`]);
    case 'destination':
      return rng.pick([`the one to ${place(d.place)}`, `the one going to ${place(d.place)}`]);
    case 'date':
      return rng.pick([`the one I sent ${date(d.date, rng)}`, `the one shipped ${date(d.date, rng)}`]);
  }
}

function correct(c: Correction, rng: Rng): string {
  switch (c.kind) {
    case 'date': {
      if (c.to.kind === 'dayOfMonth') {
        const nth = ordinalSuffix(Number(c.to.date.slice(8, 10)));
        return rng.pick([`no, the ${nth}`, `sorry, I meant the ${nth}`, `no wait, it was the ${nth}`]);
      }
      return rng.pick([`no, ${date(c.to, rng)}`, `sorry, I meant ${date(c.to, rng)}`]);
    }
    case 'origin':
      return rng.pick([`not ${place(c.from)}, ${place(c.to)}`, `no, from ${place(c.to)}`, `sorry, it was sent from ${place(c.to)}`]);
    case 'destination':
      return rng.pick([`I meant to ${place(c.to)}`, `no, to ${place(c.to)}`, `not ${place(c.from)}, ${place(c.to)}`]);
  }
}

function refine(r: Refinement, rng: Rng): string {
  switch (r.kind) {
    case 'status':
      return r.status === 'delivered'
        ? rng.pick(['only the delivered ones', 'just the ones that were delivered', 'only those that already arrived'])
        : rng.pick(["only the ones that haven't arrived", 'just the undelivered ones', 'only those not delivered yet']);
    case 'origin':
      return rng.pick([`only those from ${place(r.place)}`, `from ${place(r.place)}`, `just the ones sent from ${place(r.place)}`]);
    case 'destination':
      return rng.pick([`only those to ${place(r.place)}`, `just the ones going to ${place(r.place)}`]);
  }
}

export const en: Phrasebook = {
  request,
  requestOnAccount: (q, account, rng) => {
    // The request without its greeting, to follow the account in one sentence.
    const r = request(q, rng).replace(/^Hi, /, '');
    const plain = r.startsWith('I') ? r : r.charAt(0).toLowerCase() + r.slice(1);
    return rng.pick([`For account ${account.number}: ${plain}`, `${plain.replace(/[?.]$/, '')} on account ${account.number}?`, `On the ${account.name} account, ${plain}`]);
  },
  pronoun: (rng) => rng.pick(['when will it arrive?', 'where is it now?', 'and when does it get there?', "what's its status?", 'ok, when will it be delivered?']),
  other: (rng) => rng.pick(['and the other one?', 'what about the other one?', 'ok, and the other?']),
  ordinal: (position, rng) =>
    position === 'last'
      ? rng.pick(['the last one', 'the last'])
      : rng.pick([`the ${ORDINALS[position - 1]} one`, String(position), `number ${position}`, `the ${ORDINALS[position - 1]}`]),
  describe,
  correct,
  refine,
  answerAccount: (a, rng) => {
    switch (a.kind) {
      case 'number':
        return String(a.position);
      case 'accountNumber':
        return rng.pick([a.accountNumber, `account ${a.accountNumber}`, `the ${a.accountNumber} one`]);
      case 'name':
        return rng.pick([a.name, `the ${a.name} one`, `${a.name} please`]);
      case 'position':
        return rng.pick([`the ${ORDINALS[a.position - 1]} one`, `the ${ORDINALS[a.position - 1]}`]);
    }
  },
  hesitations: ['no wait, ', 'hmm, ', 'sorry, '],
  acknowledgements: ['thanks', 'ok', '👍', 'thank you!', 'ok great', 'cool'],
  greetings: ['hi', 'hello', 'good morning', 'hey there'],
  accountNumberQuestions: ["what's my account number?", 'which account number do I have?', 'what is my UPS account number?'],
  vipQuestions: ['do you have a VIP service?', 'how much is the VIP programme?', 'tell me about VIP service'],
  variants: [
    ['parcels', ['parcles', 'packages', 'shipments', 'pacels']],
    ['parcel', ['parcle', 'package', 'shipment']],
    ['packages', ['pakages', 'parcels']],
    ['shipments', ['shipmets', 'parcels']],
    ['boxes', ['packages', 'parcels']],
    ['sent', ['snet', 'shipped', 'mailed']],
    ['shipped', ['shiped', 'sent']],
    ['yesterday', ['yesterdy', 'yday']],
    ['delivered', ['delivred', 'delieverd']],
    ['where', ['wher', 'were']],
    ['show', ['sho', 'list']],
  ],
};
