import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { firstDecision, readMessage, type DialogFacts } from '../../../src/dialog/policy.ts';
import { DECISION_RULES } from '../../../src/dialog/rules/registry.ts';
import type { DecisionRule } from '../../../src/dialog/rules/types.ts';
import { loadDialogState, type DialogState } from '../../../src/dialog/state.ts';
import type { IntentName, Parse } from '../../../src/nlu/types.ts';
import { parseOf } from '../parseFixture.ts';

const RULES_DIR = fileURLToPath(new URL('../../../src/dialog/rules/', import.meta.url));

const parse = (intent: IntentName, extra: Partial<Parse> = {}): Parse => parseOf({ intent, confidence: 0.9, ...extra });
const state = (patch: Partial<DialogState> = {}): DialogState => ({ ...loadDialogState({}), ...patch });
const anonymous: DialogFacts = { linked: false, accounts: [], currentAccount: null };
const member: DialogFacts = { linked: true, accounts: ['5W8A3K'], currentAccount: '5W8A3K' };
const twoAccounts: DialogFacts = { linked: true, accounts: ['8T4C2M', '7N2F4D'], currentAccount: null };
const TORONTO = { name: 'Toronto', country: 'CA' };
const A = '1Z999AA10123456784';
const B = '1Z5W8A3K6500001029';

describe('the decision rules', () => {
  test('should hold every rule of src/dialog/rules/, once', async () => {
    const exported: DecisionRule[] = [];
    for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith('Rules.ts'))) {
      const module = (await import(`${RULES_DIR}${file}`)) as Record<string, unknown>;
      exported.push(...Object.values(module).filter((v): v is DecisionRule => typeof v === 'object' && v !== null && 'decide' in v));
    }
    expect(new Set(DECISION_RULES)).toEqual(new Set(exported));
    expect(DECISION_RULES).toHaveLength(exported.length);
  });

  test('should keep the documented order (src/dialog/README.md)', () => {
    expect(DECISION_RULES.map((r) => r.name)).toEqual([
      'linking answer',
      'contact for the handoff',
      'person asked for',
      'question while waiting for a person',
      'satisfaction survey answer',
      'correction in a delivery change',
      'yes or no about a parcel',
      'yes or no to a person offered',
      'going back to a flow',
      'parcel flow answer',
      'account flow answer',
      'file for the parcel flow',
      'acknowledgement',
      'alert list',
      'account alert',
      'unsubscribe',
      'cancellation',
      'interruption',
      'service hours',
      'claim question',
      'held on a street',
      'customs question',
      'changes asked',
      'ticket status',
      'arrival comparison',
      'arrival on a day',
      'all arrived',
      'figure comparison',
      'offered choice',
      "someone else's data",
      'items a flow showed',
      'dispute process',
      'reference',
      'tracking numbers',
      'invalid tracking numbers',
      'not your account',
      'described-parcels flow',
      'account flow on another account',
      'account flow follow-up',
      'member asked about',
      'parcel search',
      'account flow',
      'account chosen',
      'small talk',
    ]);
  });

  test.each<[string, string, Parse, DialogState, DialogFacts, string, string]>([
    ['the e-mail asked for', 'alice@example.com', parse('out_of_scope'), state({ awaiting: 'email' }), anonymous, 'linking answer', 'send_code'],
    ['the code asked for', '123456', parse('out_of_scope'), state({ awaiting: 'code' }), anonymous, 'linking answer', 'verify_code'],
    ['a request for a person while the code is awaited', 'I want to talk to a person', parse('talk_to_agent'), state({ awaiting: 'code' }), anonymous, 'person asked for', 'escalate'],
    ['"what happens next?" while waiting for a person', 'what happens next?', parse('out_of_scope'), state(), { ...member, waitingForPerson: true }, 'question while waiting for a person', 'waiting_status'],
    ['"要等多久" while waiting for a person', '要等多久？', parse('track_shipment', { language: 'zh' }), state(), { ...member, waitingForPerson: true }, 'question while waiting for a person', 'waiting_status'],
    ['"¿cuánto tardará?" while waiting for a person', '¿cuánto tardará?', parse('customs_help', { language: 'es' }), state(), { ...member, waitingForPerson: true }, 'question while waiting for a person', 'waiting_status'],
    ['a request for a person while a flow waits for its answer', 'I want to talk to a person', parse('talk_to_agent'), state({ awaiting: 'flow', flow: { intent: 'billing', data: {} } }), member, 'person asked for', 'escalate'],
    ['a house number corrected while an address change waits for its yes', 'sorry, it is 51, not 15', parse('out_of_scope'), state({ awaiting: 'confirm', confirming: B, flow: { intent: 'change_delivery', data: { step: 'confirm', kind: 'address', value: '15 King Street, Toronto' } } }), member, 'correction in a delivery change', 'parcel_task'],
    ['yes to "shall I open a trace?"', 'yes', parse('out_of_scope'), state({ awaiting: 'confirm', confirming: B, flow: { intent: 'lost_or_delayed', data: {} } }), member, 'yes or no about a parcel', 'parcel_task'],
    ['no to "shall I open a trace?"', 'no', parse('out_of_scope'), state({ awaiting: 'confirm', confirming: B }), member, 'yes or no about a parcel', 'thanks'],
    ['yes to going back to a flow put aside', 'yes', parse('out_of_scope'), state({ awaiting: 'resume', suspended: { intent: 'billing', awaiting: 'flow', flow: { intent: 'billing', data: {} }, confirming: null, task: 'status', prompt: [] } }), member, 'going back to a flow', 'resume'],
    ["a parcel flow's question answered", '5 Main Street, Toronto', parse('change_delivery', { confidence: 0.5 }), state({ awaiting: 'parcel_flow', confirming: B, flow: { intent: 'change_delivery', data: {} } }), member, 'parcel flow answer', 'parcel_task'],
    ["an account flow's question answered", 'the second invoice', parse('billing'), state({ awaiting: 'flow', flow: { intent: 'billing', data: {} } }), member, 'account flow answer', 'flow'],
    ['a photo sent alone after the damage flow', '', parse('out_of_scope'), state({ lastParcel: B, lastIntent: 'damaged_package' }), { ...member, attachments: 1 }, 'file for the parcel flow', 'parcel_task'],
    ['"ok" with a list open', 'ok', parse('out_of_scope'), state({ awaiting: 'choice', candidates: [A, B] }), member, 'acknowledgement', 'acknowledge'],
    ['"never mind" with a list open', 'never mind', parse('out_of_scope'), state({ awaiting: 'choice', candidates: [A, B] }), member, 'cancellation', 'cancel'],
    ['a person asked for about a tracking number: before the number', `I want to talk to a person about ${A}`, parse('talk_to_agent', { trackingNumbers: [A] }), state(), member, 'interruption', 'escalate'],
    ['everything to a place asked whether it arrived: before a search', 'did everything we sent to Toronto arrive?', parse('track_shipment', { destination: TORONTO, statusHints: ['delivered'] }), state(), member, 'all arrived', 'all_arrived'],
    ['a claim question about the parcel shown: before its status or an invoice dispute', 'quiero reclamar', parse('billing', { language: 'es' }), state({ lastParcel: B }), member, 'claim question', 'parcel_task'],
    ['parcels held on a street: before a customs question or a search of held parcels anywhere', 'Hudson Street 有被扣的包裹吗？', parse('customs_help', { language: 'zh' }), state(), member, 'held on a street', 'held_on_street'],
    ['a customs question of a destination: before a search counts its parcels', 'what customs paperwork do we need for parcels to mexico', parse('customs_help', { destination: { name: 'Mexico', country: 'MX' } }), state(), member, 'customs question', 'customs_rules'],
    ['the changes asked for the parcel shown: before a search', 'what changes have i asked for on it?', parse('out_of_scope'), state({ lastParcel: B }), member, 'changes asked', 'changes_asked'],
    ['the changes asked for the parcel an instruction waits on, a list shown since', '¿qué cambios he pedido?', parse('track_shipment', { language: 'es', confidence: 0.3 }), state({ confirming: B, lastList: [A, B] }), member, 'changes asked', 'changes_asked'],
    ['one of the offered numbers: before tracking it', B, parse('track_shipment', { trackingNumbers: [B] }), state({ awaiting: 'choice', candidates: [A, B] }), member, 'offered choice', 'show_candidate'],
    [
      'the second one after the invoices, a parcel list shown before them',
      'dispute the second one',
      parse('billing'),
      state({ lastList: [A, B], lastIntent: 'billing', flowShown: { intent: 'billing', items: ['INV-5W8A3K-260309', 'INV-5W8A3K-260302'], focus: null, action: 'view' } }),
      member,
      'items a flow showed',
      'flow',
    ],
    [
      'how long a dispute takes, right after one was opened: before a reference or a search',
      'how long does a dispute usually take?',
      parse('track_shipment'),
      state({ lastList: [A, B], lastIntent: 'billing', flowShown: { intent: 'billing', items: ['INV-5W8A3K-260309'], focus: 'INV-5W8A3K-260309', action: 'dispute' } }),
      member,
      'dispute process',
      'flow',
    ],
    ['"it" about the parcel shown', 'where is it now?', parse('track_shipment'), state({ lastParcel: B }), member, 'reference', 'show_candidate'],
    // Outside round 9: "You have 3 open tickets" for a question about the parcel just shown.
    ['a ticket-state guess about "it" naming no ticket, after a parcel', "why hasn't it been picked up yet?", parse('ticket_status'), state({ lastParcel: B }), member, 'reference', 'show_candidate'],
    // Outside round 9: the status asked among the parcels listed was dropped (the list again) or searched on the whole account.
    ['a status asked among the parcels listed', 'which of them were delivered?', parse('track_shipment', { statusHints: ['delivered'] }), state({ lastList: [A, B] }), member, 'reference', 'resolve'],
    [
      // Outside tester round 9, E6: the invoices listed again.
      'a sure question about "it" after a parcel and the invoices answered together: the parcel, not the invoices',
      'why is it held?',
      parse('customs_help', { confidence: 0.74 }),
      state({ lastParcel: B, lastIntent: 'billing', flowShown: { intent: 'billing', items: ['INV-5W8A3K-260309', 'INV-5W8A3K-260302'], focus: null, action: 'view' } }),
      member,
      'reference',
      'parcel_task',
    ],
    ['a tracking number beside a greeting', `hi ${A}`, parse('greeting', { trackingNumbers: [A] }), state(), anonymous, 'tracking numbers', 'track'],
    ['a number with a wrong check digit', '1Z999AA10123456785', parse('track_shipment', { invalidTrackingNumbers: ['1Z999AA10123456785'] }), state(), anonymous, 'invalid tracking numbers', 'invalid_tracking_number'],
    ["someone else's account beside a description: before the search", 'parcels of 9X8Y7Z to Toronto', parse('track_shipment', { accountNumber: '9X8Y7Z', destination: TORONTO }), state(), member, 'not your account', 'not_your_account'],
    [
      'the invoices asked again of another account named alone: before the search',
      'and on hudson street?',
      parse('track_shipment'),
      state({ lastIntent: 'billing' }),
      { ...twoAccounts, currentAccount: '8T4C2M', accountNames: { '8T4C2M': 'Maple Lane Outfitters Inc.', '7N2F4D': 'Hudson Street Ceramics LLC' } },
      'account flow on another account',
      'flow',
    ],
    [
      'an e-mail address right after a refusal to add a user: before the search',
      'do it for me, pablo@ceramicaluna.es',
      parse('lost_or_delayed', { confidence: 0.27 }),
      state({ lastIntent: 'account_access' }),
      member,
      'account flow follow-up',
      'flow',
    ],
    ['a question naming a user of the account, read as help: before small talk', 'what can Dana do?', parse('help'), state(), { ...member, memberNames: ['Dana Kim'] }, 'member asked about', 'flow'],
    ['the same question naming no user is help', 'what can you do?', parse('help'), state(), { ...member, memberNames: ['Dana Kim'] }, 'small talk', 'help'],
    ['parcels described beside a greeting: before small talk', 'hi, where are my parcels to Toronto?', parse('greeting', { destination: TORONTO }), state(), member, 'parcel search', 'resolve'],
    ['a billing question', 'show me my invoices', parse('billing'), state(), member, 'account flow', 'flow'],
    ["a parcel's carbon footprint by its number", `carbon footprint of ${B}?`, parse('carbon_footprint', { trackingNumbers: [B] }), state(), member, 'account flow', 'flow'],
    ['an account named with nothing else to do', '8T4C2M', parse('out_of_scope', { accountNumber: '8T4C2M' }), state(), twoAccounts, 'account chosen', 'help'],
    ['a greeting', 'hello', parse('greeting'), state(), anonymous, 'small talk', 'greet'],
    ['anything else', 'what is the capital of France', parse('out_of_scope'), state(), anonymous, 'not understood', 'not_understood'],
  ])('should decide %s by its rule', (_what, text, p, s, facts, rule, kind) => {
    const first = firstDecision(readMessage(text, p, s, facts));
    expect({ rule: first.rule, kind: first.decision.action.kind }).toEqual({ rule, kind });
  });
});
