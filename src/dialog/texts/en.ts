import type { Texts } from './types.ts';

export const en: Texts = {
  welcome: "Hi, I'm Carrier Assist. I can track your parcels — send me a tracking number (it starts with 1Z) or ask me for help.",
  greeting: 'Hello! How can I help with your parcels today?',
  help: 'I can track a parcel by its 1Z tracking number, or — when you are signed in — from a description such as "the box I sent to Toronto yesterday", and tell you its status, last scan and expected delivery. I can also pass you to a person. What would you like to do?',
  helpChoices: [
    { label: 'Track a parcel', value: 'Track a parcel' },
    { label: 'Talk to a person', value: 'I want to talk to a person' },
  ],
  thanks: "You're welcome! Anything else I can do for you?",
  goodbye: 'Goodbye, and thanks for shipping with us.',
  askTrackingNumber: 'Sure — what is the tracking number? It starts with 1Z and has 18 characters.',
  invalidTrackingNumber: (numbers) =>
    `${numbers.join(', ')} doesn't look right: the last digit doesn't match. Could you check the number on your label or receipt?`,
  unknownTrackingNumber: (number) =>
    `I couldn't find a parcel with tracking number ${number}. Labels can take a few hours to appear — please check the number or try again later.`,
  statusNames: {
    label_created: 'Label created',
    picked_up: 'Picked up',
    in_transit: 'In transit',
    out_for_delivery: 'Out for delivery',
    delivered: 'Delivered',
    exception: 'Exception',
  },
  localTime: {
    local: (time) => `${time} local time`,
    place: (time, city) => `${time} ${city} time`,
    zone: (time, zoneName) => `${time} ${zoneName}`,
  },
  trackingSummary: (f) => {
    const parts = [`${f.trackingNumber}: ${en.statusNames[f.status]}.`];
    if (f.lastEvent) parts.push(`Last update: ${f.lastEvent.description}, ${f.lastEvent.place}, ${f.lastEvent.at}.`);
    if (f.deliveredAt) parts.push(`Delivered ${f.deliveredAt}.`);
    else if (f.eta && f.etaPassed) parts.push(`It was expected by ${f.eta} and is running late.`);
    else if (f.eta) parts.push(`Expected delivery: ${f.eta}.`);
    return parts.join(' ');
  },
  trackingCardTitle: (n) => `Parcel ${n}`,
  cardLabels: {
    status: 'Status',
    service: 'Service',
    lastEvent: 'Last update',
    eta: 'ETA',
    etaPassed: 'Was due',
    delivered: 'Delivered',
    route: 'Route',
    shipped: 'Shipped',
  },
  publicViewNote: 'Link your account to see full details such as the route and recipient.',
  signedBy: (n, r, delivered) =>
    delivered
      ? `${n} was addressed to ${r}. Our delivery record holds no signer's name or signature image, so I can't say who signed; if ${r} didn't receive it, I can open a trace.`
      : `${n} hasn't been delivered yet, so nobody has signed for it. It is addressed to ${r}.`,
  speedUp:
    "A parcel already on its way can't be sped up: its service was chosen when it was sent, and the date above is the carrier's estimate. If the next one must arrive sooner, send it with UPS Worldwide Express; if this one misses its estimate, I can open a trace.",
  declaredValue: (n, v) => `The declared value of ${n} is ${v}.`,
  notOnYourAccounts: (n) => `${n} is not a parcel of your account, so I can show only what the public tracking page shows to anyone with the number.`,
  onlyShipperMayAct: (n) => `Only users of the account that sent ${n} can change its delivery or open a request about it: please ask your colleague there to do it.`,
  severalMatches: (n) => `I found ${n} parcels that fit. Which one do you mean?`,
  manyMatches: (n, shown) => `${n} parcels fit. The ${shown} most recent:`,
  mostRecent: (shown) => `The ${shown} most recent:`,
  moreMatches: (n) => `…and ${n} more. Tell me a date, a place or a service to narrow them down.`,
  serviceLevelNames: { express: 'express', next_day: 'Next Day Air', second_day: '2nd Day Air', three_day: '3 Day Select', saver: 'Saver', expedited: 'Expedited', ground: 'Ground', standard: 'Standard', economy: 'economy' },
  parcelLine: (l) => `${l.position}. ${l.trackingNumber} — ${l.from} → ${l.to}, sent ${l.shipDate}, ${l.status}`,
  parcelChoice: (l) => `To ${l.toCity}, ${l.shortDate}`,
  recentParcels: 'Here are your most recent parcels. Which one do you mean?',
  noParcelsOnAccount: (a) => `There are no parcels on account ${a} yet.`,
  noMatch: (s, a) => {
    const parts = [!s.deliveredDates && s.status, s.service && `sent by ${s.service}`, s.from && `from ${s.from}`, s.to && `to ${s.to}`, s.dates && `${s.deliveredDates ? 'delivered' : 'sent'} ${s.dates}`].filter(Boolean);
    return `I couldn't find a parcel ${parts.join(' ')} on account ${a}.`;
  },
  parcelCount: (n, s, a) => {
    const parts = [!s.deliveredDates && s.status, s.service && `sent by ${s.service}`, s.from && `from ${s.from}`, s.to && `to ${s.to}`, s.dates && `${s.deliveredDates ? 'delivered' : 'sent'} ${s.dates}`].filter(Boolean);
    const counted = n === 0 ? 'no parcels' : n === 1 ? '1 parcel' : `${n} parcels`;
    return `Account ${a} has ${counted} ${parts.join(' ')}.`;
  },
  amongShown: (n, listed, status) => (n === 0 ? `None of the ${listed} parcels listed is ${status}.` : n === listed ? `All ${listed} parcels listed are ${status}:` : `${n} of the ${listed} parcels listed ${n === 1 ? 'is' : 'are'} ${status}:`),
  nearestIntro: 'These are the closest I found:',
  arrivals: (delivered, n) => (n === 0 ? 'So there is none to arrive.' : delivered === n ? (n === 1 ? 'It has arrived.' : `All ${n} have arrived.`) : delivered === 0 ? (n === 1 ? 'It has not arrived yet.' : 'None of them has arrived yet.') : `${delivered} of them have arrived, ${n - delivered} not yet.`),
  statusHintNames: { delivered: 'delivered', not_delivered: 'not yet delivered', stuck: 'stuck', exception: 'with a problem', in_transit: 'in transit', out_for_delivery: 'out for delivery', damaged: 'damaged', returned: 'returned', in_customs: 'in customs', held_in_customs: 'held in customs', late: 'late' },
  dateRange: (from, to) => (from === to ? `on ${from}` : `between ${from} and ${to}`),
  lastArrived: (n, s, p) => `Of the ${n} parcels delivered ${[s.service && `by ${s.service}`, s.from && `from ${s.from}`, s.to && `to ${s.to}`].filter(Boolean).join(' ')}, the last to arrive is ${p}, so I take it that is the one (if not, send me its tracking number):`,
  onlyOneTravelling: (n, s) => `Of the ${n} parcels ${[s.service && `sent by ${s.service}`, s.from && `from ${s.from}`, s.to && `to ${s.to}`].filter(Boolean).join(' ')}, ${n - 1 === 1 ? 'the other one was' : `the other ${n - 1} were`} delivered earlier; this is the one still on its way:`,
  narrowingQuestion: (n, slot) =>
    `${n} parcels fit that. ${slot === 'destination' ? 'Which city or country did you send it to?' : slot === 'origin' ? 'Which city did you send it from?' : 'When did you send it?'}`,
  needLink:
    "To look at your account's parcels I need to link this chat to your account first. What is the e-mail address on your account? I'll send a 6-digit code to it. (Or send me a tracking number — it starts with 1Z.)",
  codeSent: (m) => `If that address is on file, a 6-digit code is on its way to it. It is valid for ${m} minutes — please type it here.`,
  codeRateLimited: 'Too many codes were requested for this chat. Please try again in an hour.',
  linked: (name) => `Thanks, ${name} — this chat is now linked to your account.`,
  wrongCode: (n) => `That code isn't right. You have ${n} ${n === 1 ? 'try' : 'tries'} left.`,
  codeExpired: 'That code has expired. Send me your e-mail address again and I will send a new one.',
  codeLocked: 'That code is blocked after too many wrong tries. Send me your e-mail address again for a new one.',
  noCodePending: "I haven't sent you a code yet. What is the e-mail address on your account?",
  whichAccount: 'You are a user of several accounts. Which account is this about?',
  noAccount: (name) =>
    `${name ? `${name}, your` : 'Your'} login is linked to this chat, but it is not a user of any account yet, so I have no parcels, invoices or users of yours to show. To get access, ask an Admin of your company's account to add you in the Billing Center (Administration › Manage Users › Add New User) with the roles you need. Ask me "how do I get access?" for the steps.`,
  onlyYourAccounts: (own) => `I can only show the accounts you are a user of (${own.join(', ')}), not another company's or a colleague's at another company. With a tracking number I can show what the public tracking page shows; for their invoices, please ask them or their account's admin.`,
  notYourAccount: (a) => `I can only look at accounts you are a user of, and ${a} is not one of them here.`,
  lostOrDelayed: {
    onTime: (n, eta) => `${n} is on its way and on time: it is expected by ${eta}. No need to worry yet — I'll be here if it doesn't arrive.`,
    onTimeNoEta: (n) => `${n} is on its way and nothing is wrong with it so far.`,
    notHandedOver: (n, at, eta) =>
      `${n} is not on its way yet: its label was created on ${at}, and we have not received the parcel from the shipper.${eta ? ` Once it is handed to us it is expected by ${eta}.` : ''}`,
    traceOffer: (n, silent, late) =>
      `${n} has had no scan for ${silent} days and is ${late} ${late === 1 ? 'day' : 'days'} past its expected delivery, so it may be lost. Shall I open a trace ticket for it?`,
    deliveredAsk: (n, at) => `${n} was delivered on ${at}. If it hasn't reached you, shall I open a trace ticket?`,
    traceChoices: [
      { label: 'Yes, trace it', value: 'yes' },
      { label: 'No, thanks', value: 'no thanks' },
    ],
    reasonLate: (d) => `is ${d} ${d === 1 ? 'day' : 'days'} past its expected delivery`,
    reasonSilent: (d) => `has had no scan for ${d} days`,
    reasonStuck: (place, d) => `has only been scanned at the ${place} hub for ${d} days when it is due, which means it is late`,
    reasonException: 'has run into a problem on the way',
    damagedNotLost: (tn) => `${tn} is not lost: our network reported it damaged on the way, and it is kept for inspection. Compensation for it goes through a damage claim.`,
    reasonDelivered: (at) => `was marked delivered on ${at}`,
    ticketOpened: (n, reason, ticket) =>
      `${n} ${reason}, so I have opened exception ticket ${ticket} for it. Our network team will trace it using the tracking number and both parties’ contact details, and we will update you within 24 hours. If the recipient has news, just tell me here.`,
    stillTracing: 'Our network team is tracing it and will update you within 24 hours.',
    claimPath: (v) =>
      `Because its declared value is ${v} USD, you can also claim: once the trace confirms it is lost, the claim is paid within 48 hours of verification, without waiting for the insurer.`,
    cardTitle: (ticket) => `Exception ticket ${ticket}`,
    labels: { parcel: 'Parcel', route: 'Route', shipped: 'Shipped', sender: 'Sender', recipient: 'Recipient' },
  },
  acknowledged: 'Glad to help! Anything else I can do for you?',
  acknowledgedPending: "OK — I'm here whenever you're ready.",
  cancelled: "OK, I've stopped that. What else can I do for you?",
  nothingToCancel: 'OK. What else can I do for you?',
  resumeOffer: (what) => `Shall we go back to ${what}?`,
  resumeChoices: [
    { label: 'Yes, go back', value: 'yes' },
    { label: 'No, thanks', value: 'no' },
  ],
  flowNames: {
    lost_or_delayed: 'the trace of your parcel',
    customs_help: 'your customs question',
    change_delivery: 'the delivery change',
    damaged_package: 'the damage report',
    billing: 'your billing question',
    account_access: 'the user access request',
    vip_service: 'the VIP service request',
    carbon_footprint: 'the carbon report',
    status: 'your parcel',
    default: 'what we were doing',
  },
  correctionSaid: (changes) => `OK — ${changes.join(' and ')}.`,
  correctionPart: (slot, value) =>
    value === null
      ? `without the ${slot === 'dateRange' ? 'date' : slot === 'origin' ? 'origin' : slot === 'destination' ? 'destination' : slot === 'serviceLevels' ? 'service' : 'status'}`
      : slot === 'serviceLevels'
        ? `sent by ${value}`
        : slot === 'dateRange'
        ? `sent ${value}`
        : slot === 'origin'
          ? `from ${value}`
          : slot === 'destination'
            ? `to ${value}`
            : value,
  referenceOutOfRange: (count, position) =>
    `${position && position > count ? `There is no number ${position}: ` : ''}I listed ${count} ${count === 1 ? 'parcel' : 'parcels'}. Which one do you mean?`,
  referenceOnlyOne: (n) => `I found only one parcel for that search: ${n}. If you mean another one, tell me where it went or when you sent it, or send its tracking number.`,
  referenceNothingShown: "I haven't shown you any parcels yet. Which parcel do you mean? Tell me where it went or when you sent it, or send its tracking number.",
  contactDetails: (local, intl) => `You can call customer service on ${local}, 24 hours a day, every day, weekends included (from abroad: ${intl}). I can also pass you to a person right here, with everything we have talked about.`,
  contactLines: (local, intl) => `Customer service answers on ${local} 24 hours a day, every day, weekends included (from abroad: ${intl}).`,
  contactChoices: [{ label: 'Talk to a person here', value: 'I want to talk to a person' }],
  personOffer: (n, category) =>
    category === 'billing_dispute'
      ? "An earlier dispute of yours is still open. If you'd like, I can pass this to a person from our billing team. Shall I?"
      : `If you'd like, I can also pass ${n ?? 'this'} to a person from our ${category === 'customs' ? 'customs team' : 'team'}. Shall I?`,
  notUnderstoodAgain: "Sorry, I still didn't understand. Shall I pass you to a person? Or send me a tracking number (it starts with 1Z) and I'll look it up.",
  personOfferChoices: [
    { label: 'Yes, a person please', value: 'yes' },
    { label: 'No, thanks', value: 'no thanks' },
  ],
  fileWithoutRequest:
    "I received your file, but there is no request waiting for one here. Files I can take: documents customs asks for (a commercial invoice, a packing list) and photos of a damaged parcel. Tell me which parcel it is for (its 1Z tracking number, or a description such as \"the box to Toronto\") and what happened, then send the file again and I'll add it to that request.",
  notUnderstood: "Sorry, I didn't understand that. I can track a parcel if you send me its tracking number.",
  notAvailableYet:
    "I can't do that in this chat yet. Right now I can track your parcels, or pass you to a person.",
  turnFailed: 'Sorry, something went wrong on our side. Your message is saved; please try again in a moment.',
};
