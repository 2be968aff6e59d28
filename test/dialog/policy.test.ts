import { describe, expect, test } from 'vitest';
import { decide, type DialogFacts } from '../../src/dialog/policy.ts';
import { loadDialogState, type DialogState } from '../../src/dialog/state.ts';
import type { IntentName, Parse } from '../../src/nlu/types.ts';
import { parseOf } from './parseFixture.ts';

const parse = (intent: IntentName, extra: Partial<Parse> = {}): Parse => parseOf({ intent, confidence: 0.9, ...extra });

const fresh = loadDialogState({});
const anonymous: DialogFacts = { linked: false, accounts: [], currentAccount: null };
const member: DialogFacts = { linked: true, accounts: ['5W8A3K'], currentAccount: null };
const twoAccounts: DialogFacts = { linked: true, accounts: ['8T4C2M', '7N2F4D'], currentAccount: null };
const TORONTO = { name: 'Toronto', country: 'CA' };
const LONDON = { name: 'London', country: 'GB' };
const YESTERDAY = { from: '2026-03-19', to: '2026-03-19' };

describe('dialog policy', () => {
  test.each([
    ['greeting', 'greet'],
    ['help', 'help'],
    ['thanks', 'thanks'],
    ['goodbye', 'goodbye'],
    ['track_shipment', 'ask_tracking_number'],
    ['billing', 'need_link'],
    ['damaged_package', 'ask_tracking_number'],
    ['talk_to_agent', 'escalate'],
    ['out_of_scope', 'not_understood'],
  ] as const)('should answer an anonymous %s with %s', (intent, kind) => {
    expect(decide('x', parse(intent), fresh, anonymous).action.kind).toBe(kind);
  });

  test('should track a given number whatever the intent', () => {
    const d = decide('x', parse('greeting', { trackingNumbers: ['1Z999AA10123456784'] }), fresh, anonymous);
    expect(d.action).toEqual({ kind: 'track', trackingNumbers: ['1Z999AA10123456784'], invalidTrackingNumbers: [] });
  });

  test('should say a number with a wrong check digit does not look right', () => {
    const d = decide('x', parse('track_shipment', { invalidTrackingNumbers: ['1Z999AA10123456785'] }), fresh, anonymous);
    expect(d.action).toEqual({ kind: 'invalid_tracking_number', numbers: ['1Z999AA10123456785'] });
  });

  test('should count misunderstandings in a row and reset them once understood', () => {
    const first = decide('x', parse('out_of_scope'), fresh, anonymous);
    expect(first.action).toEqual({ kind: 'not_understood', again: false });
    const second = decide('x', parse('out_of_scope'), first.state, anonymous);
    expect(second.action).toEqual({ kind: 'not_understood', again: true });
    expect(decide('x', parse('greeting'), second.state, anonymous).state.misunderstandings).toBe(0);
  });

  test.each([
    ['I want to talk to a real person', 'requested'],
    ['this is unacceptable, I want to complain to a manager', 'complaint'],
    ['我要投诉，转人工', 'complaint'],
  ])('should escalate "%s" as %s', (text, reason) => {
    expect(decide(text, parse('talk_to_agent'), fresh, anonymous).action).toEqual({ kind: 'escalate', reason });
  });

  test('should start fresh from unreadable stored state', () => {
    expect(loadDialogState({ misunderstandings: 'lots' })).toEqual(fresh);
  });

  describe('finding parcels by description', () => {
    test('should ask an anonymous customer to link before searching an account', () => {
      const d = decide('x', parse('track_shipment', { destination: TORONTO }), fresh, anonymous);
      expect(d.action).toEqual({ kind: 'need_link' });
    });

    test('should search the only account of a linked customer', () => {
      const d = decide('x', parse('track_shipment', { destination: TORONTO, dateRange: YESTERDAY }), fresh, member);
      expect(d.action).toEqual({
        kind: 'resolve',
        accountNumber: '5W8A3K',
        query: { dateRange: YESTERDAY, origin: null, destination: TORONTO, statusHints: [], sources: { dateRange: 'message', destination: 'message' } },
        fallback: null,
        within: [],
      });
      expect(d.state.lastQuery).toEqual({ dateRange: YESTERDAY, origin: null, destination: TORONTO, statusHints: [], sources: { dateRange: 'message', destination: 'message' } });
    });

    test('should list recent parcels for "where is my parcel" from a linked customer', () => {
      expect(decide('x', parse('track_shipment'), fresh, member).action).toMatchObject({ kind: 'resolve', query: { destination: null, dateRange: null } });
    });

    test('should search all the accounts of a customer with several, then search the one chosen when asked which', () => {
      const across = decide('x', parse('track_shipment', { destination: LONDON }), fresh, twoAccounts);
      expect(across.action).toMatchObject({ kind: 'resolve', query: { destination: LONDON }, across: { accounts: ['8T4C2M', '7N2F4D'], all: false } });
      expect(across.selectAccount).toBeUndefined();
      // Both accounts have such parcels: the runner asks which account (runners/search.ts).
      const asked = { ...across, state: { ...across.state, awaiting: 'account' as const } };
      const picked = decide('2', parse('out_of_scope'), asked.state, twoAccounts);
      expect(picked.selectAccount).toBe('7N2F4D');
      expect(picked.action).toMatchObject({ kind: 'resolve', accountNumber: '7N2F4D', query: { destination: LONDON } });
      const byNumber = decide('8T4C2M', parse('account_number', { accountNumber: '8T4C2M' }), asked.state, twoAccounts);
      expect(byNumber.action).toMatchObject({ kind: 'resolve', accountNumber: '8T4C2M', query: { destination: LONDON } });
    });

    test("should refuse another account's number without searching it", () => {
      const d = decide('x', parse('track_shipment', { accountNumber: '9X8Y7Z' }), fresh, member);
      expect(d.action).toEqual({ kind: 'not_your_account', accountNumber: '9X8Y7Z' });
      expect(d.selectAccount).toBeUndefined();
    });

    test('should carry the context into a follow-up and keep the new part as a fallback', () => {
      const first = decide('x', parse('track_shipment', { destination: TORONTO, dateRange: YESTERDAY }), fresh, member);
      const follow = decide('and the one to London?', parse('track_shipment', { destination: LONDON }), first.state, member);
      expect(follow.action).toMatchObject({
        kind: 'resolve',
        query: { destination: LONDON, dateRange: YESTERDAY },
        fallback: { destination: LONDON, dateRange: null },
      });
    });

    test.each([
      ['slot_destination', 'destination'],
      ['slot_origin', 'origin'],
    ] as const)('should read a bare place answering %s as the %s', (awaiting, role) => {
      const asked: DialogState = { ...fresh, awaiting, lastQuery: { dateRange: YESTERDAY, origin: null, destination: null, statusHints: [], sources: {} } };
      // The parser gives a lone place some role; the question decides which.
      const d = decide('London', parse('out_of_scope', { origin: LONDON }), asked, { ...member, currentAccount: '5W8A3K' });
      expect(d.action).toMatchObject({ kind: 'resolve', query: { dateRange: YESTERDAY, [role]: LONDON } });
    });

    test('should read an unsure short follow-up as the next search, but let a confident other request through', () => {
      const first = decide('x', parse('track_shipment', { destination: TORONTO }), fresh, member);
      const unsure = decide('and the one to Paris?', parse('damaged_package', { confidence: 0.33, destination: { name: 'Paris', country: 'FR' } }), first.state, member);
      expect(unsure.action).toMatchObject({ kind: 'resolve', query: { destination: { name: 'Paris' } } });
      const sure = decide('my parcel to Paris arrived broken', parse('damaged_package', { confidence: 0.95, destination: { name: 'Paris', country: 'FR' } }), first.state, member);
      expect(sure.action).toMatchObject({ kind: 'resolve', query: { destination: { name: 'Paris' } } });
      expect(sure.state.task).toBe('damaged_package');
    });

    test('should give a file sent alone to the parcel flow just run on the last parcel', () => {
      const after = { ...fresh, lastParcel: '1Z5W8A3K6500001065', lastIntent: 'customs_help' };
      const upload = decide('', parse('out_of_scope', { confidence: 0.2 }), after, { ...member, attachments: 1 });
      expect(upload.action).toEqual({ kind: 'parcel_task', task: 'customs_help', trackingNumber: '1Z5W8A3K6500001065' });
      expect(upload.state.lastIntent).toBe('customs_help');
      expect(decide('', parse('out_of_scope', { confidence: 0.2 }), after, member).action.kind).toBe('not_understood');
    });

    test.each([
      ['nothing shown', fresh],
      ['after a parcel was tracked', { ...fresh, lastParcel: '1Z5W8A3K6500001065', lastIntent: 'track_shipment' }],
      ['after a misunderstanding', { ...fresh, misunderstandings: 1 }],
    ])('a file sent alone with no request waiting (%s) should be told what files are for, never counted as a misunderstanding', (_, state) => {
      const file = decide('', parse('out_of_scope', { confidence: 0.2 }), state, { ...member, attachments: 1 });
      expect(file.action).toEqual({ kind: 'not_understood', again: false, file: true });
      expect(file.state.misunderstandings).toBe(state.misunderstandings);
    });

    test('should keep the parcel task when the customer answers a narrowing question with a date', () => {
      const asked = { ...fresh, awaiting: 'slot_date' as const, task: 'customs_help', lastQuery: { dateRange: null, origin: null, destination: { name: 'Los Angeles', country: 'US' }, statusHints: [], sources: {} } };
      const day = decide('3月15日寄的', parse('track_shipment', { dateRange: { from: '2026-03-15', to: '2026-03-15' } }), asked, member);
      expect(day.state.task).toBe('customs_help');
    });

    test.each([
      ['不是上海，是深圳', { places: [{ name: 'Shenzhen', country: 'CN' }], negatedPlaces: [{ name: 'Shanghai', country: 'CN' }] }],
      ['not Shanghai, Shenzhen', { places: [{ name: 'Shenzhen', country: 'CN' }], negatedPlaces: [{ name: 'Shanghai', country: 'CN' }] }],
    ])('should replace the wrong place of the last search by the right one: %s', (text, extra) => {
      const SHANGHAI = { name: 'Shanghai', country: 'CN' };
      const first = decide('x', parse('track_shipment', { origin: SHANGHAI, destination: LONDON }), fresh, member);
      const fixed = decide(text, parse('track_shipment', { confidence: 0.6, ...extra }), first.state, member);
      expect(fixed.action).toMatchObject({ kind: 'resolve', query: { origin: { name: 'Shenzhen' }, destination: LONDON }, fallback: null });
    });

    test('should apply a correction to the date and keep the place', () => {
      const first = decide('x', parse('track_shipment', { destination: TORONTO, dateRange: YESTERDAY }), fresh, member);
      const fourteenth = { from: '2026-03-14', to: '2026-03-14' };
      const corrected = decide('no, the 14th', parse('out_of_scope', { dateRange: fourteenth }), first.state, member);
      expect(corrected.action).toMatchObject({ kind: 'resolve', query: { destination: TORONTO, dateRange: fourteenth } });
    });
  });

  describe('answering "which one?"', () => {
    const listed: DialogState = { ...fresh, awaiting: 'choice', candidates: ['1ZA', '1ZB', '1ZC'], lastQuery: { dateRange: null, origin: null, destination: LONDON, statusHints: [], sources: {} } };
    const current: DialogFacts = { ...member, currentAccount: '5W8A3K' };

    test.each([
      ['2', '1ZB'],
      ['the second one', '1ZB'],
      ['第三个', '1ZC'],
      ['el primero', '1ZA'],
      ['the last one', '1ZC'],
    ])('should read "%s" as a pick of %s', (text, picked) => {
      expect(decide(text, parse('out_of_scope'), listed, current).action).toEqual({ kind: 'show_candidate', accountNumber: '5W8A3K', trackingNumber: picked });
    });

    test('should accept one of the offered tracking numbers', () => {
      expect(decide('1ZC', parse('track_shipment', { trackingNumbers: ['1ZC'] }), listed, current).action).toMatchObject({ trackingNumber: '1ZC' });
    });

    test('should narrow the offered parcels by a description', () => {
      const d = decide('the one to Toronto', parse('track_shipment', { destination: TORONTO }), listed, current);
      expect(d.action).toMatchObject({ kind: 'resolve', within: ['1ZA', '1ZB', '1ZC'], query: { destination: TORONTO } });
    });

    test('should not read a position beyond the list as a pick, and offer the list again', () => {
      const d = decide('7', parse('out_of_scope'), listed, current);
      expect(d.action).toEqual({ kind: 'reference_impossible', why: 'out_of_range', position: 7, list: ['1ZA', '1ZB', '1ZC'], focus: null });
      expect(d.state).toMatchObject({ awaiting: 'choice', candidates: ['1ZA', '1ZB', '1ZC'] });
    });
  });

  describe('a flow waiting for its answer', () => {
    const asked: DialogState = { ...fresh, awaiting: 'flow', flow: { intent: 'billing', data: { step: 'which_invoice' } } };
    const current: DialogFacts = { ...member, currentAccount: '5W8A3K' };

    test.each(['the one from 9 Mar', 'the first one', '第二个'])('should give "%s" to the flow however sure the classifier is of a parcel', (text) => {
      expect(decide(text, parse('track_shipment', { confidence: 0.95 }), asked, current).action).toEqual({ kind: 'flow', intent: 'billing', accountNumber: '5W8A3K' });
    });

    test('should answer a sure other question, put the flow aside and keep it', () => {
      const d = decide("what's my account number?", parse('account_number', { confidence: 1 }), { ...asked, lastPrompt: [{ type: 'message', text: 'Which invoice is it about?' }] }, current);
      expect(d.action).toMatchObject({ kind: 'flow', intent: 'account_number' });
      expect(d.state.suspended).toMatchObject({ intent: 'billing', awaiting: 'flow', prompt: [{ text: 'Which invoice is it about?' }] });
      const back = decide('yes', parse('greeting', { confidence: 0.4 }), { ...d.state, awaiting: 'resume' }, current);
      expect(back.action).toEqual({ kind: 'resume', prompt: [{ type: 'message', text: 'Which invoice is it about?' }] });
      expect(back.state).toMatchObject({ awaiting: 'flow', flow: { intent: 'billing' }, suspended: null });
    });

    test.each(['never mind', 'actually never mind'])('should drop the flow for "%s"', (text) => {
      const d = decide(text, parse('out_of_scope', { confidence: 0.5 }), asked, current);
      expect(d.action).toEqual({ kind: 'cancel', dropped: true });
      expect(d.state).toMatchObject({ awaiting: null, flow: null, suspended: null });
    });

    test('should keep the question open through an acknowledgement', () => {
      const d = decide('👍', parse('out_of_scope', { confidence: 1 }), asked, current);
      expect(d.action).toEqual({ kind: 'acknowledge', pending: true });
      expect(d.state).toMatchObject({ awaiting: 'flow', flow: { intent: 'billing' }, misunderstandings: 0 });
    });

    test('should hand over to a person asked for in the middle of the flow', () => {
      expect(decide('I want to talk to a person', parse('talk_to_agent', { confidence: 1 }), asked, current).action).toEqual({ kind: 'escalate', reason: 'requested' });
    });
  });

  describe('the intent catalogue as the gate', () => {
    const nora: DialogFacts = { linked: true, accounts: [], currentAccount: null };

    test.each([
      ['account_access', 'how do I give my colleague view only access to our billing center?'],
      ['vip_service', 'what does the enterprise programme cost?'],
      ['account_number', 'what is an account number?'],
    ] as const)('should let an anonymous %s question reach its general answer instead of linking first', (intent, text) => {
      expect(decide(text, parse(intent), fresh, anonymous).action).toEqual({ kind: 'flow', intent, accountNumber: null });
    });

    test('should give an anonymous customs question the general answer, then wait for the e-mail to link', () => {
      const d = decide('my parcel is held at customs, what documents do you need?', parse('customs_help'), fresh, anonymous);
      expect(d.action).toEqual({ kind: 'general_answer', intent: 'customs_help' });
      expect(d.state).toMatchObject({ awaiting: 'email', task: 'customs_help' });
    });

    test.each([
      ['billing', 'show me my invoices', {}],
      ['carbon_footprint', 'our carbon footprint last month', {}],
      ['track_shipment', 'where is my parcel to Toronto?', { destination: TORONTO }],
    ] as const)('should tell a user of no account so for %s, never ask which of no accounts', (intent, text, extra) => {
      const d = decide(text, parse(intent, extra), fresh, nora);
      expect(d.action).toEqual({ kind: 'no_account' });
      expect(d.state.awaiting).toBeNull();
    });

    test('should give a user of no account the SOP', () => {
      expect(decide('how do I get access?', parse('account_access'), fresh, nora).action).toEqual({ kind: 'flow', intent: 'account_access', accountNumber: null });
    });

    test('should read "the latest one" in an account request as the flow\'s, not as a parcel reference, when no parcel was shown', () => {
      expect(decide('quiero reclamar la última', parse('billing', { language: 'es' }), fresh, member).action).toEqual({ kind: 'flow', intent: 'billing', accountNumber: '5W8A3K' });
    });
  });
});

describe('a complaint about a parcel', () => {
  const fresh = loadDialogState({});
  const member: DialogFacts = { linked: true, accounts: ['5W8A3K'], currentAccount: null };
  const anonymous: DialogFacts = { linked: false, accounts: [], currentAccount: null };
  const parse = (intent: IntentName, extra: Partial<Parse> = {}): Parse => parseOf({ intent, confidence: 0.9, ...extra });
  const CUSTOMS_HELD = { statuses: ['exception'], customsStates: ['held'] };

  test.each([
    ['你们太慢了！我的包裹在海关卡了五天，我要投诉', 'zh'],
    ['my parcel has been held at customs for a week, I want to make a complaint', 'en'],
    ['¡Qué lentos! Mi paquete lleva cinco días en la aduana, quiero poner una queja', 'es'],
  ] as const)('should find the parcel held in customs first, then hand the complaint over: "%s"', (text, language) => {
    const d = decide(text, parse('customs_help', { language, confidence: 0.4 }), fresh, member);
    expect(d.action).toMatchObject({ kind: 'resolve', accountNumber: '5W8A3K', focus: CUSTOMS_HELD });
    expect(d.state.task).toBe('complaint');
  });

  test('should take a complaint about a parcel described by place as a complaint about that parcel', () => {
    const d = decide('I want to complain about my parcel to Toronto', parse('talk_to_agent', { confidence: 1, destination: { name: 'Toronto', country: 'CA' } }), fresh, member);
    expect(d.action).toMatchObject({ kind: 'resolve', query: { destination: { name: 'Toronto', country: 'CA' } } });
    expect(d.state.task).toBe('complaint');
  });

  test('should take a complaint with a tracking number as a complaint about that parcel', () => {
    const d = decide('I want to file a complaint about 1Z999AA10123456784', parse('talk_to_agent', { confidence: 1, trackingNumbers: ['1Z999AA10123456784'] }), fresh, member);
    expect(d.action).toEqual({ kind: 'parcel_task', task: 'complaint', trackingNumber: '1Z999AA10123456784' });
  });

  test('should hand a complaint about nothing described straight to people', () => {
    expect(decide('I want to make a complaint', parse('talk_to_agent', { confidence: 1 }), fresh, member).action).toEqual({ kind: 'escalate', reason: 'complaint' });
  });

  test('should hand an anonymous complaint straight to people (nothing to find parcels on)', () => {
    const d = decide('我的包裹在海关卡了五天，我要投诉', parse('customs_help', { language: 'zh' }), fresh, anonymous);
    expect(d.action.kind).not.toBe('resolve');
  });

  test('should make the complaint about the parcel in focus when the message describes no other', () => {
    const focused = { ...fresh, lastParcel: '1Z5W8A3K6500001065' };
    const d = decide('this is taking forever at customs, I want to complain', parse('customs_help'), focused, member);
    expect(d.action).toEqual({ kind: 'parcel_task', task: 'complaint', trackingNumber: '1Z5W8A3K6500001065' });
  });

  test('should look for the parcel held in customs for a customs question that describes nothing else', () => {
    const d = decide('my package is stuck at customs', parse('customs_help', { statusHints: ['stuck'] }), fresh, member);
    expect(d.action).toMatchObject({ kind: 'resolve', focus: CUSTOMS_HELD });
    expect(d.state.task).toBe('customs_help');
  });
});

describe('a loss reported about the parcel in focus', () => {
  const shown = loadDialogState({ lastParcel: '1Z5W8A3K0800001074', lastIntent: 'track_shipment' });
  const linked: DialogFacts = { linked: true, accounts: ['5W8A3K'], currentAccount: '5W8A3K' };

  test.each([
    ['it never arrived', 'en', 'lost_or_delayed', ['not_delivered'], 'lost_or_delayed'],
    ['一直没收到', 'zh', 'lost_or_delayed', ['not_delivered'], 'lost_or_delayed'],
    ['nunca llegó', 'es', 'lost_or_delayed', ['not_delivered'], 'lost_or_delayed'],
    // A status asked about is still answered with the status ("¿ya llegó?"), whatever flow the classifier guessed.
    ['¿ya llegó?', 'es', 'damaged_package', ['delivered'], 'status'],
  ] as const)('should read "%s" (%s, classified %s, status %s) as the task %s on that parcel', (text, language, intent, statusHints, task) => {
    const d = decide(text, parseOf({ intent, confidence: 0.95, language, statusHints: [...statusHints] }), shown, linked);
    const about = d.action.kind === 'parcel_task' || d.action.kind === 'show_candidate' ? d.action.trackingNumber : null;
    expect(about).toBe('1Z5W8A3K0800001074');
    expect(d.action.kind === 'parcel_task' ? d.action.task : 'status').toBe(task);
  });
});

describe('readings found by the held-out conversations (issue 15)', () => {
  const fresh = loadDialogState({});
  const member: DialogFacts = { linked: true, accounts: ['5W8A3K'], currentAccount: null };
  const CHICAGO = { name: 'Chicago', country: 'US' };

  test('should try "el paquete de Chicago" as the parcel going there when nothing came from there', () => {
    const d = decide('¿Cuándo se entrega el paquete de Chicago?', parseOf({ intent: 'track_shipment', confidence: 0.6, language: 'es', origin: CHICAGO }), fresh, member);
    expect(d.action).toMatchObject({ kind: 'resolve', query: { origin: CHICAGO, destination: null }, fallback: { origin: null, destination: CHICAGO } });
  });

  test('should not swap a place an English customer said it came from', () => {
    const d = decide('where is the parcel from Chicago?', parseOf({ intent: 'track_shipment', confidence: 0.9, language: 'en', origin: CHICAGO }), fresh, member);
    expect(d.action).toMatchObject({ kind: 'resolve', fallback: null });
  });

  test('should take "对，帮我查一下，开个工单" about the parcel in focus as the trace on it, not a list of recent parcels', () => {
    const focused = { ...fresh, lastParcel: '1Z5W8A3K0800001074' };
    const d = decide('对，帮我查一下，开个工单', parseOf({ intent: 'lost_or_delayed', confidence: 0.45, language: 'zh' }), focused, member);
    expect(d.action).toEqual({ kind: 'parcel_task', task: 'lost_or_delayed', trackingNumber: '1Z5W8A3K0800001074' });
  });

  test('should still list what a described look-up asks for ("帮我查一下4月30号寄出、还没到的快递")', () => {
    const d = decide('帮我查一下4月30号寄出、还没到的快递', parseOf({ intent: 'lost_or_delayed', confidence: 0.9, language: 'zh', dateRange: { from: '2026-04-30', to: '2026-04-30' }, statusHints: ['not_delivered'] }), fresh, member);
    expect(d.state.task).toBe('status');
    expect(d.action).toMatchObject({ kind: 'resolve', query: { statusHints: ['not_delivered'] } });
  });
});

describe('readings found again by the second held-out set (regressions of session 6)', () => {
  const fresh = loadDialogState({});
  const member: DialogFacts = { linked: true, accounts: ['5W8A3K'], currentAccount: null };

  test('should take where a described parcel is as a parcel question, whatever account words came with it', () => {
    const text = 'I mostly handle the invoices here, but my boss asked me to chase the shipment coming to New York. Where is it?';
    const d = decide(text, parseOf({ intent: 'billing', confidence: 0.7, destination: { name: 'New York', country: 'US' }, asks: ['location'] }), fresh, member);
    expect(d.action).toMatchObject({ kind: 'resolve', query: { destination: { name: 'New York', country: 'US' } } });
  });

  test('should try "…a México? Es el de Ciudad de México" as the parcel going to Mexico City', () => {
    const MX = { name: 'Mexico', country: 'MX' };
    const CDMX = { name: 'Mexico City', country: 'MX' };
    const d = decide('¿dónde está el paquete que mandamos a México? Es el de Ciudad de México', parseOf({ intent: 'track_shipment', confidence: 0.9, language: 'es', destination: MX, origin: CDMX }), fresh, member);
    expect(d.action).toMatchObject({ kind: 'resolve', fallback: { origin: null, destination: CDMX } });
  });

  test.each([
    ['Quería poner una queja por... bueno, espera, antes dime dónde está el paquete que va a Ciudad de México', 'es'],
    ['I want to complain about my parcel to Toronto, but first tell me where it is', 'en'],
  ] as const)('should not hand over a complaint the customer puts off: "%s"', (text, language) => {
    const d = decide(text, parseOf({ intent: 'track_shipment', confidence: 0.9, language, destination: { name: 'Toronto', country: 'CA' } }), fresh, member);
    expect(d.state.task).not.toBe('complaint');
    expect(d.action.kind).not.toBe('escalate');
  });
});
