/**
 * Bot Framework `.transcript` files (a JSON array of activities, as the Emulator saves them). Reading:
 * user activities become actions and bot activities the expected replies, written as native text with
 * each line mapped to the line where its activity starts. Writing: a stored conversation as activities,
 * with a leading trace that carries the native header, so an exported file replays the same way.
 */
import type { Activity } from '../activity.ts';
import { standingPattern } from '../escalation/handoffNotices.ts';
import { AGENT_TRACE, type AgentTurn } from './agentTurns.ts';
import { TranscriptSyntaxError, type TranscriptHeader } from './model.ts';
import { HEADER_DEFAULTS, renderAction, renderHeader, renderMessage } from './nativeFormat.ts';
import { entitiesLine, isParseTrace, seenMessage, understandingOf } from './seen.ts';

/** The trace an exported `.transcript` starts with: the native header (Emulator shows it as a trace). */
export const HEADER_TRACE = { name: 'carrier-assist.transcript', valueType: 'https://carrier-assist/schemas/transcript-header' } as const;

/** The trace a ticket becomes in an exported `.transcript` (read back as `ticket: <category>`). */
export const TICKET_TRACE = { name: 'carrier-assist.ticket', valueType: 'https://carrier-assist/schemas/ticket' } as const;

/** Native lines and, for each, the 1-based line of the original file it came from. */
export interface Converted {
  lines: string[];
  origin: number[];
}

/** Where each top-level array element starts (1-based line), scanning the JSON text once. */
function elementLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (depth === 1) starts.push(line);
      depth++;
    } else if (c === ']' || c === '}') depth--;
  }
  return starts;
}

export function readActivities(text: string, file: string): { activities: Activity[]; lines: number[] } {
  const clean = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(clean);
  } catch (err) {
    throw new TranscriptSyntaxError(file, 1, `not JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new TranscriptSyntaxError(file, 1, 'a .transcript is a JSON array of activities');
  return { activities: parsed as Activity[], lines: elementLines(clean) };
}

export function botFrameworkToNative(text: string, file: string): Converted {
  const { activities, lines: at } = readActivities(text, file);
  const botIds = new Set<string>();
  for (const a of activities) {
    if (a.from?.role === 'bot') botIds.add(a.from.id);
    if (a.recipient?.role === 'bot') botIds.add(a.recipient.id);
  }
  const fromBot = (a: Activity) => a.from?.role === 'bot' || (a.from?.role !== 'user' && botIds.has(a.from?.id));
  const out: Converted = { lines: [], origin: [] };
  const emit = (lines: string[], origin: number) => {
    for (const l of lines) {
      out.lines.push(l);
      out.origin.push(origin);
    }
  };

  const headerTrace = activities.find((a) => a.type === 'trace' && a.name === HEADER_TRACE.name);
  const first = activities.find((a) => a.timestamp);
  const header: TranscriptHeader = {
    ...HEADER_DEFAULTS,
    now: first?.timestamp ? new Date(first.timestamp).toISOString() : DEFAULT_NOW,
    locale: activities.find((a) => a.locale)?.locale ?? null,
    ...(headerTrace?.value as Partial<TranscriptHeader> | undefined),
  };
  const channels = [...new Set(activities.map((a) => a.channelId).filter(Boolean))];
  emit(renderHeader(header, headerTrace ? [] : [`Read from a Bot Framework transcript (channel ${channels.join(', ') || 'unknown'}); its bot's replies are the expectations.`]), 1);

  activities.forEach((a, k) => {
    const line = at[k] ?? 1;
    if (a === headerTrace) return;
    if (!fromBot(a)) {
      if (a.type !== 'message') {
        emit([`# (${a.type}${a.name ? ` ${a.name}` : ''} from the user: not replayed; the channel opens the conversation itself)`], line);
        return;
      }
      const action =
        typeof a.text === 'string' && a.text !== ''
          ? renderAction({ kind: 'say', text: a.text })
          : a.value !== undefined
            ? renderAction({ kind: 'submit', value: a.value })
            : a.attachments?.[0]
              ? renderAction({ kind: 'attach', name: a.attachments[0].name ?? 'attachment', contentType: a.attachments[0].contentType })
              : renderAction({ kind: 'say', text: '' });
      emit(['', ...action], line);
      return;
    }
    if (isParseTrace(a)) {
      const p = understandingOf(a);
      if (p) emit([`  intent: ${p.intent}`, `  entities: ${entitiesLine(p)}`], line);
      return;
    }
    if (a.type === 'trace' && a.name === AGENT_TRACE.name) {
      const turn = a.value as AgentTurn;
      if (turn.kind === 'comment') emit([`# ${turn.text}`], line);
      else emit(['', ...renderAction(turn)], line);
      return;
    }
    if (a.type === 'trace' && a.name === TICKET_TRACE.name) {
      emit([`ticket: ${(a.value as { category?: string } | undefined)?.category ?? '?'}`], line);
      return;
    }
    switch (a.type) {
      case 'message': {
        const seen = seenMessage(a);
        const lines = renderMessage(seen);
        // A place in the queue is the replay's own (its queue is not the live one): match any place and wait.
        const pattern = seen.text.includes('\n') ? null : standingPattern(seen.text);
        emit(pattern ? [`bot matches: /${pattern}/`, ...lines.slice(1)] : lines, line);
        return;
      }
      case 'event':
      case 'endOfConversation':
        emit([`event: ${a.name ?? a.type}`], line);
        return;
      case 'typing':
        return;
      default:
        emit([`# (${a.type}${a.name ? ` ${a.name}` : ''} from the bot: not checked)`], line);
    }
  });
  return out;
}

/** "now" for files that carry no time at all. */
export const DEFAULT_NOW = '2026-03-20T09:00:00.000Z';
