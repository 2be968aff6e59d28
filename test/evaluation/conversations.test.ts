import { beforeAll, describe, expect, test } from 'vitest';
import type { Activity } from '../../src/activity.ts';
import { STORY_TRACKING_NUMBERS as STORY } from '../../src/demo/index.ts';
import { LANGUAGES } from '../../src/nlu/types.ts';
import { generateConversations } from '../../src/evaluation/conversations/generator.ts';
import { handwrittenConversations } from '../../src/evaluation/conversations/handwritten.ts';
import { holdoutConversations } from '../../src/evaluation/conversations/holdout.ts';
import { holdout2Conversations } from '../../src/evaluation/conversations/holdout2.ts';
import { addDays, dateReadings, expectedParcels, localDate } from '../../src/evaluation/conversations/oracle.ts';
import { formatFailures, rateOf, type PassRates } from '../../src/evaluation/conversations/report.ts';
import { judge } from '../../src/evaluation/conversations/judge.ts';
import { readShown, type Shown } from '../../src/evaluation/conversations/shown.ts';
import { MOMENTS, REQUIRED_PASS_RATE, runSuite } from '../../src/evaluation/conversations/suite.ts';
import { CONVERSATION_CLASSES, type ConversationResult, type Expectation, type Query } from '../../src/evaluation/conversations/types.ts';
import { makeWorld, type World } from '../../src/evaluation/conversations/world.ts';

/** Sample of `npm test`: per class and language, this many on a Friday and as many on a Monday (when every "last <weekday>" is unambiguous); `npm run bench` runs the whole set. */
const SAMPLE_PER_MOMENT = 10;
const FRIDAY = MOMENTS[0]!;
const MONDAY = MOMENTS[2]!;

describe('the oracle filter on hand-checked story parcels (DEMO.md, now Friday 2026-03-20)', () => {
  let world: World;
  beforeAll(() => {
    world = makeWorld(FRIDAY);
  });
  const city = (key: string) => ({ kind: 'city' as const, key });
  const alice = (query: Query) => expectedParcels(world.shipmentsOf('5W8A3K'), query, world.today('u-alice'));

  test.each<{ name: string; query: Query; parcels: string[] | null }>([
    { name: 'the box sent to Toronto yesterday', query: { date: { kind: 'yesterday' }, destination: city('toronto') }, parcels: [STORY.torontoYesterday] },
    { name: 'both London parcels', query: { destination: city('london') }, parcels: [STORY.londonDelivered, STORY.londonInTransit] },
    { name: 'the London parcel from Shenzhen', query: { origin: city('shenzhen'), destination: city('london') }, parcels: [STORY.londonInTransit] },
    { name: 'the delivered London parcel', query: { destination: city('london'), status: 'delivered' }, parcels: [STORY.londonDelivered] },
    { name: 'the Paris parcel of 21 days ago by its date', query: { date: { kind: 'explicit', date: '2026-02-27' }, destination: city('paris') }, parcels: [STORY.parisThreeWeeksAgo] },
    { name: 'the Sydney parcel of 10 days ago, delivered', query: { date: { kind: 'daysAgo', n: 10 }, destination: city('sydney'), status: 'delivered' }, parcels: [STORY.delivered] },
    { name: 'nothing to Toronto that was delivered', query: { destination: city('toronto'), status: 'delivered' }, parcels: [] },
    // "Last Wednesday" on a Friday: 18 March (the latest Wednesday) or 11 March (last week's): ambiguous.
    { name: 'no answer for an ambiguous "last Wednesday"', query: { date: { kind: 'weekday', weekday: 3 }, destination: city('beijing') }, parcels: null },
    // "Last week": 9–15 March holds one London parcel, the past seven days both.
    { name: 'no answer for an ambiguous "last week" to London', query: { date: { kind: 'lastWeek' }, destination: city('london') }, parcels: null },
    { name: 'one answer for "last week" from Shanghai to London', query: { date: { kind: 'lastWeek' }, origin: city('shanghai'), destination: city('london') }, parcels: [STORY.londonDelivered] },
  ])('should find $name', ({ query, parcels }) => {
    expect(alice(query)).toEqual(parcels && [...parcels].sort());
  });

  test('should leave out a date the customer\'s zone reads as another day than the origin\'s', () => {
    const shenzhen = world.shipmentsOf('4E0V1P').find((s) => s.origin.city === 'Shenzhen' && s.shipDate === '2026-03-16')!;
    const query: Query = { date: { kind: 'explicit', date: shenzhen.shipDate }, origin: city('shenzhen') };
    // 张伟 is in Shanghai, the origin's zone; Emma in Los Angeles, where a Shenzhen morning is the day before.
    expect(world.expected('u-zhang', '4E0V1P', query)).toContain(shenzhen.trackingNumber);
    expect(world.expected('u-emma', '4E0V1P', query)).toBeNull();
  });

  test('should read dates in the customer\'s own zone', () => {
    expect(localDate(new Date('2026-03-20T20:00:00Z'), 'Asia/Shanghai')).toBe('2026-03-21');
    expect(localDate(new Date('2026-03-20T02:00:00Z'), 'America/New_York')).toBe('2026-03-19');
    expect(dateReadings({ kind: 'weekday', weekday: 5 }, '2026-03-20')).toEqual([[addDays('2026-03-20', -7)], ['2026-03-13']]);
  });
});

describe('the reader of what the bot showed', () => {
  const message = (text: string, values: string[] = [], content?: unknown): Activity => ({
    type: 'message',
    channelId: 'test',
    from: { id: 'bot' },
    conversation: { id: 'c' },
    text,
    ...(values.length > 0 ? { suggestedActions: { actions: values.map((value) => ({ type: 'imBack' as const, title: value, value })) } } : {}),
    ...(content ? { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }] } : {}),
  });
  const A = STORY.londonDelivered;
  const B = STORY.londonInTransit;

  test.each([
    { name: 'one parcel in a card', replies: [message('Here it is.', [], { body: [{ text: A }] })], parcels: { kind: 'single', trackingNumber: A } },
    { name: 'a list offered as choices', replies: [message(`Which one? 1. ${A} 2. ${B}`, [A, B])], parcels: { kind: 'list', trackingNumbers: [A, B] } },
    { name: 'nearest parcels after "nothing fits" as no match', replies: [message('I could not find a parcel to Toronto on 5 January.'), message(`Nearest: ${A}`, [A])], parcels: { kind: 'none' } },
    { name: 'account numbers as no parcel', replies: [message('Which account is this about?', ['7N2F4D', '8T4C2M'])], parcels: { kind: 'none' } },
  ])('should read $name', ({ replies, parcels }) => {
    expect(readShown(replies).parcels).toEqual(parcels);
  });

  test.each<{ language: string; text: string; flag: 'nothingFits' | 'notUnderstood' }>([
    { language: 'en', text: "I couldn't find any parcel sent to Paris yesterday.", flag: 'nothingFits' },
    { language: 'zh', text: '在账户 5W8A3K 中没有找到寄往巴黎的包裹。', flag: 'nothingFits' },
    { language: 'es', text: 'No he encontrado ningún paquete enviado a París ayer.', flag: 'nothingFits' },
    { language: 'en', text: "Sorry, I didn't understand that.", flag: 'notUnderstood' },
    { language: 'zh', text: '抱歉，我没有理解您的意思。', flag: 'notUnderstood' },
    { language: 'es', text: 'Perdona, no te he entendido.', flag: 'notUnderstood' },
    { language: 'en', text: "There's no parcel to Paris sent on 14 March on account 5W8A3K.", flag: 'nothingFits' },
    { language: 'zh', text: '抱歉，没听明白。', flag: 'notUnderstood' },
    { language: 'es', text: 'No aparece ningún envío a París del 14 de marzo.', flag: 'nothingFits' },
  ])('should recognise $flag in $language', ({ text, flag }) => {
    expect(readShown([message(text)])[flag]).toBe(true);
    expect(readShown([message(`Here it is: ${A}. You are welcome!`)])[flag]).toBe(false);
  });

  test('should notice a handoff to people', () => {
    const handoff: Activity = { type: 'event', name: 'handoff.initiate', channelId: 'test', from: { id: 'bot' }, conversation: { id: 'c' } };
    expect(readShown([message('A person will reply.'), handoff]).handedOff).toBe(true);
  });
});

describe('the judge of one turn', () => {
  const A = STORY.londonDelivered;
  const B = STORY.londonInTransit;
  const C = STORY.torontoYesterday;
  const shown = (parcels: Shown['parcels'], extra: Partial<Shown> = {}): Shown => ({
    parcels,
    offered: parcels.kind === 'list' ? parcels.trackingNumbers : [],
    mentioned: parcels.kind === 'single' ? [parcels.trackingNumber] : [],
    accountsOffered: [],
    nothingFits: false,
    notUnderstood: false,
    handedOff: false,
    text: '',
    ...extra,
  });
  // The bot offered B before A: picks follow the bot's order, not the oracle's.
  const history = [shown({ kind: 'list', trackingNumbers: [B, A] })];

  test.each<{ name: string; expect: Expectation; now: Shown; ok: boolean }>([
    { name: 'a pick of the second offered', expect: { kind: 'pick', turn: 0, position: 2 }, now: shown({ kind: 'single', trackingNumber: A }), ok: true },
    { name: 'a pick of the oracle\'s second instead of the bot\'s', expect: { kind: 'pick', turn: 0, position: 2 }, now: shown({ kind: 'single', trackingNumber: B }), ok: false },
    { name: 'the same list again for an impossible pick', expect: { kind: 'reoffer', turn: 0 }, now: shown({ kind: 'list', trackingNumbers: [A, B] }), ok: true },
    { name: 'another list for an impossible pick', expect: { kind: 'reoffer', turn: 0 }, now: shown({ kind: 'list', trackingNumbers: [A, C] }), ok: false },
    { name: 'the one parcel talked about', expect: { kind: 'mentions', trackingNumber: C }, now: shown({ kind: 'single', trackingNumber: C }), ok: true },
    { name: 'other parcels named beside it', expect: { kind: 'mentions', trackingNumber: C }, now: shown({ kind: 'list', trackingNumbers: [A, C] }), ok: false },
    { name: 'nothing fits, said', expect: { kind: 'nothing' }, now: shown({ kind: 'none' }, { nothingFits: true }), ok: true },
    { name: 'the old parcel shown as if it fit', expect: { kind: 'nothing' }, now: shown({ kind: 'single', trackingNumber: C }), ok: false },
    { name: 'a thank-you taken as a misunderstanding', expect: { kind: 'understood' }, now: shown({ kind: 'none' }, { notUnderstood: true }), ok: false },
    { name: 'the right parcel, then a handoff', expect: { kind: 'parcels', trackingNumbers: [C] }, now: shown({ kind: 'single', trackingNumber: C }, { handedOff: true }), ok: false },
  ])('should judge $name as ok=$ok', ({ expect: e, now, ok }) => {
    expect(judge(e, now, history).ok).toBe(ok);
  });

  test('should search the account at the position the bot offered it', () => {
    const asked = [shown({ kind: 'none' }, { accountsOffered: ['8T4C2M', '7N2F4D'] })];
    const e: Expectation = { kind: 'accountPick', turn: 0, position: 1, byAccount: { '8T4C2M': [C], '7N2F4D': [] } };
    expect(judge(e, shown({ kind: 'single', trackingNumber: C }), asked).ok).toBe(true);
    expect(judge(e, shown({ kind: 'none' }, { nothingFits: true }), asked).ok).toBe(false);
  });
});

describe('the conversation generator', () => {
  test('should be deterministic and keep only answers of one to five parcels, or none on purpose', () => {
    const world = makeWorld(FRIDAY);
    const a = generateConversations(world, { seed: 3, perClassLanguage: 5 });
    expect(generateConversations(world, { seed: 3, perClassLanguage: 5 })).toEqual(a);
    const sizes = a.flatMap((spec) => spec.turns.flatMap(({ expect: e }) => (e.kind === 'parcels' ? [e.trackingNumbers.length] : [])));
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5);
    expect(new Set(a.map((s) => s.class))).toEqual(new Set(CONVERSATION_CLASSES.filter((c) => c !== 'handwritten' && c !== 'holdout' && c !== 'holdout2' && c !== 'holdout3')));
  });

  test('should write between 15 and 25 hand-written conversations in every language', () => {
    const specs = handwrittenConversations(makeWorld(FRIDAY));
    expect(specs.length).toBeGreaterThanOrEqual(15);
    expect(specs.length).toBeLessThanOrEqual(25);
    expect(new Set(specs.map((s) => s.language))).toEqual(new Set(LANGUAGES));
  });

  test('should write between 60 and 75 held-out conversations, at least 20 in every language', () => {
    const specs = holdoutConversations(makeWorld(FRIDAY));
    expect(specs.length).toBeGreaterThanOrEqual(60);
    expect(specs.length).toBeLessThanOrEqual(75);
    for (const language of LANGUAGES) expect(specs.filter((s) => s.language === language).length).toBeGreaterThanOrEqual(20);
  });

  test('should write 60 conversations in the second held-out set, 20 in every language, each search agreeing with the oracle', () => {
    const specs = holdout2Conversations(makeWorld(FRIDAY));
    expect(specs.length).toBe(60);
    for (const language of LANGUAGES) expect(specs.filter((s) => s.language === language).length).toBe(20);
  });
});

describe(`conversations through the real pipeline (${2 * SAMPLE_PER_MOMENT} generated per class and language, and the hand-written ones)`, () => {
  let rates: PassRates;
  let results: ConversationResult[];
  beforeAll(async () => {
    ({ rates, results } = await runSuite({ seed: 7, perClassLanguage: SAMPLE_PER_MOMENT, moments: [FRIDAY, MONDAY], holdout3: false }));
  }, 120_000);

  // The held-out sets have no threshold yet: their rates are reported (below and by `npm run bench`), not required; holdout3 runs in the bench only.
  const rows = CONVERSATION_CLASSES.filter((cls) => cls !== 'holdout' && cls !== 'holdout2' && cls !== 'holdout3').flatMap((cls) => LANGUAGES.map((language) => ({ cls, language })));
  test.each(rows)(`should pass at least ${100 * REQUIRED_PASS_RATE}% of $cls conversations in $language`, ({ cls, language }) => {
    const tally = rates.get(cls)?.get(language);
    expect(tally?.total ?? 0, `no ${cls} conversations in ${language}`).toBeGreaterThan(0);
    const row = results.filter((r) => r.spec.class === cls && r.spec.language === language);
    expect(rateOf(tally!), `${tally!.pass}/${tally!.total} passed:\n${formatFailures(row, 3)}`).toBeGreaterThanOrEqual(REQUIRED_PASS_RATE);
  });

  test.each(LANGUAGES)('should run the held-out conversations in %s (pass rate reported, not required)', (language) => {
    const tally = rates.get('holdout')?.get(language);
    expect(tally?.total ?? 0, `no held-out conversations in ${language}`).toBeGreaterThan(0);
    console.info(`holdout ${language}: ${tally!.pass}/${tally!.total} passed`);
  });

  test.each(LANGUAGES)('should run the second held-out set in %s (pass rate reported, not required)', (language) => {
    const tally = rates.get('holdout2')?.get(language);
    expect(tally?.total ?? 0, `no holdout2 conversations in ${language}`).toBeGreaterThan(0);
    console.info(`holdout2 ${language}: ${tally!.pass}/${tally!.total} passed`);
  });
});
