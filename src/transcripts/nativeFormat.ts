/**
 * The native transcript format (`*.convo.txt`), documented in transcripts/README.md: a header of
 * `key: value` lines ended by `---`, then the conversation, one keyword per line:
 *
 *   user: where is 1Z5W8A3K0800001010?      the customer says (user clicks: / user sends attachment: / user submits:)
 *     intent: track_shipment                 what the assistant understood (from its trace)
 *     entities: tracking=1Z5W8A3K0800001010
 *   bot: 1Z5W8A3K0800001010: In transit. …  exact text (bot contains: / bot matches: /re/)
 *     choices: Track a parcel | What can you do?
 *     card: Parcel 1Z5W8A3K0800001010
 *       - Status: In transit
 *   bot says nothing | event: handoff.initiate | ticket: damage | agent: … | agent notes: … |
 *   agent resolves: … | agent hands back | agent transfers to: … | agent releases | agent claims: …
 *
 * Lines starting with `#` are comments; they and blank lines are kept by `--update`.
 */
import {
  TranscriptSyntaxError,
  type CardExpectation,
  type Exchange,
  type Expectation,
  type MessageCheck,
  type ReplyExpectation,
  type Span,
  type TextCheck,
  type Transcript,
  type TranscriptFixture,
  type TranscriptHeader,
  type TurnAction,
} from './model.ts';

export const NATIVE_EXTENSION = '.convo.txt';
export const HEADER_END = '---';

/** Defaults for header keys a file leaves out. */
export const HEADER_DEFAULTS: Readonly<Omit<TranscriptHeader, 'now'>> = Object.freeze({
  timeZone: 'UTC',
  channel: 'webchat',
  fixture: { kind: 'demo', seed: 42, scale: 'small' } as const,
  user: null,
  locale: null,
  agent: null,
});

const ACTION_PATTERNS: readonly [RegExp, (m: RegExpMatchArray) => TurnAction][] = [
  [/^user clicks:\s?(.*)$/, (m) => ({ kind: 'click', label: m[1]!.trim() })],
  [/^user sends attachment:\s?(.*?)\s*(?:\(([^()]+)\))?\s*$/, (m) => ({ kind: 'attach', name: m[1]!, contentType: m[2] ?? 'application/octet-stream' })],
  [/^user submits:\s?(.*)$/, (m) => ({ kind: 'submit', value: JSON.parse(m[1]!) as unknown })],
  [/^user:\s?(.*)$/, (m) => ({ kind: 'say', text: m[1]! })],
  [/^agent notes:\s?(.*)$/, (m) => ({ kind: 'agent_note', text: m[1]! })],
  [/^agent resolves:\s?(.*)$/, (m) => ({ kind: 'agent_resolves', reason: m[1]!.trim() })],
  [/^agent hands back\s*$/, () => ({ kind: 'agent_hands_back' })],
  [/^agent transfers to:\s?(.*)$/, (m) => ({ kind: 'agent_transfers', to: m[1]!.trim() })],
  [/^agent releases\s*$/, () => ({ kind: 'agent_releases' })],
  [/^agent claims:\s?(.*)$/, (m) => ({ kind: 'agent_claims', agent: m[1]!.trim() })],
  [/^agent:\s?(.*)$/, (m) => ({ kind: 'agent', text: m[1]! })],
  [/^carrier reports:\s?(\S+)\s+(\S+)\s*$/, (m) => ({ kind: 'carrier_reports', trackingNumber: m[1]!, event: m[2]! })],
];

const isTrivia = (line: string): boolean => line.trim() === '' || line.trimStart().startsWith('#');
const isIndented = (line: string): boolean => /^\s+\S/.test(line) && !line.trimStart().startsWith('#');
const continuationOf = (line: string): string | null => {
  const m = /^\s+\|(?: (.*)|)$/.exec(line);
  return m ? (m[1] ?? '') : null;
};

/** Parses native text. Throws TranscriptSyntaxError naming the line of the first problem. */
export function parseNative(text: string, file: string): Transcript {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const fail = (i: number, message: string): never => {
    throw new TranscriptSyntaxError(file, i + 1, message);
  };
  const headerEnd = lines.findIndex((l) => l.trim() === HEADER_END);
  if (headerEnd < 0) fail(0, `no header end: put a line "${HEADER_END}" after the header (now:, user:, …)`);
  const header = parseHeader(lines.slice(0, headerEnd), (i, m) => fail(i, m));

  const exchanges: Exchange[] = [];
  let current: Exchange = { action: null, actionSpan: { start: headerEnd + 1, end: headerEnd + 1 }, expectations: [], leadingTrivia: { start: headerEnd + 1, end: headerEnd + 1 }, trivia: [] };
  exchanges.push(current);
  let i = headerEnd + 1;
  const skipTrivia = (): Span => {
    const start = i;
    while (i < lines.length && isTrivia(lines[i]!)) i++;
    return { start, end: i };
  };
  current.leadingTrivia = skipTrivia();
  while (i < lines.length) {
    const line = lines[i]!;
    const start = i;
    const action = parseAction(line, () => fail(i, 'user submits: needs a JSON value'));
    if (action) {
      i++;
      if (action.kind === 'say' || action.kind === 'agent' || action.kind === 'agent_note') {
        let c: string | null;
        while (i < lines.length && (c = continuationOf(lines[i]!)) !== null) {
          action.text += `\n${c}`;
          i++;
        }
      }
      current = { action, actionSpan: { start, end: i }, expectations: [], leadingTrivia: { start: i, end: i }, trivia: [] };
      exchanges.push(current);
      current.leadingTrivia = skipTrivia();
      continue;
    }
    const expectation = parseExpectation(lines, i, (at, m) => fail(at, m));
    i = expectation.span.end;
    current.expectations.push(expectation);
    current.trivia.push(skipTrivia());
  }
  return { file, lines, headerSpan: { start: 0, end: headerEnd + 1 }, header, exchanges, format: 'native' };
}

function parseAction(line: string, badJson: () => never): TurnAction | null {
  for (const [re, make] of ACTION_PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    try {
      return make(m);
    } catch {
      return badJson();
    }
  }
  return null;
}

function parseHeader(lines: string[], fail: (i: number, message: string) => never): TranscriptHeader {
  const values = new Map<string, { value: string; line: number }>();
  let inlineJson: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isTrivia(line)) continue;
    if (line.trim().startsWith('```')) {
      const end = lines.findIndex((l, j) => j > i && l.trim().startsWith('```'));
      if (end < 0) fail(i, 'the fenced fixture block has no closing ```');
      inlineJson = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const m = /^([a-z][a-z ]*?):\s*(.*)$/i.exec(line);
    if (!m) fail(i, `not a header line: "${line}" (expected "key: value")`);
    const key = m![1]!.toLowerCase();
    if (!HEADER_KEYS.has(key)) fail(i, `unknown header key "${key}" (known: ${[...HEADER_KEYS].join(', ')})`);
    values.set(key, { value: m![2]!.trim(), line: i });
  }
  const get = (k: string) => values.get(k)?.value;
  const now = get('now');
  if (!now) fail(0, 'the header needs "now: <ISO 8601 instant>" (the frozen clock)');
  if (Number.isNaN(Date.parse(now!))) fail(values.get('now')!.line, `now: not an ISO 8601 instant: ${now}`);
  const timeZone = get('time zone') ?? HEADER_DEFAULTS.timeZone;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    fail(values.get('time zone')!.line, `time zone: not an IANA zone: ${timeZone}`);
  }
  const user = get('user');
  return {
    now: new Date(now!).toISOString(),
    timeZone,
    channel: get('channel') ?? HEADER_DEFAULTS.channel,
    fixture: parseFixture(get('fixture'), inlineJson, (m) => fail(values.get('fixture')?.line ?? 0, m)),
    user: !user || user === 'anonymous' ? null : user.split(/\s/)[0]!,
    locale: get('locale') || null,
    agent: get('agent') || null,
  };
}

const HEADER_KEYS = new Set(['now', 'time zone', 'channel', 'fixture', 'user', 'locale', 'agent']);

function parseFixture(value: string | undefined, inlineJson: string | null, fail: (m: string) => never): TranscriptFixture {
  if (!value) return HEADER_DEFAULTS.fixture;
  const [kind, ...options] = value.split(/\s+/);
  if (kind === 'inline') {
    if (inlineJson === null) fail('fixture: inline needs a fenced ```json block in the header');
    try {
      return { kind: 'inline', dataset: JSON.parse(inlineJson!) as Record<string, unknown[]> };
    } catch (err) {
      return fail(`fixture: the inline JSON does not parse: ${(err as Error).message}`);
    }
  }
  if (kind !== 'demo') fail(`fixture: "demo seed=N scale=small|full" or "inline", not "${value}"`);
  const opts = Object.fromEntries(options.map((o) => o.split('=') as [string, string]));
  const seed = Number(opts['seed'] ?? 42);
  const scale = opts['scale'] ?? 'small';
  if (!Number.isInteger(seed) || seed < 0) fail(`fixture: seed must be a whole number, not ${opts['seed']}`);
  if (scale !== 'small' && scale !== 'full') fail(`fixture: scale must be small or full, not ${scale}`);
  return { kind: 'demo', seed, scale: scale as 'small' | 'full' };
}

function parseExpectation(lines: string[], i: number, fail: (i: number, message: string) => never): Expectation {
  const line = lines[i]!;
  const trimmed = line.trim();
  const one = (): Span => ({ start: i, end: i + 1 });
  let m: RegExpExecArray | null;
  if ((m = /^intent:\s*(.*)$/.exec(trimmed))) return { kind: 'intent', intent: m[1]!.trim(), span: one() };
  if ((m = /^entities:\s*(.*)$/.exec(trimmed))) return { kind: 'entities', entities: m[1]!.trim(), span: one() };
  if (isIndented(line)) fail(i, `an indented line must follow a bot line or an action: "${trimmed}"`);
  if (/^bot says nothing\s*$/.test(line)) return { kind: 'nothing', span: one() };
  if ((m = /^ticket:\s*(\S+)/.exec(line))) return { kind: 'ticket', category: m[1]!, span: one() };
  if ((m = /^event:\s*(\S+)/.exec(line))) {
    const reply: ReplyExpectation = { kind: 'event', name: m[1]!, span: one() };
    return { kind: 'reply', reply, span: one() };
  }
  if ((m = /^bot( contains| matches)?:\s?(.*)$/.exec(line))) {
    const reply = parseBotMessage(lines, i, m[1]?.trim() ?? 'exact', m[2]!, fail);
    return { kind: 'reply', reply, span: reply.span };
  }
  return fail(i, `not a transcript line: "${line}" (user:, bot:, bot contains:, bot matches:, bot says nothing, event:, ticket:, agent:, agent notes:, agent resolves:, agent hands back, agent transfers to:, agent releases, agent claims:, carrier reports:, # comment)`);
}

function parseBotMessage(lines: string[], start: number, mode: string, first: string, fail: (i: number, message: string) => never): ReplyExpectation & { kind: 'message' } {
  let i = start + 1;
  let text = first;
  let c: string | null;
  while (i < lines.length && (c = continuationOf(lines[i]!)) !== null) {
    text += `\n${c}`;
    i++;
  }
  const textSpan: Span = { start, end: i };
  const checks: MessageCheck[] = [];
  while (i < lines.length && isIndented(lines[i]!)) {
    const at = i;
    const t = lines[i]!.trim();
    let m: RegExpExecArray | null;
    if (/^(intent|entities):/.test(t)) break;
    if ((m = /^choices:\s*(.*)$/.exec(t))) {
      checks.push({ kind: 'choices', labels: splitChoices(m[1]!), span: { start: at, end: ++i } });
    } else if ((m = /^attachment:\s*(\S+)/.exec(t))) {
      checks.push({ kind: 'attachment', contentType: m[1]!, span: { start: at, end: ++i } });
    } else if ((m = /^card:\s*(.*)$/.exec(t))) {
      const card: CardExpectation = { title: m[1]!, facts: [], moreFacts: false };
      i++;
      const cardIndent = indentOf(lines[at]!);
      while (i < lines.length && isIndented(lines[i]!) && indentOf(lines[i]!) > cardIndent) {
        const f = lines[i]!.trim();
        let fm: RegExpExecArray | null;
        if (f === '- ...' || f === '- …') card.moreFacts = true;
        else if ((fm = /^subtitle:\s*(.*)$/.exec(f))) card.subtitle = fm[1]!;
        else if ((fm = /^- ([^:]+):\s?(.*)$/.exec(f))) card.facts.push({ label: fm[1]!, value: fm[2]! });
        else fail(i, `a card line is "- Label: value", "subtitle: …" or "- ...", not "${f}"`);
        i++;
      }
      checks.push({ kind: 'card', card, span: { start: at, end: i } });
    } else {
      fail(i, `under a bot line: choices:, card:, attachment: or "| more text", not "${t}"`);
    }
  }
  return { kind: 'message', text: textCheck(mode, text, () => fail(start, `bot matches: not a regular expression: ${text}`)), checks, span: { start, end: i }, textSpan };
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

function splitChoices(s: string): string[] {
  return s.trim() === 'none' ? [] : s.split(' | ').map((c) => c.trim());
}

function textCheck(mode: string, text: string, bad: () => never): TextCheck {
  if (mode === 'contains') return { kind: 'contains', text };
  if (mode === 'matches') {
    const m = /^\/(.*)\/([a-z]*)$/s.exec(text.trim());
    try {
      return { kind: 'matches', pattern: m ? new RegExp(m[1]!, m[2]) : new RegExp(text.trim()), source: text };
    } catch {
      return bad();
    }
  }
  return { kind: 'exact', text };
}

// ---------------------------------------------------------------------------------------------
// Rendering: what was observed, written as native lines (used by --update, the diff and export).

/** A bot message as the customer saw it, reduced to what transcripts check. */
export interface SeenMessage {
  text: string;
  choices: string[];
  cards: { title: string; subtitle?: string; facts: { label: string; value: string }[] }[];
  /** Attachments that are not cards we can read (images, files, other card types). */
  otherAttachments: string[];
}

/** Writes a text after a keyword, continuation lines for its next lines. */
export function withContinuation(prefix: string, text: string, indent = '  '): string[] {
  const [first = '', ...rest] = text.split('\n');
  return [`${prefix}${first}`.trimEnd(), ...rest.map((r) => `${indent}|${r ? ` ${r}` : ''}`)];
}

export function renderBotText(text: string): string[] {
  return withContinuation('bot: ', text);
}

export function renderChoices(labels: string[]): string {
  return `  choices: ${labels.length ? labels.join(' | ') : 'none'}`;
}

export function renderCard(card: SeenMessage['cards'][number]): string[] {
  return [
    `  card: ${card.title}`,
    ...(card.subtitle ? [`    subtitle: ${card.subtitle}`] : []),
    ...card.facts.map((f) => `    - ${f.label}: ${f.value}`),
  ];
}

/** All lines of a message, with every check: what export and new replies write. */
export function renderMessage(m: SeenMessage): string[] {
  return [
    ...renderBotText(m.text),
    ...(m.choices.length ? [renderChoices(m.choices)] : []),
    ...m.cards.flatMap(renderCard),
    ...m.otherAttachments.map((a) => `  attachment: ${a}`),
  ];
}

export function renderAction(action: TurnAction): string[] {
  switch (action.kind) {
    case 'say':
      return withContinuation('user: ', action.text);
    case 'click':
      return [`user clicks: ${action.label}`];
    case 'attach':
      return [`user sends attachment: ${action.name} (${action.contentType})`];
    case 'submit':
      return [`user submits: ${JSON.stringify(action.value)}`];
    case 'agent':
      return withContinuation('agent: ', action.text);
    case 'agent_note':
      return withContinuation('agent notes: ', action.text);
    case 'agent_resolves':
      return [`agent resolves: ${action.reason}`];
    case 'agent_hands_back':
      return ['agent hands back'];
    case 'agent_transfers':
      return [`agent transfers to: ${action.to}`];
    case 'agent_releases':
      return ['agent releases'];
    case 'agent_claims':
      return [`agent claims: ${action.agent}`];
    case 'carrier_reports':
      return [`carrier reports: ${action.trackingNumber} ${action.event}`];
  }
}

export function renderHeader(h: TranscriptHeader, title: string[] = []): string[] {
  const fixture =
    h.fixture.kind === 'demo' ? `demo seed=${h.fixture.seed} scale=${h.fixture.scale}` : 'inline';
  return [
    ...title.map((t) => `# ${t}`),
    `now: ${h.now}`,
    `time zone: ${h.timeZone}`,
    `channel: ${h.channel}`,
    `fixture: ${fixture}`,
    ...(h.fixture.kind === 'inline' ? ['```json', JSON.stringify(h.fixture.dataset, null, 2), '```'] : []),
    `user: ${h.user ?? 'anonymous'}`,
    ...(h.locale ? [`locale: ${h.locale}`] : []),
    ...(h.agent ? [`agent: ${h.agent}`] : []),
    HEADER_END,
  ];
}
