/**
 * Reading back what a text-only channel showed. WhatsApp (in text bodies) and WeChat flatten a card
 * into lines ("Title", "Label: value" …) and, when they cannot show buttons, choices into numbered
 * lines ("1. Label"). The replay checks a transcript against what the customer saw, so a driver turns
 * such a text back into a message with its text, its choices and its card:
 *
 * - the words, the choice labels, the card's title and its facts' labels and values are all read
 *   from the text the platform received;
 * - where that text is ambiguous (where one message ends and the next begins in a joined reply, how
 *   many of the last lines are the card, how many are the choices), the driver takes the shape —
 *   never the content — from the message the assistant recorded for the turn.
 *
 * So a `card:` check on such a channel holds when the card's title and every fact line appear, in
 * order, at the end of the message as "Label: value" (or "Label：value" in Chinese); `choices:`
 * holds when the numbered lines name the labels in order.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BOT_ACCOUNT, type Activity, type CardAction } from '../activity.ts';
import type { Store } from '../store/store.ts';
import { ADAPTIVE_CARD, readCard } from './seen.ts';

/** How a recorded message is laid out: the number of choices and of card lines it ends with. */
export interface MessageShape {
  choices: number;
  /** The card's title, subtitle (when it has one) and facts, one line each; 0 without a card. */
  cardLines: number;
  cardHasSubtitle: boolean;
}

export function shapeOf(recorded: Activity | undefined): MessageShape {
  const att = recorded?.attachments?.find((a) => a.contentType === ADAPTIVE_CARD);
  const card = att ? readCard(att) : null;
  return {
    choices: recorded?.suggestedActions?.actions.length ?? 0,
    cardLines: card ? 1 + (card.subtitle ? 1 : 0) + card.facts.length : 0,
    cardHasSubtitle: !!card?.subtitle,
  };
}

export interface ReadBack {
  text: string;
  /** Numbered choices read from the end of the text (label, and the number the customer types). */
  choices: { label: string; typed: string }[];
  card: { title: string; subtitle?: string; facts: { label: string; value: string }[] } | null;
  /** What did not read as the shape said (reported by the driver as a replay problem). */
  problems: string[];
}

/** Splits a flattened message into text, numbered choices (when `numbered`) and card lines. */
export function readFlattened(body: string, shape: MessageShape, numbered: boolean): ReadBack {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const problems: string[] = [];
  const trimEnd = () => {
    while (lines.length && lines.at(-1)!.trim() === '') lines.pop();
  };
  trimEnd();
  const choices: ReadBack['choices'] = [];
  if (numbered && shape.choices > 0) {
    const tail = lines.slice(-shape.choices);
    const read = tail.map((line, i) => new RegExp(`^${i + 1}[.)] (.*)$`).exec(line)?.[1]);
    if (tail.length === shape.choices && read.every((l) => l !== undefined)) {
      lines.splice(-shape.choices);
      read.forEach((label, i) => choices.push({ label: label!, typed: String(i + 1) }));
      trimEnd();
    } else problems.push(`the message does not end with ${shape.choices} numbered choices`);
  }
  let card: ReadBack['card'] = null;
  if (shape.cardLines > 0 && lines.length >= shape.cardLines) {
    const cardLines = lines.splice(-shape.cardLines);
    const [title = '', ...rest] = cardLines;
    const subtitle = shape.cardHasSubtitle ? rest.shift() : undefined;
    const facts = rest.map((line) => {
      const m = /^(.*?)(?:: |：)(.*)$/.exec(line);
      if (!m) problems.push(`the card line "${line}" is not "Label: value"`);
      return m ? { label: m[1]!, value: m[2]! } : { label: line, value: '' };
    });
    card = { title, ...(subtitle !== undefined ? { subtitle } : {}), facts };
    trimEnd();
  } else if (shape.cardLines > 0) problems.push('the card is missing from the message');
  return { text: lines.join('\n'), choices, card, problems };
}

/** A bot message activity as the replay checks it: text, choices as suggested actions, the card as an Adaptive Card. */
export function shownMessage(
  channelId: string,
  conversationId: string,
  text: string,
  choices: CardAction[],
  card: ReadBack['card'],
): Activity {
  return {
    type: 'message',
    channelId,
    from: BOT_ACCOUNT,
    conversation: { id: conversationId },
    text,
    ...(choices.length ? { suggestedActions: { actions: choices } } : {}),
    ...(card
      ? {
          attachments: [
            {
              contentType: ADAPTIVE_CARD,
              content: {
                type: 'AdaptiveCard',
                body: [
                  { type: 'TextBlock', text: card.title, weight: 'Bolder' },
                  ...(card.subtitle !== undefined ? [{ type: 'TextBlock', text: card.subtitle, isSubtle: true }] : []),
                  { type: 'FactSet', facts: card.facts.map((f) => ({ title: f.label, value: f.value })) },
                ],
              },
            },
          ],
        }
      : {}),
  };
}

/** The bot's messages the store recorded after `afterSeq` (the shape hints for what the platform received). */
export async function recordedMessages(
  store: Store,
  conversationId: string,
  afterSeq: number,
): Promise<{ messages: Activity[]; lastSeq: number }> {
  const stored = await store.activities.list(conversationId, afterSeq);
  return {
    messages: stored.filter((s) => s.direction === 'out' && s.activity.type === 'message').map((s) => s.activity),
    lastSeq: stored.length ? stored.at(-1)!.seq : afterSeq,
  };
}

/**
 * The language a channel that does not report one (WhatsApp, WeChat) is configured with for a replay:
 * the linked user's, as the web chat sign-in uses it, else the transcript's `locale`.
 */
export async function channelLocale(who: { userId: string | null; locale: string | null }, store: Store): Promise<string | null> {
  const user = who.userId ? await store.users.get(who.userId) : null;
  return user?.locale ?? who.locale;
}

/** A local HTTP server standing in for a platform API on 127.0.0.1:0. */
export interface StandIn {
  readonly url: string;
  close(): Promise<void>;
}

export interface StandInRequest {
  method: string;
  url: URL;
  body: Buffer;
}

/** Starts a stand-in whose answers come from `handle` (status, content type, body). */
export async function startStandIn(handle: (req: StandInRequest) => { status: number; type: string; body: string | Buffer }): Promise<StandIn> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let answer: { status: number; type: string; body: string | Buffer };
      try {
        answer = handle({ method: req.method ?? 'GET', url: new URL(req.url ?? '/', 'http://127.0.0.1'), body: Buffer.concat(chunks) });
      } catch (err) {
        answer = { status: 500, type: 'text/plain', body: String(err) };
      }
      res.writeHead(answer.status, { 'content-type': answer.type }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
