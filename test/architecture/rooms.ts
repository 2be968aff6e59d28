/**
 * The house's layering, as data (checked by layering.test.ts). A room is a folder of src/; a file
 * directly in src/ (config.ts, activity.ts, app.ts …) is a node of its own.
 *
 * - src/ imports neither adapters/ nor test/, except the composition roots below, which assemble the
 *   channels with the core through their doors: adapters/registry.ts and each channel's index.ts. src/app.ts is not one: its callers hand it the
 *   adapter factories, and the port they implement is src/channels/channelAdapter.ts.
 * - Two rooms never import each other; each dependency between rooms is declared once, in its one
 *   allowed direction, with the reason. A new dependency adds a line here (or is turned around).
 */
import type { LayeringRules } from './importGraph.ts';

export const COMPOSITION_ROOTS: LayeringRules['compositionRoots'] = [
  ['src/cli.ts', 'the replay and transcript commands get the channels’ replay drivers from adapters/registry.ts'],
  ['src/commands/', 'the entry points: serve mounts adapters/registry.ts, chat runs the terminal adapter, the benches drive channels as their platforms do'],
];

export const ROOM_DEPENDENCIES: LayeringRules['roomDependencies'] = [
  ['src/accounts', 'src/store', 'users, accounts and verification codes are kept in the store'],
  ['src/accounts', 'src/locale', 'mail texts are catalogues per language'],
  ['src/dialog', 'src/locale', 'replies are catalogues per language; word lists and formats per language'],
  ['src/escalation', 'src/locale', 'complaint cues and notices are per language'],
  ['src/nlu', 'src/locale', 'the parser reads the languages list'],
  ['src/locale', 'src/store', 'role names are per language, keyed by the stored account role (a type)'],
  ['src/channels', 'src/metrics', 'an adapter gets the app’s metrics (its refusals are counted)'],
  ['src/channels', 'src/server', 'an adapter gets the configured route limits'],
  ['src/channels', 'src/store', 'an adapter gets the store'],
  ['src/channels', 'src/turn', 'an adapter hands activities to the turn pipeline, the durable inbox and outbox'],
  ['src/carrier', 'src/http', 'the UPS client calls the API on keep-alive connections'],
  ['src/carrier', 'src/shipments', 'the UPS client is a carrier source: it answers in the shipments’ terms'],
  ['src/carrier', 'src/store', 'a carrier’s scans and Track Alert pushes update the stored parcels'],
  ['src/carrier', 'src/server', 'the Track Alert webhook answers with the shared HTTP errors'],
  ['src/console', 'src/escalation', 'the console acts only through the handoff desk'],
  ['src/console', 'src/metrics', 'the supervisor view serves the charts computed there'],
  ['src/console', 'src/server', 'console routes use the shared rate limits and HTTP errors'],
  ['src/console', 'src/store', 'the console reads agents, sessions and conversations'],
  ['src/console', 'src/turn', 'the console streams the conversation feed'],
  ['src/demo', 'src/nlu', 'demo dates are computed in zones with the parser’s time-zone arithmetic'],
  ['src/demo', 'src/shipments', 'demo parcels get valid tracking numbers'],
  ['src/demo', 'src/store', 'the demo data is loaded into the store'],
  ['src/dialog', 'src/accounts', 'the dialog asks who is speaking and links chats'],
  ['src/dialog', 'src/escalation', 'the dialog hands conversations to the desk'],
  ['src/dialog', 'src/geo', 'replies name places in the customer’s language'],
  ['src/dialog', 'src/nlu', 'the policy reads the parse'],
  ['src/dialog', 'src/shipments', 'flows find the customer’s parcels'],
  ['src/dialog', 'src/store', 'runners read and write tickets and conversation state'],
  ['src/escalation', 'src/accounts', 'the context packet says who is speaking'],
  ['src/escalation', 'src/nlu', 'the packet carries the parse; sentiment reads words; clocks use zone arithmetic'],
  ['src/escalation', 'src/privacy', 'the packet’s transcript is redacted'],
  ['src/escalation', 'src/schedule', 'SLA clocks run in the BUSINESS_HOURS opening hours'],
  ['src/escalation', 'src/store', 'tickets and handoffs are kept in the store'],
  ['src/evaluation', 'src/demo', 'the oracle judges conversations against the demo data'],
  ['src/evaluation', 'src/nlu', 'generated conversations are judged on their parses'],
  ['src/evaluation', 'src/store', 'the oracle filters the stored demo data'],
  ['src/metrics', 'src/dialog', 'turn metrics count the assistant’s actions'],
  ['src/metrics', 'src/escalation', 'handoff metrics read the desk’s states and queues'],
  ['src/metrics', 'src/server', '/metrics answers errors like every route'],
  ['src/metrics', 'src/store', 'gauges read queue depths from the store'],
  ['src/nlu', 'src/geo', 'the parser reads the gazetteer'],
  ['src/nlu', 'src/shipments', 'the tracking-number extractor checks the check digit'],
  ['src/privacy', 'src/store', 'the personal data a conversation touches is read from the store'],
  ['src/server', 'src/nlu', 'the warm-up parses a message'],
  ['src/server', 'src/store', 'readiness asks the store'],
  ['src/server', 'src/turn', 'the warm-up runs a turn'],
  ['src/shipments', 'src/accounts', 'lookups are scoped to the speaker’s accounts'],
  ['src/shipments', 'src/geo', 'a parcel’s places are gazetteer places'],
  ['src/shipments', 'src/store', 'parcels are read from the store'],
  ['src/transcripts', 'src/channels', 'a replay driver names the adapter factory it mounts'],
  ['src/transcripts', 'src/demo', 'replays run on demo-data fixtures'],
  ['src/transcripts', 'src/dialog', 'the replay reads the assistant’s parse trace'],
  ['src/transcripts', 'src/escalation', 'the replay plays agents through the desk'],
  ['src/transcripts', 'src/nlu', 'the replay compares what was understood'],
  ['src/transcripts', 'src/privacy', 'exports are redacted'],
  ['src/transcripts', 'src/store', 'the replay reads what was recorded'],
  ['src/turn', 'src/accounts', 'the identity middleware finds the linked user'],
  ['src/turn', 'src/dialog', 'the pipeline runs the assistant'],
  ['src/turn', 'src/metrics', 'turns are timed and counted'],
  ['src/turn', 'src/store', 'conversations, the inbox and the outbox are in the store'],
  ['src/tickets', 'src/store', 'tickets, their timeline and notes are kept in the store'],
  ['src/tickets', 'src/escalation', 'tickets keep the desk’s SLA clock, queue access and the reply path to the customer'],
  ['src/tickets', 'src/locale', 'what agents ask customers for is a catalogue per language'],
  ['src/console', 'src/tickets', 'the console’s tickets view acts through the ticket desk'],
  ['src/alerts', 'src/shipments', 'alerts listen to the parcels’ status changes'],
  ['src/alerts', 'src/store', 'subscriptions and alerts are kept in the store'],
  ['src/alerts', 'src/escalation', 'an alert is a customer notice, told through CustomerNotices'],
  ['src/alerts', 'src/accounts', 'only a member of the parcel’s account hears of it'],
  ['src/alerts', 'src/locale', 'alert texts are catalogues per language'],
  ['src/alerts', 'src/nlu', 'quiet hours use the parser’s time-zone arithmetic'],
  ['src/transcripts', 'src/carrier', 'a transcript’s `carrier reports:` line is a Track Alert event'],
];

export const LAYERING: LayeringRules = { compositionRoots: COMPOSITION_ROOTS, roomDependencies: ROOM_DEPENDENCIES };
