/**
 * A transcript test in memory: the header (who, when, where, on which data) and the exchanges. Every
 * reader (native `.convo.txt`, Bot Framework `.transcript`, chatdown `.chat`) produces native text,
 * and the native parser turns that into this model; each item remembers its lines, so a failure names
 * the line and `--update` rewrites only what failed.
 */

/** The data a transcript runs on: the seeded demo data set, or a small inline one. */
export type TranscriptFixture =
  | { kind: 'demo'; seed: number; scale: 'small' | 'full' }
  | { kind: 'inline'; dataset: InlineDataset };

/** An inline fixture: any part of a Dataset; absent lists are empty. */
export interface InlineDataset {
  accounts?: unknown[];
  users?: unknown[];
  memberships?: unknown[];
  identities?: unknown[];
  shipments?: unknown[];
  events?: unknown[];
}

export interface TranscriptHeader {
  /** The frozen "now" (ISO 8601): the clock of the replay and the demo data's reference time. */
  now: string;
  /** The conversation's time zone (IANA); the server's default zone during the replay. */
  timeZone: string;
  /** The channel it was recorded on and replays on by default. */
  channel: string;
  fixture: TranscriptFixture;
  /** A demo user id the channel identity is linked to, or null for an anonymous customer. */
  user: string | null;
  /** The customer's browser/app language (en, zh-CN, es-ES …), when the channel reports one. */
  locale: string | null;
  /** The agent who answers after a handoff (scripted agent turns): a console agent of that name is created. */
  agent: string | null;
}

/** A source position: the line in the native text and, for converted files, in the original file. */
export interface Span {
  /** 0-based first line in the native text. */
  start: number;
  /** 0-based line after the last one (exclusive). */
  end: number;
}

/** What the customer (or, later, an agent) does: one per exchange, except the conversation start. */
export type TurnAction =
  | { kind: 'say'; text: string }
  | { kind: 'click'; label: string }
  | { kind: 'attach'; name: string; contentType: string }
  | { kind: 'submit'; value: unknown }
  /** The agent named in the header writes to the customer (claiming the waiting conversation first). */
  | { kind: 'agent'; text: string }
  /** An internal note: the customer sees nothing. */
  | { kind: 'agent_note'; text: string }
  | { kind: 'agent_resolves'; reason: string }
  | { kind: 'agent_hands_back' }
  /** To another agent (created by that name), who acts in the agent lines that follow. */
  | { kind: 'agent_transfers'; to: string }
  /** Back to the queue: the next agent line claims it again. */
  | { kind: 'agent_releases' }
  /** Another agent (created by that name) claims the waiting conversation and acts in the agent lines that follow. */
  | { kind: 'agent_claims'; agent: string }
  /** The carrier reports a scan of the parcel (a Track Alert event: src/carrier/trackAlert/demoEvents.ts), now. */
  | { kind: 'carrier_reports'; trackingNumber: string; event: string };

/** What an agent does in a transcript: the `agent…` lines. */
export type AgentAction = Extract<TurnAction, { kind: 'agent' | `agent_${string}` }>;

export type TextCheck = { kind: 'exact'; text: string } | { kind: 'contains'; text: string } | { kind: 'matches'; pattern: RegExp; source: string };

export interface CardExpectation {
  title: string;
  subtitle?: string;
  facts: { label: string; value: string }[];
  /** A `- ...` line: facts beyond the listed ones are allowed. */
  moreFacts: boolean;
}

/** One check under a bot line, with its lines. */
export type MessageCheck =
  | { kind: 'choices'; labels: string[]; span: Span }
  | { kind: 'card'; card: CardExpectation; span: Span }
  | { kind: 'attachment'; contentType: string; span: Span };

export type ReplyExpectation =
  | { kind: 'message'; text: TextCheck; checks: MessageCheck[]; span: Span; textSpan: Span }
  | { kind: 'event'; name: string; span: Span };

/** Everything expected after an action, in file order. Trivia (comments, blank lines) travels with the item before it. */
export type Expectation =
  | { kind: 'intent'; intent: string; span: Span }
  | { kind: 'entities'; entities: string; span: Span }
  | { kind: 'reply'; reply: ReplyExpectation; span: Span }
  | { kind: 'nothing'; span: Span }
  | { kind: 'ticket'; category: string; span: Span };

export interface Exchange {
  /** Null for the conversation start (the welcome). */
  action: TurnAction | null;
  /** The action's lines (none for the start). */
  actionSpan: Span;
  expectations: Expectation[];
  /** Blank lines and comments right after the action line, before the first expectation. */
  leadingTrivia: Span;
  /** Trivia after each expectation, same index. */
  trivia: Span[];
}

export interface Transcript {
  /** Path as given (shown in reports). */
  file: string;
  /** The native text the model was parsed from (for converted files, the conversion). */
  lines: string[];
  /** Header lines, verbatim (everything up to and including `---`). */
  headerSpan: Span;
  header: TranscriptHeader;
  exchanges: Exchange[];
  /** For converted files: native line -> 1-based line in the original file. */
  originLine?: (nativeLine: number) => number;
  /** The original format. */
  format: 'native' | 'botframework' | 'chatdown';
}

/** A problem with the file itself (bad header, unknown line): reported with its line, never thrown past the runner. */
export class TranscriptSyntaxError extends Error {
  constructor(
    readonly file: string,
    /** 1-based. */
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'TranscriptSyntaxError';
  }
}
