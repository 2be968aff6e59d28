/** English dictionaries. Data only; the extractors build their matchers from these. */
import { ChronoCue, type ChronoVocabulary, type DateCue } from '../../dates/chronoCue.ts';

/** Words that put the place after them in a role. Longer cues first is not required: matchers sort. */
export const EN_ORIGIN_CUES: readonly string[] = [
  'from', 'sent from', 'shipped from', 'mailed from', 'coming from', 'came from', 'out of', 'leaving', 'left',
  // Chat shorthand ("the one frm london").
  'frm',
];
export const EN_DESTINATION_CUES: readonly string[] = [
  'to', 'into', 'towards', 'bound for', 'headed to', 'heading to', 'going to', 'sent to', 'shipped to',
  'mailed to', 'delivered to', 'destined for',
];
/** "my daughter in Paris": a place after "in"/"at" is read as the destination when nothing else is. */
/** "for" is weak: "looking for the Los Angeles to Chicago shipment" is a lane, "a parcel for Paris" still a destination. */
export const EN_WEAK_DESTINATION_CUES: readonly string[] = ['in', 'at', 'for'];
/** A place as a parcel's label: "the seattle parcel", "our miami one", "any tokyo boxes" (LatinPlaceExtractor's pointer). */
export const EN_PLACE_LABEL = {
  determiners: ['the', 'our', 'my', 'your', 'that', 'this', 'these', 'those', 'any', 'all', 'both'],
  nouns: ['parcel', 'parcels', 'package', 'packages', 'box', 'boxes', 'shipment', 'shipments', 'one', 'ones', 'order', 'orders', 'delivery', 'deliveries', 'stuff', 'consignment'],
} as const;
/** "X to Y" as a lane between two places. */
export const EN_LANE_JOINERS: readonly string[] = ['to', '-', '->', '→'];
/** Between two places of one role: "to New York and Toronto" names two destinations, not a lane. */
export const EN_PLACE_COORDINATORS: readonly string[] = ['and', '&', 'or', ',', 'as well as', 'plus'];

export const EN_STATUS_HINTS: Readonly<Record<string, readonly string[]>> = {
  /** Asking about the status, not filtering by it ("签收了吗", "has it arrived"): matched so its shorter words do not count; dropped. */
  question: ['damaged on the way', 'broken on the way', 'broke on the way', 'lost on the way', 'got lost on the way', 'has it been delivered', 'have they been delivered', 'was it delivered', 'were they delivered', 'is it delivered', 'are they delivered', 'has it arrived', 'have they arrived', 'did it arrive', 'did they arrive', 'did it get delivered', 'will it be delivered', 'will they be delivered', 'be delivered', 'get delivered', 'will it arrive', 'when will it arrive'],
  not_delivered: [
    'not delivered', "hasn't arrived", 'hasnt arrived', 'has not arrived', 'never arrived', "didn't arrive",
    'didnt arrive', 'did not arrive', 'not arrived', 'not here yet', 'still not here', 'never got', "haven't received",
    'havent received', 'have not received', "hasn't come", 'not received', "didn't get", 'didnt get', 'never came',
    "hasn't shown up", 'still waiting', 'undelivered', 'not yet delivered', 'not delivered yet', 'yet to be delivered',
    'not been delivered', "haven't been delivered", "haven't arrived", 'havent arrived', 'have not arrived', "weren't delivered",
    "hasn't been delivered", 'hasnt been delivered', 'has not been delivered', 'havent been delivered', 'have not been delivered',
    "isn't delivered", 'is not delivered', "aren't delivered", 'are not delivered', 'not delivered yet', 'still undelivered',
    // Going to a place ("anything heading to Seattle?"): not there yet, whatever its last scan says ("on its way" is in_transit: moving).
    'heading to', 'headed to', 'heading for',
  ],
  delivered: ['delivered', 'says delivered', 'marked delivered', 'arrived', 'was dropped off'],
  stuck: [
    'stuck', "hasn't moved", 'hasnt moved', 'not moving', 'no update', 'no updates', 'no movement', 'not updated',
    "hasn't updated", 'same status', 'sitting in',
  ],
  in_customs: ['in customs', 'at customs', 'awaiting clearance', 'waiting for clearance', 'awaiting customs', 'waiting on customs', 'in clearance'],
  held_in_customs: ['held in customs', 'held at customs', 'held by customs', 'stuck in customs', 'stuck at customs', 'customs hold', 'on customs hold'],
  exception: ['exception', 'returned to sender', 'held', 'on hold', 'failed delivery', 'delivery attempt'],
  in_transit: ['in transit', 'on the way', 'on its way', 'still moving', 'still on the move', 'still travelling', 'still traveling', 'still en route', 'en route'],
  damaged: ['damaged', 'broken', 'smashed', 'crushed', 'dented', 'torn open', 'in pieces'],
  late: ['delayed', 'late', 'running late', 'overdue', 'past due', 'behind schedule', 'past its eta', 'past the eta', 'past their eta', 'late parcels', 'late packages',
    // "which of our parcels have problems?": in exception (held, damaged …) or past their ETA.
    'parcels have problems', 'shipments have problems', 'packages have problems', 'parcels have issues', 'shipments have issues', 'packages have issues',
    'parcels having problems', 'shipments having problems', 'parcels with problems', 'shipments with problems', 'packages with problems',
    'parcels with issues', 'shipments with issues', 'problem parcels', 'problem shipments', 'problem packages'],
  out_for_delivery: ['out for delivery', 'on the van', 'on the delivery van', 'with the driver', 'with the courier', 'being delivered today'],
};

/** Words after which a date is in the future, so the "most recent past" rule must not apply. */
export const EN_FUTURE_CUES: readonly string[] = ['next', 'coming', 'upcoming', 'tomorrow', 'will', 'arrive by', 'until'];

/**
 * Chrono matches that are not dates for us: times of day and durations ("hasn't moved in a week",
 * "for 6 days"). "in two weeks", "in 3 days" stay dates; "in a week" is mostly a duration.
 */
export const EN_CHRONO_IGNORED = { texts: ['now', 'right now', 'tonight', 'this morning', 'this evening'], prefixes: ['in a ', 'in an ', 'for ', 'within '] };

/** Period expressions chrono reads as a single day but customers mean as a range. */
export const EN_PERIODS: Readonly<Record<string, PeriodName>> = {
  'last week': 'previous_week',
  'past week': 'last_7_days',
  'previous week': 'previous_week',
  'early last week': 'early_previous_week',
  'start of last week': 'early_previous_week',
  'beginning of last week': 'early_previous_week',
  'early in the week before': 'early_previous_week',
  'start of the previous week': 'early_previous_week',
  'beginning of the previous week': 'early_previous_week',
  'early part of last week': 'early_previous_week',
  'this week': 'current_week',
  'last month': 'previous_month',
  'previous month': 'previous_month',
  'past month': 'last_30_days',
  'this month': 'current_month',
  'early this month': 'early_current_month',
  'beginning of the month': 'early_current_month',
  'beginning of this month': 'early_current_month',
  'start of the month': 'early_current_month',
  'start of this month': 'early_current_month',
  'last year': 'previous_year',
  'this year': 'current_year',
  'current year': 'current_year',
  'this yr': 'current_year',
  'last yr': 'previous_year',
  'next yr': 'next_year',
  'current week': 'current_week',
  'current month': 'current_month',
  'coming week': 'next_week',
  'upcoming week': 'next_week',
  'the following week': 'next_week',
  'next year': 'next_year',
  'the year before last': 'year_before_last',
  'last weekend': 'previous_weekend',
  'this weekend': 'current_weekend',
  'past few days': 'last_7_days',
  'last few days': 'last_7_days',
  'last couple of days': 'last_3_days',
  'earlier this week': 'current_week',
  'earlier this month': 'current_month',
  'next week': 'next_week',
  'next month': 'next_month',
};

export type PeriodName =
  /** The first ten days of this month ("early this month", "月初", "a principios de mes"). */
  | 'early_current_month'
  /** Monday to Wednesday of last week ("early last week", "上周初", "a principios de la semana pasada"). */
  | 'early_previous_week'
  | 'previous_week'
  | 'current_week'
  | 'previous_month'
  | 'current_month'
  | 'previous_year'
  | 'current_year'
  | 'previous_weekend'
  | 'current_weekend'
  | 'last_7_days'
  | 'last_3_days'
  | 'last_30_days'
  | 'next_week'
  | 'next_month'
  | 'week_before_last'
  | 'next_year'
  | 'next_weekend'
  | 'week_after_next'
  | 'year_before_last'
  | 'year_after_next'
  | 'month_before_last'
  | 'day_before_yesterday';

/** Words marking an utterance as English (against Spanish); short function words. */
export const EN_MARKERS: readonly string[] = [
  'the', 'my', 'is', 'where', 'what', 'how', 'i', 'you', 'it', 'and', 'to', 'of', 'package', 'parcel', 'hi',
  'hello', 'thanks', 'please', 'can', 'want', 'need', 'was', 'from', 'with', 'this', 'that', 'order', 'bye',
  'shipment', 'help', 'not', 'yet', 'when', 'did', 'does', 'do', 'have', 'has', 'wheres', "where's", 'im', "i'm",
  'days', 'ago', 'on', 'sent', 'yesterday', 'week', 'last', 'meant', 'sorry', 'only', 'delivered', 'one', 'ones', 'other',
  'which', 'are', 'were', 'parcels', 'packages', 'shipments', 'about', 'arrive', 'will', 'just',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'month',
  // Short requests with none of the words above ("show me everything that's stuck or delayed" read as Spanish by its 'me').
  'show', 'everything', 'anything', 'something', 'all', 'any', 'or', 'still', "that's", 'thats', "what's", 'whats', "it's",
];

/** Common words that are also GeoNames towns ("Real", "Deal", "Mobile"); never places unless capitalised and cued. */
export const EN_COMMON_WORDS: readonly string[] = [
  'a', 'an', 'the', 'my', 'your', 'our', 'his', 'her', 'their', 'me', 'you', 'him', 'them', 'us', 'it', 'this',
  'that', 'real', 'person', 'human', 'agent', 'someone', 'somebody', 'anyone', 'talk', 'speak', 'chat', 'call',
  'deal', 'mobile', 'hope', 'police', 'of', 'box', 'bath', 'nice', 'split', 'reading', 'order', 'home', 'work',
  'office', 'house', 'door', 'address', 'me', 'date', 'day', 'time', 'week', 'month', 'year',
  'change', 'see', 'check', 'get', 'know', 'be', 'do', 'go', 'find', 'track', 'pay', 'help', 'have', 'make',
  'manager', 'supervisor', 'representative', 'rep', 'operator', 'support', 'customer', 'service', 'team', 'live',
  'friend', 'mom', 'mum', 'dad', 'daughter', 'son', 'sister', 'brother', 'wife', 'husband', 'client', 'boss',
  'delivery', 'package', 'parcel', 'shipment', 'box', 'invoice', 'account', 'login', 'password', 'bill',
  'customs', 'pickup', 'access', 'point', 'store', 'locker', 'neighbor', 'neighbour', 'front', 'back', 'desk',
  'reception', 'warehouse', 'hub', 'facility', 'center', 'centre', 'depot', 'transit', 'sender', 'recipient',
  'date', 'today', 'tomorrow', 'yesterday', 'now', 'later', 'soon', 'again', 'us', 'uk', 'usa', 'america',
  'anything', 'everything', 'nothing', 'something', 'where', 'what', 'when', 'how', 'why', 'who', 'which',
  'carbon', 'footprint', 'emissions', 'vip', 'premium', 'priority', 'gold', 'platinum', 'bye', 'goodbye',
  'thanks', 'thank', 'hello', 'hi', 'hey', 'sign', 'signature', 'photo', 'proof', 'refund', 'claim', 'damage',
  'damaged', 'broken', 'lost', 'late', 'delayed', 'stuck', 'same', 'other', 'another', 'different', 'correct',
  'right', 'wrong', 'fast', 'slow', 'early', 'best', 'be', 'am', 'are', 'is', 'was', 'were', 'been', 'by',
  'on', 'in', 'at', 'for', 'with', 'about', 'over', 'under', 'up', 'down', 'out', 'off', 'all', 'any', 'some',
  'one', 'two', 'three', 'four', 'five', 'ten', 'first', 'last', 'next', 'please', 'pls', 'plz', 'ok', 'okay',
  'yes', 'no', 'not', 'still', 'just', 'only', 'also', 'more', 'less', 'much', 'many', 'very', 'too', 'so',
  'paris texas', 'hold', 'held', 'return', 'returned', 'exception', 'ship', 'send', 'sent', 'mail', 'mailed',
  'shipped', 'deliver', 'delivered', 'arrive', 'arrived', 'come', 'came', 'left', 'leave', 'reach', 'reached',
  'business', 'company', 'corporate', 'team', 'users', 'user', 'role', 'roles', 'admin', 'portal', 'website',
  'app', 'email', 'phone', 'number', 'code', 'tracking', 'status', 'update', 'updates', 'info', 'information',
  'detail', 'details', 'label', 'labels', 'fee', 'fees', 'charge', 'charges', 'duty', 'duties', 'tax', 'taxes',
  'china', 'mainland', 'overseas', 'abroad', 'here', 'there', 'everywhere', 'somewhere', 'nowhere', 'else',
  'mind', 'cancel', 'stop', 'redirect', 'reroute', 'schedule', 'reschedule', 'weekend', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'holiday', 'holidays', 'vacation', 'school', 'college', 'hospital', 'church', 'airport', 'station', 'town', 'city',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ago', 'days', 'weeks', 'months', 'march', 'china town',
];

/**
 * The words chrono-node's English parser reads dates from (its month, weekday, casual-day and
 * time-of-day dictionaries, its duration units and what its patterns allow before a unit), so
 * messages without them skip chrono. test/nlu/chrono_date_cue.test.ts checks that it misses nothing.
 */
export const EN_CHRONO_VOCABULARY: ChronoVocabulary = {
  words: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'sunday', 'sun', 'monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'thursday', 'thurs', 'thur', 'thu',
    'friday', 'fri', 'saturday', 'sat',
    'now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday', 'weekend',
    'morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon',
  ],
  units: [
    's', 'sec', 'secs', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours',
    'd', 'day', 'days', 'w', 'week', 'weeks', 'fortnight', 'fortnights', 'mo', 'mon', 'mos', 'month', 'months',
    'qtr', 'qtrs', 'quarter', 'quarters', 'y', 'yr', 'yrs', 'year', 'years', 'decade', 'decades',
  ],
  beforeUnit: [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'a', 'an', 'few', 'several', 'the', 'couple', 'of', 'half', 'this', 'last', 'past', 'next', 'after',
  ],
  fusedBeforeUnit: ['this', 'last', 'past', 'next', 'after'],
};
export const EN_CHRONO_DATE_CUE: DateCue = new ChronoCue(EN_CHRONO_VOCABULARY);

/** What may stand right before a day said alone ("the 14th", "on the 3rd"). */
export const EN_DAY_OF_MONTH_PREFIXES: readonly string[] = ['on the', 'the', 'on', 'since the', 'from the', 'by the'];
/** After "the 2nd …" these make it a count or a position, not a day ("the 2nd one", "the 3rd floor"). */
export const EN_ORDINAL_NOUNS: readonly string[] = [
  'one', 'ones', 'time', 'times', 'floor', 'package', 'packages', 'parcel', 'parcels', 'box', 'boxes', 'shipment',
  'shipments', 'order', 'orders', 'item', 'items', 'attempt', 'attempts', 'delivery', 'try', 'class', 'place',
  'street', 'st', 'ave', 'avenue', 'grade', 'person', 'page', 'line', 'option', 'choice', 'number', 'address',
  'account', 'day', 'week', 'weeks', 'month', 'months', 'year', 'years', 'century', 'anniversary', 'birthday',
  'of', 'row', 'invoice', 'email', 'message', 'call', 'letter', 'label', 'notice',
];

/**
 * A day of the month said alone: "the 14th", "on the 3rd", or a whole message "14th". Group 1 is the
 * day. Longer dates ("March 3rd", "the 1st of March") are chrono's; its longer span wins the overlap.
 */
/**
 * Days from the tenth in words ("on the thirteenth"); the first to the ninth stay list positions ("the
 * first one", "the second").
 */
export const EN_DAY_NUMERALS: Readonly<Record<string, number>> = Object.freeze({
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23,
  'twenty-fourth': 24, 'twenty-fifth': 25, 'twenty-sixth': 26, 'twenty-seventh': 27, 'twenty-eighth': 28,
  'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31,
});
const EN_DAY_WORDS = Object.keys(EN_DAY_NUMERALS)
  .sort((a, b) => b.length - a.length)
  .join('|');
export const EN_DAY_OF_MONTH = new RegExp(
  `(?:\\b(?:${EN_DAY_OF_MONTH_PREFIXES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\s+|^\\s*)(?:([0-3]?[0-9])(?:st|nd|rd|th)|(${EN_DAY_WORDS}))\\b`,
  'gi',
);
/** Where EN_DAY_OF_MONTH could match. */
export const EN_DAY_OF_MONTH_GATE = new RegExp(`[0-9]|(?:${EN_DAY_WORDS})`, 'i');

/** Right before a place (or its role cue), these say the place is wrong: "not Shanghai", "wasn't from Lyon". */
export const EN_NEGATION_CUES: readonly string[] = [
  'not', "isn't", 'isnt', "wasn't", 'wasnt', "it's not", 'its not', 'instead of', 'rather than', 'not even',
];
/**
 * Role words a negation may stand before ("not from Shanghai"). Only prepositions: "not delivered to
 * London" is a status, not a correction.
 */
export const EN_NEGATABLE_ROLE_CUES: readonly string[] = ['from', 'to', 'into', 'for', 'towards', 'out of'];

/** Weekday names and their usual abbreviations, ISO numbered (Monday = 1). */
export const EN_WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
/** Month names and abbreviations. */
export const EN_MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** Which one of a month's weekdays: "the first Monday", "the last Friday" (-1). */
export const EN_WEEKDAY_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1,
};
/** A month named by where it is from this one. */
export const EN_RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  'this month': 0, 'the month': 0, 'current month': 0, 'the current month': 0, 'this current month': 0,
  'next month': 1, 'the next month': 1, 'the following month': 1,
  'last month': -1, 'the last month': -1, 'previous month': -1, 'the previous month': -1,
};
/** Small counts said as words ("two Fridays from now"). */
export const EN_COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
/** After "N Fridays": which way the count goes. */
export const EN_WEEKDAY_COUNT_DIRECTIONS: Readonly<Record<string, 1 | -1>> = { 'from now': 1, 'from today': 1, ago: -1, back: -1 };

const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const WEEKDAY = `(${alternation(Object.keys(EN_WEEKDAY_NUMBERS))})`;

/** "the first Monday of March (2014)", "last Friday in October", "the second Tuesday of next month". */
export const EN_WEEKDAY_OF_MONTH = new RegExp(
  `\\b(?:the\\s+)?(${alternation(Object.keys(EN_WEEKDAY_ORDINALS))})\\s+${WEEKDAY}\\.?\\s+(?:of|in)\\s+` +
    `(?:(${alternation(Object.keys(EN_MONTH_NUMBERS))})\\.?(?:,?\\s+([12][0-9]{3}))?|(${alternation(Object.keys(EN_RELATIVE_MONTHS))}))\\b`,
  'gi',
);
/** "the 20th of next month", "20 of this month", "the 5th day of the previous month". */
export const EN_DAY_OF_RELATIVE_MONTH = new RegExp(
  `\\b(?:the\\s+)?([0-3]?[0-9])(?:st|nd|rd|th)?(?:\\s+day)?\\s+of\\s+(${alternation(Object.keys(EN_RELATIVE_MONTHS))})\\b`,
  'gi',
);
/** "3 Fridays from now", "two Thursdays ago"; "Friday after next". */
export const EN_WEEKDAY_COUNT = new RegExp(
  `\\b([1-9]|${alternation(Object.keys(EN_COUNT_WORDS))})\\s+${WEEKDAY}s\\s+(${alternation(Object.keys(EN_WEEKDAY_COUNT_DIRECTIONS))})\\b`,
  'gi',
);
export const EN_WEEKDAY_AFTER_NEXT = new RegExp(`\\b${WEEKDAY}\\s+after\\s+next\\b`, 'gi');
/** "three weeks hence", "3 years from today": chrono reads "from now" but not these. */
export const EN_UNITS_AHEAD = new RegExp(
  `\\b([0-9]{1,3}|${alternation(Object.keys(EN_COUNT_WORDS))})\\s+(day|week|month|year)s?\\s+(?:hence|from\\s+today)\\b`,
  'gi',
);
/** "in 2024", "in 2014 AD": a whole year (chrono reads no year alone). */
export const EN_IN_YEAR = /\bin\s+((?:19|20)[0-9]{2})(?:\s*a\.?\s?d\b\.?)?(?![0-9/\-:]|\.[0-9])/gi;
/** "2014-10", "2014/10": a month in ISO order (not followed by a day). */
export const EN_YEAR_MONTH = /\b((?:19|20)[0-9]{2})[-/](0?[1-9]|1[0-2])\b(?![-/.][0-9])/g;

/** "since friday": the day a period to today starts (DateSinceRefiner), before or after the date. */
export const EN_SINCE_CUES = { before: ['since', 'ever since'], after: [] } as const;
