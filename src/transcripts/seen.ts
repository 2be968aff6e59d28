/**
 * What a transcript checks, read from activities: a bot message as the customer saw it (text,
 * choices, cards by title and facts) and what the assistant understood (its `carrier-assist.nlu` trace).
 */
import type { Activity, Attachment } from '../activity.ts';
import { PARSE_TRACE } from '../dialog/assistant.ts';
import type { Parse } from '../nlu/types.ts';
import type { SeenMessage } from './nativeFormat.ts';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
export const HERO_CARD = 'application/vnd.microsoft.card.hero';
export const THUMBNAIL_CARD = 'application/vnd.microsoft.card.thumbnail';

export function seenMessage(a: Activity): SeenMessage {
  const cards: SeenMessage['cards'] = [];
  const otherAttachments: string[] = [];
  for (const att of a.attachments ?? []) {
    const card = readCard(att);
    if (card) cards.push(card);
    else otherAttachments.push(att.name ? `${att.contentType} ${att.name}` : att.contentType);
  }
  return {
    text: typeof a.text === 'string' ? a.text : '',
    choices: a.suggestedActions?.actions.map((x) => x.title ?? String(x.value)) ?? [],
    cards,
    otherAttachments,
  };
}

interface CardBody {
  type?: string;
  text?: string;
  weight?: string;
  isSubtle?: boolean;
  facts?: { title?: string; value?: string }[];
  items?: CardBody[];
  columns?: CardBody[];
}

/** Reads a card's title, subtitle and facts; null for attachments that are not cards we can read. */
export function readCard(att: Attachment): SeenMessage['cards'][number] | null {
  const content = att.content as Record<string, unknown> | undefined;
  if (!content || typeof content !== 'object') return null;
  if (att.contentType === HERO_CARD || att.contentType === THUMBNAIL_CARD) {
    const title = String(content['title'] ?? '');
    const subtitle = content['subtitle'] ?? content['text'];
    return { title, ...(subtitle ? { subtitle: String(subtitle) } : {}), facts: [] };
  }
  if (att.contentType !== ADAPTIVE_CARD) return null;
  const blocks: CardBody[] = [];
  const walk = (items: CardBody[] | undefined) => {
    for (const b of items ?? []) {
      blocks.push(b);
      walk(b.items);
      walk(b.columns);
    }
  };
  walk(content['body'] as CardBody[] | undefined);
  const texts = blocks.filter((b) => b.type === 'TextBlock' && typeof b.text === 'string' && b.text.trim());
  const title = texts.find((b) => b.weight === 'Bolder') ?? texts[0];
  const subtitle = texts.find((b) => b !== title && b.isSubtle);
  const facts = blocks
    .filter((b) => b.type === 'FactSet')
    .flatMap((b) => b.facts ?? [])
    .map((f) => ({ label: String(f.title ?? ''), value: String(f.value ?? '') }));
  return { title: title?.text ?? '', ...(subtitle?.text ? { subtitle: subtitle.text } : {}), facts };
}

/** What the assistant understood, from its trace; null when the turn has none. */
export function understandingOf(trace: Activity | undefined): Parse | null {
  if (!trace || trace.type !== 'trace' || trace.name !== PARSE_TRACE.name) return null;
  const value = trace.value as { parse?: Parse } | undefined;
  return value?.parse ?? null;
}

export const isParseTrace = (a: Activity): boolean => a.type === 'trace' && a.name === PARSE_TRACE.name;

const ENTITY_ORDER = ['tracking', 'invalid', 'account', 'dates', 'from', 'to', 'status'] as const;

/** A parse's entities as one line: `tracking=1Z…; from=Shanghai, CN; dates=2026-03-19..2026-03-19`, or `none`. */
export function entitiesLine(p: Parse): string {
  const parts: string[] = [];
  for (const t of p.trackingNumbers) parts.push(`tracking=${t}`);
  for (const t of p.invalidTrackingNumbers) parts.push(`invalid=${t}`);
  if (p.accountNumber) parts.push(`account=${p.accountNumber}`);
  if (p.dateRange) parts.push(`dates=${p.dateRange.from}..${p.dateRange.to}`);
  if (p.origin) parts.push(`from=${p.origin.name}, ${p.origin.country}`);
  if (p.destination) parts.push(`to=${p.destination.name}, ${p.destination.country}`);
  for (const s of p.statusHints) parts.push(`status=${s}`);
  return parts.length ? parts.join('; ') : 'none';
}

/** The canonical form of an entities line as written by a person: order and spacing do not matter. */
export function canonicalEntities(line: string): string {
  const t = line.trim();
  if (t === '' || t === 'none') return 'none';
  const parts = t
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [k = '', ...v] = p.split('=');
      return `${k.trim()}=${v.join('=').trim()}`;
    });
  const rank = (p: string) => {
    const i = ENTITY_ORDER.indexOf(p.split('=')[0] as (typeof ENTITY_ORDER)[number]);
    return i < 0 ? ENTITY_ORDER.length : i;
  };
  return parts.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).join('; ');
}
