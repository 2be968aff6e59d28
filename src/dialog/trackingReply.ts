import { formatLocalDate, languageOrFallback, regionName, sentenceGap } from '../locale/index.ts';
import type { Reply } from '../activity.ts';
import { placeQueryOf } from '../shipments/resolveShipments.ts';
import type { TrackingLookup } from '../shipments/trackingLookup.ts';
import { cityClock, formatPlaceTime, formatScanTime, type PlaceClock } from './format.ts';
import { localCityName } from './placeNames.ts';
import { copyAgeNote } from './texts/copyAge.ts';
import { localizedEventDescription } from './texts/eventDescriptions.ts';
import { textsFor, type TrackingFacts } from './texts/index.ts';

/** "Toronto, Canada", "加拿大多伦多", "Toronto, Canadá": city and country in the customer's language. */
export function placeName(city: string, country: string, locale: string): string {
  const countryName = regionName(country, locale);
  const cityName = localCityName(city, country, locale);
  if (languageOrFallback(locale).placeOrder === 'city, country') return `${cityName}, ${countryName}`;
  // Hong Kong, Macau and Singapore are their own countries: "香港", not "中国香港特别行政区香港".
  return cityName === countryName || countryName.includes(cityName) ? cityName : `${countryName}${cityName}`;
}

/** A place the customer named, the way an answer says it: a country alone, or a city with its country. */
export function namedPlaceName(p: { name: string; country: string; isCountry?: boolean }, locale: string): string {
  return placeQueryOf(p)!.isCountry ? regionName(p.country, locale) : placeName(p.name, p.country, locale);
}

/**
 * The answer to a tracking-number lookup: a sentence and a fact card. The public view's card says how
 * to see more (linking); `signedIn` leaves that out, for a customer already linked (to other accounts).
 */
export function trackingReply(lookup: TrackingLookup, locale: string, timeZone: string, now: Date, signedIn = false): Reply {
  const t = textsFor(locale);
  if (lookup.kind === 'not_found') {
    return { type: 'message', text: t.unknownTrackingNumber(lookup.trackingNumber) };
  }
  const tr = lookup.tracking;
  // Deliveries on the destination's clock (named by the city only for those who may see the route), scans on the scan's.
  const destination: PlaceClock =
    lookup.kind === 'account' ? cityClock(lookup.tracking.shipment.destination, locale) : { timeZone: tr.destinationTimeZone, name: 'zone' };
  const at = (iso: string, clock: PlaceClock) => formatPlaceTime(iso, locale, clock, timeZone);
  const facts: TrackingFacts = {
    trackingNumber: tr.trackingNumber,
    status: tr.status,
    service: tr.serviceName,
    lastEvent: tr.lastEvent
      ? {
          // Descriptions are sentences; the reply puts them inside one, so their full stop goes.
          description: localizedEventDescription(tr.lastEvent.description, locale).replace(/[.。]\s*$/u, ''),
          place: placeName(tr.lastEvent.city, tr.lastEvent.country, locale),
          at: formatScanTime(tr.lastEvent, locale, timeZone),
        }
      : null,
    eta: tr.estimatedDelivery ? at(tr.estimatedDelivery, destination) : null,
    etaPassed: tr.estimatedDelivery !== null && !tr.deliveredAt && Date.parse(tr.estimatedDelivery) < now.getTime(),
    deliveredAt: tr.deliveredAt ? at(tr.deliveredAt, destination) : null,
  };
  if (lookup.kind === 'account') {
    const s = lookup.tracking.shipment;
    facts.route = {
      from: placeName(s.origin.city, s.origin.country, locale),
      to: placeName(s.destination.city, s.destination.country, locale),
      shipDate: formatLocalDate(s.shipDate, locale),
    };
  }
  const L = t.cardLabels;
  const cardFacts = [
    { label: L.status, value: t.statusNames[facts.status] },
    { label: L.service, value: facts.service },
    ...(facts.route
      ? [
          { label: L.route, value: `${facts.route.from} → ${facts.route.to}` },
          { label: L.shipped, value: facts.route.shipDate },
        ]
      : []),
    ...(facts.lastEvent
      ? [{ label: L.lastEvent, value: `${facts.lastEvent.description} — ${facts.lastEvent.place}, ${facts.lastEvent.at}` }]
      : []),
    ...(facts.deliveredAt
      ? [{ label: L.delivered, value: facts.deliveredAt }]
      : facts.eta
        ? [{ label: facts.etaPassed ? L.etaPassed : L.eta, value: facts.eta }]
        : []),
  ];
  // The carrier could not be asked: say how old our copy is.
  const age = tr.copyAsOf ? `${sentenceGap(locale)}${copyAgeNote(tr.copyAsOf, now, locale)}` : '';
  return {
    type: 'message',
    text: `${t.trackingSummary(facts)}${age}`,
    card: {
      title: t.trackingCardTitle(facts.trackingNumber),
      ...(lookup.kind === 'public' && !signedIn ? { subtitle: t.publicViewNote } : {}),
      facts: cardFacts,
    },
  };
}
