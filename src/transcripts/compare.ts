/**
 * Compares a transcript with its replay. The result is the file as it should read for the replay to
 * pass: lines whose checks held are kept verbatim (patterns, comments, layout), the others are
 * rewritten with what happened. The failure diff and `--update` both come from that text.
 */
import type { Activity } from '../activity.ts';
import type { Exchange, Expectation, MessageCheck, ReplyExpectation, Span, TextCheck, Transcript } from './model.ts';
import {
  renderBotText,
  renderCard,
  renderChoices,
  renderMessage,
  type SeenMessage,
} from './nativeFormat.ts';
import type { Observed, ObservedExchange } from './replay.ts';
import { canonicalEntities, entitiesLine, seenMessage } from './seen.ts';

export interface Failure {
  /** 1-based line in the file as given (for converted files, the original file's line). */
  line: number;
  message: string;
}

export interface Comparison {
  failures: Failure[];
  /** The native text the file would need to pass (what `--update` writes for native files). */
  actualLines: string[];
}

const SHOWN_TYPES = new Set(['message', 'event', 'endOfConversation']);

export function compareTranscript(t: Transcript, observed: Observed): Comparison {
  const failures: Failure[] = [];
  const lineOf = (nativeLine: number) => (t.originLine ? t.originLine(nativeLine) : nativeLine + 1);
  const fail = (nativeLine: number, message: string) => failures.push({ line: lineOf(nativeLine), message });
  const slice = (s: Span) => t.lines.slice(s.start, s.end);

  const out: string[] = [...slice(t.headerSpan)];
  for (const p of observed.headerProblems) fail(0, p);
  t.exchanges.forEach((ex, k) => {
    const seen: ObservedExchange = observed.exchanges[k] ?? { shown: [], understood: null, tickets: [], problems: ['the replay stopped before this turn'] };
    const at = ex.action ? ex.actionSpan.start : (ex.expectations[0]?.span.start ?? t.headerSpan.end - 1);
    for (const p of seen.problems) fail(at, p);
    out.push(...compareExchange(ex, seen, slice, fail));
  });
  return { failures: failures.sort((a, b) => a.line - b.line), actualLines: out };
}

function compareExchange(
  ex: Exchange,
  seen: ObservedExchange,
  slice: (s: Span) => string[],
  fail: (nativeLine: number, message: string) => void,
): string[] {
  /** Rendered items; trivia segments keep their place, extra replies go before the exchange's trailing trivia. */
  const segments: { lines: string[]; trivia: boolean }[] = [
    { lines: slice(ex.actionSpan), trivia: false },
    { lines: slice(ex.leadingTrivia), trivia: true },
  ];
  const replies = seen.shown.filter((a) => SHOWN_TYPES.has(a.type));
  let r = 0;
  let tk = 0;
  // The exchange's last line: where replies or tickets nobody expected are reported.
  const endLine = (ex.expectations.at(-1)?.span.end ?? ex.actionSpan.end) - 1;

  ex.expectations.forEach((e, i) => {
    segments.push({ lines: checkExpectation(e), trivia: false });
    segments.push({ lines: slice(ex.trivia[i]!), trivia: true });
  });

  function checkExpectation(e: Expectation): string[] {
    const original = slice(e.span);
    switch (e.kind) {
      case 'intent': {
        const actual = seen.understood?.intent ?? '(nothing parsed)';
        if (actual === e.intent) return original;
        fail(e.span.start, `intent is ${actual}, expected ${e.intent}`);
        return [`  intent: ${actual}`];
      }
      case 'entities': {
        const actual = seen.understood ? entitiesLine(seen.understood) : 'none';
        if (canonicalEntities(actual) === canonicalEntities(e.entities)) return original;
        fail(e.span.start, `entities are "${actual}", expected "${e.entities}"`);
        return [`  entities: ${actual}`];
      }
      case 'nothing': {
        if (r >= replies.length) return original;
        const rest = replies.slice(r);
        r = replies.length;
        fail(e.span.start, `expected the bot to say nothing; it said ${describe(rest[0]!)}`);
        return rest.flatMap(renderReply);
      }
      case 'ticket': {
        const ticket = seen.tickets[tk++];
        if (ticket?.category === e.category) return original;
        fail(e.span.start, ticket ? `a ${ticket.category} ticket was created, expected ${e.category}` : `expected a ${e.category} ticket; none was created`);
        return ticket ? [`ticket: ${ticket.category}`] : [];
      }
      case 'reply': {
        const actual = replies[r];
        if (!actual) {
          fail(e.span.start, `expected ${e.reply.kind === 'event' ? `the event ${e.reply.name}` : 'a bot message'}; the bot said nothing more`);
          return [];
        }
        r++;
        return checkReply(e.reply, actual, original);
      }
    }
  }

  function checkReply(expected: ReplyExpectation, actual: Activity, original: string[]): string[] {
    if (expected.kind === 'event') {
      if (actual.type !== 'message' && (actual.name ?? actual.type) === expected.name) return original;
      fail(expected.span.start, `expected the event ${expected.name}; the bot sent ${describe(actual)}`);
      return renderReply(actual);
    }
    if (actual.type !== 'message') {
      fail(expected.span.start, `expected a bot message; the bot sent ${describe(actual)}`);
      return renderReply(actual);
    }
    const m = seenMessage(actual);
    const lines: string[] = [];
    if (textHolds(expected.text, m.text)) lines.push(...slice(expected.textSpan));
    else {
      fail(expected.span.start, `the bot said "${oneLine(m.text)}"`);
      lines.push(...renderBotText(m.text));
    }
    const cards = [...m.cards];
    for (const c of expected.checks) lines.push(...checkMessage(c, m, cards));
    return lines;
  }

  function checkMessage(c: MessageCheck, m: SeenMessage, cards: SeenMessage['cards']): string[] {
    const original = slice(c.span);
    switch (c.kind) {
      case 'choices': {
        if (c.labels.join('\n') === m.choices.join('\n')) return original;
        fail(c.span.start, `choices offered: ${m.choices.length ? m.choices.join(' | ') : 'none'}`);
        return [renderChoices(m.choices)];
      }
      case 'attachment': {
        if (m.otherAttachments.some((a) => a.split(' ')[0] === c.contentType)) return original;
        fail(c.span.start, `no ${c.contentType} attachment`);
        return m.otherAttachments.map((a) => `  attachment: ${a}`);
      }
      case 'card': {
        const card = cards.shift();
        const e = c.card;
        const factsHold =
          card &&
          (e.moreFacts
            ? e.facts.every((f) => card.facts.some((g) => g.label === f.label && g.value === f.value))
            : e.facts.length === card.facts.length && e.facts.every((f, i) => card.facts[i]!.label === f.label && card.facts[i]!.value === f.value));
        if (card && card.title === e.title && (e.subtitle === undefined || e.subtitle === card.subtitle) && factsHold) return original;
        fail(c.span.start, card ? `the card "${card.title}" differs` : 'no card was shown');
        return card ? renderCard(card) : [];
      }
    }
  }

  if (r < replies.length) {
    fail(endLine, `the bot also said ${describe(replies[r]!)}`);
    insertBeforeTrailingTrivia(segments, replies.slice(r).flatMap(renderReply));
  }
  if (tk < seen.tickets.length) {
    fail(endLine, `a ${seen.tickets[tk]!.category} ticket was also created`);
    insertBeforeTrailingTrivia(segments, seen.tickets.slice(tk).map((k) => `ticket: ${k.category}`));
  }
  return segments.flatMap((s) => s.lines);
}

function insertBeforeTrailingTrivia(segments: { lines: string[]; trivia: boolean }[], lines: string[]): void {
  let at = segments.length;
  while (at > 0 && (segments[at - 1]!.trivia || segments[at - 1]!.lines.length === 0)) at--;
  segments.splice(at, 0, { lines, trivia: false });
}

export function textHolds(check: TextCheck, text: string): boolean {
  const norm = (s: string) => s.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd()).join('\n').trim();
  switch (check.kind) {
    case 'exact':
      return norm(check.text) === norm(text);
    case 'contains':
      return text.includes(check.text.trim());
    case 'matches':
      return check.pattern.test(text);
  }
}

/** A shown activity in native lines, with every check (used for replies nobody expected). */
export function renderReply(a: Activity): string[] {
  if (a.type === 'message') return renderMessage(seenMessage(a));
  return [`event: ${a.name ?? a.type}`];
}

function describe(a: Activity): string {
  return a.type === 'message' ? `"${oneLine(seenMessage(a).text)}"` : `the event ${a.name ?? a.type}`;
}

const oneLine = (s: string): string => (s.length > 120 ? `${s.slice(0, 117)}…` : s).replace(/\n/g, ' / ');
