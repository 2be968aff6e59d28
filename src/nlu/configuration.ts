import * as chrono from 'chrono-node';
import { AccountNumberExtractor } from './extractors/AccountNumberExtractor.ts';
import { ChronoDateExtractor } from './extractors/ChronoDateExtractor.ts';
import { DayOfMonthExtractor } from './extractors/DayOfMonthExtractor.ts';
import { EnCalendarPhraseExtractor } from './extractors/EnCalendarPhraseExtractor.ts';
import { EnPeriodPositionExtractor } from './extractors/EnPeriodPositionExtractor.ts';
import { EsAgoDateExtractor } from './extractors/EsAgoDateExtractor.ts';
import { LatinPlaceExtractor } from './extractors/LatinPlaceExtractor.ts';
import { PeriodDateExtractor } from './extractors/PeriodDateExtractor.ts';
import { ServiceLevelExtractor } from './extractors/ServiceLevelExtractor.ts';
import { StatusHintExtractor } from './extractors/StatusHintExtractor.ts';
import { TrackingNumberExtractor } from './extractors/TrackingNumberExtractor.ts';
import { ZhCalendarPhraseExtractor } from './extractors/ZhCalendarPhraseExtractor.ts';
import { ZhPlaceExtractor } from './extractors/ZhPlaceExtractor.ts';
import { WeekdayPinnedDateExtractor } from './extractors/WeekdayPinnedDateExtractor.ts';
import { ZhRelativeWeekdayExtractor } from './extractors/ZhRelativeWeekdayExtractor.ts';
import { EN_WEEKDAY_PINNED } from './locales/en/calendarPositions.ts';
import * as EN from './locales/en/constants.ts';
import { EN_SERVICE_LEVELS } from './locales/en/serviceLevels.ts';
import { ES_SERVICE_LEVELS } from './locales/es/serviceLevels.ts';
import { ZH_SERVICE_LEVELS } from './locales/zh/serviceLevels.ts';
import { ES_WEEKDAY_PINNED } from './locales/es/weekdayPinned.ts';
import * as ES from './locales/es/constants.ts';
import * as ZH from './locales/zh/constants.ts';
import { ZH_WEEKDAY_PINNED } from './locales/zh/weekdayPinned.ts';
import type { Configuration } from './pipeline/types.ts';
import { OverlapRefiner } from './refiners/OverlapRefiner.ts';
import { PlaceMergeRefiner } from './refiners/PlaceMergeRefiner.ts';
import { DateNegationRefiner } from './refiners/DateNegationRefiner.ts';
import { SelfCorrectionRefiner } from './refiners/SelfCorrectionRefiner.ts';
import { PlaceNegationRefiner } from './refiners/PlaceNegationRefiner.ts';
import { PlaceRoleRefiner } from './refiners/PlaceRoleRefiner.ts';
import type { Language } from './types.ts';
import { EN_ROLE_CUES } from './locales/en/roleCues.ts';
import { ES_ROLE_CUES } from './locales/es/roleCues.ts';
import { ZH_ROLE_CUES } from './locales/zh/roleCues.ts';
import type { SpanRoleCues } from './locales/roleCues.ts';
import { AskRefiner } from './refiners/AskRefiner.ts';
import { RoleCueIndex } from './refiners/RoleCueIndex.ts';
import { DateRoleRefiner } from './refiners/DateRoleRefiner.ts';
import { DateSinceRefiner, type SinceCues } from './refiners/DateSinceRefiner.ts';
import { NewAddressRefiner } from './refiners/NewAddressRefiner.ts';
import { NoiseRefiner } from './refiners/NoiseRefiner.ts';
import { PlaceLocationRefiner } from './refiners/PlaceLocationRefiner.ts';
import { StatusSubjectRefiner } from './refiners/StatusSubjectRefiner.ts';
import { DamagedArrivalRefiner } from './refiners/DamagedArrivalRefiner.ts';
import { ComparisonRefiner } from './refiners/ComparisonRefiner.ts';
import type { Refiner } from './pipeline/types.ts';

/** Words that are never places on their own, per language (dictionary + the vocabulary of intents/). */
export type CommonWords = Readonly<Record<Language, ReadonlySet<string>>>;

const ZH_CUES = {
  originPrefixes: ZH.ZH_ORIGIN_PREFIXES,
  originSuffixes: ZH.ZH_ORIGIN_SUFFIXES,
  destinationPrefixes: ZH.ZH_DESTINATION_PREFIXES,
};

/**
 * What each span is for (issue 15), one refiner per concern. Noise first: a signature's places,
 * dates and status words are nothing else. Places where the parcel is come before the new
 * address, which never takes one of them.
 */
function placeSituationRefiners(cues: SpanRoleCues, index: RoleCueIndex): Refiner[] {
  return [new PlaceLocationRefiner(cues.location, cues.clauseEnds), new NewAddressRefiner(cues.newAddress, cues.clauseEnds, index)];
}

/** Dates, questions and status words: after the roles of places (they read no place), at the end of the list. */
function dateAndStatusRefiners(cues: SpanRoleCues, index: RoleCueIndex, since: SinceCues): Refiner[] {
  return [
    new DateRoleRefiner(cues.dates, cues.clauseEnds),
    // After the roles: "since friday" of parcels sent runs to today; "hasn't moved since friday" stays that day.
    new DateSinceRefiner(since),
    new AskRefiner(cues.asks, cues.clauseEnds, index),
    new StatusSubjectRefiner(cues.otherSubjects, cues.clauseEnds, index),
    // After the question and subject refiners: only a damage word that is kept drops the arrival.
    new DamagedArrivalRefiner(),
    // Last: "which arrives first, X or Y?" reads the roles and statuses the others gave its words anew.
    new ComparisonRefiner(cues.comparison, cues.looseOriginCues),
  ];
}

/**
 * One ordered list per language: a new language is a locales/<lang> folder plus one entry here.
 * Extractors run in order and may overlap; the refiners then settle it. Keep OverlapRefiner first:
 * roles are only worked out for places that survive it, and merging comes before roles. Negation
 * comes before roles: a correction's places take their roles from the negated place. The noise, the
 * location and the new address come before PlaceRoleRefiner, which fills in origin and destination
 * for the places left over.
 */
export function buildConfigurations(common: CommonWords): Readonly<Record<Language, Configuration>> {
  const shared = [new TrackingNumberExtractor(), new AccountNumberExtractor()];
  const zhPlaces = new ZhPlaceExtractor(ZH_CUES);
  // One scan of each message for the whole-message cues of the span role refiners.
  const cueIndex = { en: new RoleCueIndex(EN_ROLE_CUES), zh: new RoleCueIndex(ZH_ROLE_CUES), es: new RoleCueIndex(ES_ROLE_CUES) };
  return Object.freeze({
    en: {
      extractors: [
        ...shared,
        // Periods before chrono: chrono reads "last week" as one day; the overlap refiner keeps the longer, ours.
        new PeriodDateExtractor('en', EN.EN_PERIODS),
        // Before chrono: "the first Monday of March", "Friday after next", "the last day of May",
        // "Tuesday the 19th" are longer than chrono's bare weekday or month, and on the same words
        // ("20 of next month") the first extractor's span wins the overlap tie.
        new EnCalendarPhraseExtractor(),
        new EnPeriodPositionExtractor(),
        new WeekdayPinnedDateExtractor('en', EN_WEEKDAY_PINNED),
        new ChronoDateExtractor('en', chrono.en.casual, EN.EN_FUTURE_CUES, EN.EN_CHRONO_IGNORED, EN.EN_CHRONO_DATE_CUE),
        // After chrono: "March 3rd" is chrono's longer span; "the 3rd" alone is ours.
        new DayOfMonthExtractor('en', { pattern: EN.EN_DAY_OF_MONTH, notFollowedBy: EN.EN_ORDINAL_NOUNS, numerals: EN.EN_DAY_NUMERALS, gate: EN.EN_DAY_OF_MONTH_GATE }),
        new LatinPlaceExtractor(
          'en',
          { origin: EN.EN_ORIGIN_CUES, destination: EN.EN_DESTINATION_CUES, weakDestination: EN.EN_WEAK_DESTINATION_CUES, pointer: EN.EN_PLACE_LABEL },
          common.en,
        ),
        zhPlaces,
        new StatusHintExtractor('en', EN.EN_STATUS_HINTS),
        new ServiceLevelExtractor('en', EN_SERVICE_LEVELS),
      ],
      refiners: [
        new OverlapRefiner(),
        new PlaceMergeRefiner(),
        new PlaceNegationRefiner(EN.EN_NEGATION_CUES, EN.EN_NEGATABLE_ROLE_CUES),
        new DateNegationRefiner(EN.EN_NEGATION_CUES),
        new NoiseRefiner(cueIndex.en),
        new SelfCorrectionRefiner(['no', 'sorry', 'i mean', 'i meant', 'not', 'actually', 'rather', 'make that', 'correction', 'oops', 'wait'], ['office', 'team', 'branch', 'department', 'headquarters', 'hq', 'here']),
        ...placeSituationRefiners(EN_ROLE_CUES, cueIndex.en),
        new PlaceRoleRefiner(EN.EN_LANE_JOINERS, EN.EN_PLACE_COORDINATORS),
        ...dateAndStatusRefiners(EN_ROLE_CUES, cueIndex.en, EN.EN_SINCE_CUES),
      ],
    },
    zh: {
      extractors: [
        ...shared,
        new PeriodDateExtractor('zh', ZH.ZH_PERIODS, new Set(Object.keys(ZH.ZH_WEEKDAYS))),
        // Before chrono: on the same words the first extractor's span wins the overlap tie.
        new ZhRelativeWeekdayExtractor(),
        // 18号星期二: longer than chrono's 星期二 and the day-of-month 18号, so it wins the overlap.
        new WeekdayPinnedDateExtractor('zh', ZH_WEEKDAY_PINNED),
        // zh.hans after folding traditional to simplified: it reads 上周三, 3天前, 2025年3月15日.
        new ChronoDateExtractor('zh', chrono.zh.hans.casual, ZH.ZH_FUTURE_CUES, ZH.ZH_CHRONO_IGNORED, ZH.ZH_CHRONO_DATE_CUE),
        // After chrono: 3月15日 is chrono's; 15号 alone is ours.
        new DayOfMonthExtractor('zh', { pattern: ZH.ZH_DAY_OF_MONTH, notFollowedBy: [], numerals: ZH.ZH_DAY_NUMERALS, gate: /[号日]/ }),
        // 十月第一个星期一, 下个月二十号, 明年九月: longer than chrono's part, so they win the overlap.
        new ZhCalendarPhraseExtractor(),
        zhPlaces,
        // Mixed script: "寄到New York的包裹" — Latin names with Chinese cue characters.
        new LatinPlaceExtractor(
          'zh',
          {
            origin: EN.EN_ORIGIN_CUES,
            destination: EN.EN_DESTINATION_CUES,
            weakDestination: [],
            hanOriginPrefixes: ZH.ZH_ORIGIN_PREFIXES,
            hanDestinationPrefixes: ZH.ZH_DESTINATION_PREFIXES,
            hanOriginSuffixes: ZH.ZH_ORIGIN_SUFFIXES,
          },
          common.en,
        ),
        new StatusHintExtractor('zh', ZH.ZH_STATUS_HINTS),
        // Mixed script: "where is 寄往洛杉矶的 held one?" — English status words amid Chinese (outside tester, J19).
        new StatusHintExtractor('en', EN.EN_STATUS_HINTS),
        new ServiceLevelExtractor('zh', ZH_SERVICE_LEVELS),
      ],
      refiners: [
        new OverlapRefiner(),
        new PlaceMergeRefiner(),
        new PlaceNegationRefiner(ZH.ZH_NEGATION_CUES, [...ZH.ZH_ORIGIN_PREFIXES, ...ZH.ZH_DESTINATION_PREFIXES, ...EN.EN_NEGATABLE_ROLE_CUES]),
        new DateNegationRefiner(ZH.ZH_NEGATION_CUES),
        new NoiseRefiner(cueIndex.zh),
        new SelfCorrectionRefiner(['不对', '不是', '我是说', '应该是', '说错了', '搞错了', '错了'], ['办公室', '团队', '分公司', '总部', 'office', 'team']),
        ...placeSituationRefiners(ZH_ROLE_CUES, cueIndex.zh),
        new PlaceRoleRefiner(ZH.ZH_LANE_JOINERS, ZH.ZH_PLACE_COORDINATORS),
        ...dateAndStatusRefiners(ZH_ROLE_CUES, cueIndex.zh, ZH.ZH_SINCE_CUES),
      ],
    },
    es: {
      extractors: [
        ...shared,
        new PeriodDateExtractor('es', ES.ES_PERIODS),
        new EsAgoDateExtractor(),
        // Before chrono: "el martes 18" is longer than chrono's "el martes" and wins the overlap.
        new WeekdayPinnedDateExtractor('es', ES_WEEKDAY_PINNED),
        new ChronoDateExtractor('es', chrono.es.casual, ES.ES_FUTURE_CUES, ES.ES_CHRONO_IGNORED, ES.ES_CHRONO_DATE_CUE),
        // After chrono: "el 14 de marzo" is chrono's; "el 14" alone is ours.
        new DayOfMonthExtractor('es', { pattern: ES.ES_DAY_OF_MONTH, notFollowedBy: ES.ES_ORDINAL_NOUNS, numerals: ES.ES_DAY_NUMERALS, gate: ES.ES_DAY_OF_MONTH_GATE, monthAfter: ES.ES_MONTH_AFTER_DAY }),
        new LatinPlaceExtractor(
          'es',
          { origin: ES.ES_ORIGIN_CUES, destination: ES.ES_DESTINATION_CUES, weakDestination: ES.ES_WEAK_DESTINATION_CUES },
          common.es,
        ),
        zhPlaces,
        new StatusHintExtractor('es', ES.ES_STATUS_HINTS),
        new ServiceLevelExtractor('es', ES_SERVICE_LEVELS),
      ],
      refiners: [
        new OverlapRefiner(),
        new PlaceMergeRefiner(),
        new PlaceNegationRefiner(ES.ES_NEGATION_CUES, ES.ES_NEGATABLE_ROLE_CUES),
        new DateNegationRefiner(ES.ES_NEGATION_CUES),
        new NoiseRefiner(cueIndex.es),
        new SelfCorrectionRefiner(['no', 'perdón', 'perdon', 'perdona', 'quiero decir', 'quise decir', 'mejor dicho', 'espera', 'me equivoqué'], ['office', 'team']),
        ...placeSituationRefiners(ES_ROLE_CUES, cueIndex.es),
        new PlaceRoleRefiner(ES.ES_LANE_JOINERS, ES.ES_PLACE_COORDINATORS),
        ...dateAndStatusRefiners(ES_ROLE_CUES, cueIndex.es, ES.ES_SINCE_CUES),
      ],
    },
  });
}
