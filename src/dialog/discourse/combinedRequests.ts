import type { Parse, Place } from '../../nlu/types.ts';
import { ACCOUNT_FLOWS, PARCEL_FLOWS } from '../flows/registry.ts';
import type { IntentName } from '../../nlu/types.ts';
import { goesOnWithAccountFlow } from '../accountFlowWords.ts';
import { asksAllArrived, asksHowMany, asksWhoPaysDuties, isParcelTopic, namesParcels, pointsAtParcel, pointsAtSeveral } from './discourseAct.ts';
import { FOLLOW_UP_MAX_CONFIDENCE } from '../decision.ts';

/** A part of a message as read alone. */
export interface RequestPart {
  text: string;
  parse: Parse;
  /** A figure asked of the parcels another part describes ("… and what was their co2"): answered for exactly those that part finds. */
  ofDescribed?: boolean;
}

type Family = 'parcel' | 'account';

function familyOf(p: Parse): Family | null {
  if (PARCEL_FLOWS[p.intent] || p.intent === 'track_shipment') return 'parcel';
  return ACCOUNT_FLOWS[p.intent] ? 'account' : null;
}

/** The parcels a part names: its tracking numbers and places (whatever their role). */
function namedParcels(p: Parse): string[] {
  const place = (x: Place | null | undefined) => (x ? [`${x.name}/${x.country}`] : []);
  return [...p.trackingNumbers, ...place(p.origin), ...place(p.destination), ...(p.places ?? []).flatMap((x) => place(x))];
}

/**
 * Whether the parts of a split message are separate requests, each to be answered: an account question
 * and a parcel question ("what's our account number, and did anything go out to Seoul yesterday?"), or
 * questions about different parcels, each named by its places or number ("where is my parcel to
 * Toronto? and has the one to London arrived?", "寄到多伦多的包裹到哪了？还有寄到伦敦的那个到了吗？").
 * "Where's my parcel to Toronto? It was sent yesterday." is one request: the second part names no
 * other parcel, it adds to the first.
 */
export function areSeparateRequests(parts: readonly RequestPart[]): boolean {
  if (parts.length < 2) return false;
  // "上周寄往洛杉矶的标准件有几个？都到了吗": whether the parcels counted have all arrived is asked with the count (one request).
  if (asksHowMany(parts[0]!.text, parts[0]!.parse.language) && parts.slice(1).every((p) => asksAllArrived(p.text, p.parse.language))) return false;
  const families = parts.map((p) => familyOf(p.parse));
  // Something else asked of the first part's parcel ("…, and what customs docs does it need?", "有的话通知我"),
  // beside account questions: each answered, the parcel's once it is known (found by outside testers: the second part was dropped).
  const later = parts.slice(1);
  if (later.some((p) => asksOfSameParcel(p, parts[0]!)) && later.every((p) => asksOfSameParcel(p, parts[0]!) || familyOf(p.parse) === 'account')) return true;
  // An account flow's figures for one period, then "y en marzo?", "and for March?": each period answered
  // (found by an outside tester: only February's CO2 was given).
  const first = parts[0]!.parse.intent;
  if (families[0] === 'account' && parts.slice(1).every((p) => familyOf(p.parse) !== 'account' && goesOnWithAccountFlow(p.text, p.parse, first as IntentName))) return true;
  // "¿qué es el servicio VIP y cuánto cuesta para nosotros?", "VIP服务怎么收费？我们的年费是多少": an account question, then
  // a part the classifier cannot place that names no parcel or period: more of the same question, answered once
  // (found by an outside tester: an unasked parcel list, or the account-number explainer).
  if (families[0] === 'account' && parts.slice(1).every((p) => detailOfAccountQuestion(p))) return false;
  if (families.some((f) => f === null)) return false;
  // A parcel question and account questions of different flows ("track my chicago parcel from last week, show my
  // latest invoice and tell me my account no.", "我的账号是多少？另外帮我看看有没有逾期的发票"): each answered
  // (found by outside testers: the invoices were dropped).
  const accountIntents = parts.filter((_, i) => families[i] === 'account').map((p) => p.parse.intent);
  if (families.filter((f) => f === 'parcel').length <= 1 && new Set(accountIntents).size === accountIntents.length) return true;
  if (families.some((f) => f !== 'parcel')) return false;
  // Each part asks something of its own: a question, the parcels named, or a number (a pasted signature's cities do not).
  if (!parts.every((p) => /[?？]\s*$/u.test(p.text) || namesParcels(p.text, p.parse.language) || p.parse.trackingNumbers.length > 0)) return false;
  const named = parts.map((p) => namedParcels(p.parse));
  if (named.some((n) => n.length === 0)) return false;
  // No two parts may name the same parcel: then they are one question said twice, or a question and its detail.
  return named.every((n, i) => named.slice(i + 1).every((m) => !m.some((x) => n.includes(x))));
}

/** A part read alone that the classifier cannot place, naming no parcel, number or period. */
function detailOfAccountQuestion(p: RequestPart): boolean {
  const unsure = p.parse.intent === 'out_of_scope' || p.parse.confidence < FOLLOW_UP_MAX_CONFIDENCE;
  return unsure && namedParcels(p.parse).length === 0 && !p.parse.dateRange && !p.parse.statusHints.length && !namesParcels(p.text, p.parse.language);
}

/**
 * A later part that asks something else of the parcel the first part is about: it names no parcel of its
 * own and asks what one parcel can be the subject of: a parcel flow ("what customs docs does it need?",
 * "有的话通知我", "cámbiale la dirección") or an account flow's figure pointed at it ("what's its carbon").
 * It is answered once that parcel is known (assistant.ts keeps it across a clarifying question).
 */
export function asksOfSameParcel(part: RequestPart, first: RequestPart): boolean {
  const { parse } = part;
  // "…the new york parcel need and who pays the duties": who pays its duties is more than its customs state.
  if (parse.intent === first.parse.intent && !asksWhoPaysDuties(part.text, parse.language)) return false;
  // "carbon footprint of the london shipment that's still moving, and when will it arrive?": the parcel the figure was for.
  const describesParcel = ACCOUNT_FLOWS[first.parse.intent]?.answersTrackingNumbers === true && (namedParcels(first.parse).length > 0 || first.parse.statusHints.length > 0);
  if (describesParcel) return familyOf(parse) === 'parcel' && namedParcels(parse).length === 0 && !parse.dateRange;
  if (familyOf(first.parse) !== 'parcel') return false;
  if (namedParcels(parse).length > 0 || parse.dateRange) return false;
  if (familyOf(parse) === 'parcel') return true;
  // "它们的碳排放是多少", "what was their co2": the parcels the first part found, not one of them (withDescribedFigures).
  return ACCOUNT_FLOWS[parse.intent]?.answersTrackingNumbers === true && pointsAtParcel(part.text, parse.language) && !pointsAtSeveral(part.text, parse.language);
}

/**
 * A parcel named as the topic, then a parcel flow asked of it ("my parcel to Miami, can you leave it with
 * my neighbour?", "寄到墨尔本的包裹，麻烦交给前台", "el paquete a Berlín, pueden dejarlo en conserjería?"):
 * one request, the flow on that parcel (found by outside testers: the topic was tracked first, and with
 * several parcels to the city, the flow waited behind "when did you send it?"). The flow's request, or null.
 */
export function topicThenFlow(parts: readonly RequestPart[]): RequestPart | null {
  if (parts.length !== 2) return null;
  const [topic, request] = parts as [RequestPart, RequestPart];
  if (topic.parse.intent !== 'track_shipment' || !isParcelTopic(topic.text, topic.parse.language)) return null;
  return PARCEL_FLOWS[request.parse.intent] && asksOfSameParcel(request, topic) ? request : null;
}

/**
 * A figure for parcels (carbon) asked beside a parcel question that describes them, naming no parcels or
 * period of its own ("how many parcels did we send to Paris in March and how much co2", "cuantos paquetes
 * mandamos a paris en marzo y cuanto co2"): the figure is for the parcels the message describes, their
 * places and period (found by an outside tester: the account's last 30 days were counted). One asked of the
 * first part's parcel ("its co2") is not: it waits for that parcel (asksOfSameParcel).
 */
export function withDescribedFigures(parts: readonly RequestPart[]): RequestPart[] {
  const described = parts.find((p) => familyOf(p.parse) === 'parcel' && (p.parse.origin || p.parse.destination || p.parse.dateRange));
  if (!described) return [...parts];
  return parts.map((p, i) => {
    const figure = ACCOUNT_FLOWS[p.parse.intent]?.answersTrackingNumbers === true && namedParcels(p.parse).length === 0 && !p.parse.dateRange;
    if (!figure || p === described || (i > 0 && asksOfSameParcel(p, parts[0]!))) return p;
    const { origin, destination, dateRange, dateRole } = described.parse;
    return { ...p, parse: { ...p.parse, origin, destination, dateRange, dateRole }, ofDescribed: true };
  });
}

/**
 * The parts with each detail joined to the request it details: a part that asks the same as the one
 * before it and names no parcel of its own ("track 1Z…, when will it arrive, and ping me when it does":
 * "when will it arrive" is the tracking's) is read with it, so what follows can still be a request of its own.
 */
export function withDetailsJoined(parts: readonly RequestPart[]): RequestPart[] {
  const joined: RequestPart[] = [];
  for (const part of parts) {
    const head = joined.at(-1);
    // "…, and who pays the duties" asks more than the customs state the part before asks: a request of its own.
    const detail = head && part.parse.intent === head.parse.intent && namedParcels(part.parse).length === 0 && !part.parse.dateRange && !asksWhoPaysDuties(part.text, part.parse.language);
    if (detail) joined[joined.length - 1] = { text: `${head.text}, ${part.text}`, parse: head.parse };
    else joined.push(part);
  }
  return joined;
}

function samePlace(a: Place, b: Place): boolean {
  return a.name === b.name && a.country === b.country;
}

/**
 * A search for several destinations joined by "and" ("where are the parcels to New York and Toronto?",
 * "新加坡和香港的包裹什么时候到", "¿dónde están los envíos a Berlín y a México?"): one request per
 * destination, each with the rest of the description, so every place is searched and answered on its
 * own (found by an outside tester: read as "from Toronto to New York", or México dropped). Anything
 * else is one request, as it came. Each keeps `destinations`: the search knows it is one of several.
 */
export function perDestination(part: RequestPart): RequestPart[] {
  const { parse } = part;
  const destinations = parse.destinations ?? [];
  if (destinations.length < 2 || parse.trackingNumbers.length > 0 || familyOf(parse) !== 'parcel' || parse.newAddress) return [part];
  return destinations.map((destination) => {
    const others = destinations.filter((d) => !samePlace(d, destination));
    const kept = (p: Place) => !others.some((o) => samePlace(o, p));
    return {
      ...part,
      parse: {
        ...parse,
        // Kept: the request is one of several places asked about at once.
        destination,
        places: (parse.places ?? []).filter(kept),
        placeRoles: (parse.placeRoles ?? []).filter((r) => r.role !== 'destination' || kept(r.place)),
      },
    };
  });
}
