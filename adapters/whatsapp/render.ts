/**
 * Activity -> Graph API message bodies. Choices become reply buttons (up to 3) or a list (up to 10
 * rows) when they fit WhatsApp's limits, and numbered text lines otherwise; an Adaptive Card's
 * FactSet becomes "label: value" lines. Only messages are rendered: traces, events and typing
 * never reach the customer.
 */
import { localized } from '../../src/locale/index.ts';
import type { Activity, CardAction } from '../../src/activity.ts';
import { LIST_BUTTON_LABELS, WHATSAPP_LIMITS as L } from './constants.ts';

interface Envelope {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
  to: string;
  /**
   * Cloud API's tracking field (up to 512 characters): not shown, returned in the message's status
   * webhooks. We put the outbound activity's id there, so every send names the message it carries.
   */
  biz_opaque_callback_data?: string;
}

export type WhatsAppMessageBody =
  | (Envelope & { type: 'text'; text: { preview_url: false; body: string } })
  | (Envelope & {
      type: 'interactive';
      interactive:
        | { type: 'button'; body: { text: string }; action: { buttons: { type: 'reply'; reply: { id: string; title: string } }[] } }
        | { type: 'list'; body: { text: string }; action: { button: string; sections: { rows: ListRow[] }[] } };
    })
  | (Envelope & { type: 'template'; template: { name: string; language: { code: string } } });

/** A list row: a label longer than a row title is cut at a word for the title and shown whole as the description. */
export interface ListRow {
  id: string;
  title: string;
  description?: string;
}

/** How a message's choices are shown. */
export type ChoicePresentation = 'none' | 'buttons' | 'list' | 'numbered';

const envelope = (to: string): Envelope => ({ messaging_product: 'whatsapp', recipient_type: 'individual', to });

/** Cloud API's limit for biz_opaque_callback_data. */
const CALLBACK_DATA_MAX = 512;

/** The bodies with the activity's id as their tracking data. */
export function trackedAs<T extends WhatsAppMessageBody>(bodies: T[], activityId: string | undefined): T[] {
  if (!activityId || activityId.length > CALLBACK_DATA_MAX) return bodies;
  return bodies.map((b) => ({ ...b, biz_opaque_callback_data: activityId }));
}

/** The message bodies that show `activity` to `to` (a wa_id); empty for anything but a message. */
export function renderForWhatsApp(activity: Activity, to: string): WhatsAppMessageBody[] {
  if (activity.type !== 'message') return [];
  const body = bodyText(activity);
  const actions = activity.suggestedActions?.actions ?? [];
  const presentation = choicePresentation(activity);
  if (presentation === 'buttons') {
    return [
      {
        ...envelope(to),
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: body },
          action: { buttons: actions.map((a) => ({ type: 'reply', reply: { id: a.value, title: a.title } })) },
        },
      },
    ];
  }
  if (presentation === 'list') {
    return [
      {
        ...envelope(to),
        type: 'interactive',
        interactive: {
          type: 'list',
          body: { text: body },
          action: { button: listButtonLabel(activity.locale), sections: [{ rows: actions.map(listRow) }] },
        },
      },
    ];
  }
  const numbered = presentation === 'numbered' && !numbersTheChoices(body, actions);
  const text = numbered ? [body, numberedLines(actions)].filter(Boolean).join('\n\n') : body;
  return splitText(text).map((chunk) => ({ ...envelope(to), type: 'text', text: { preview_url: false, body: chunk } }));
}

/** A template message (outside the customer-service window). */
export function templateMessage(to: string, name: string, language: string, parameters: readonly string[] = []): WhatsAppMessageBody {
  const components = parameters.length ? { components: [{ type: 'body', parameters: parameters.map((text) => ({ type: 'text', text })) }] } : {};
  return { ...envelope(to), type: 'template', template: { name, language: { code: language }, ...components } };
}

/** Buttons when the choices fit reply buttons, a list when they fit a list, numbered text otherwise. */
export function choicePresentation(activity: Activity): ChoicePresentation {
  const actions = activity.suggestedActions?.actions ?? [];
  if (!actions.length) return 'none';
  const body = bodyText(activity);
  const titles = new Set(actions.map((a) => a.title));
  const ids = new Set(actions.map((a) => a.value));
  // WhatsApp refuses duplicate titles or ids, and an interactive message needs a body.
  if (!body || titles.size !== actions.length || ids.size !== actions.length || actions.some((a) => !a.title || !a.value)) return 'numbered';
  if (actions.length <= L.buttons && body.length <= L.buttonBody && fits(actions, L.buttonTitle, L.buttonId)) return 'buttons';
  // A list row holds a long label in its description (the title shows its start).
  if (actions.length <= L.listRows && body.length <= L.listBody && fits(actions, L.rowDescription, L.rowId)) return 'list';
  return 'numbered';
}

/** The row for a choice: its label as the title, or, when longer, the start cut at a word and the whole label as the description. */
export function listRow(action: CardAction): ListRow {
  const chars = [...action.title];
  if (chars.length <= L.rowTitle) return { id: action.value, title: action.title };
  return { id: action.value, title: cutAtWord(action.title, L.rowTitle), description: action.title };
}

/** The start of `text` in at most `max` characters, ending with "…", cut after a whole word when there is one. */
export function cutAtWord(text: string, max: number): string {
  const room = [...text].slice(0, max - 1).join('');
  const space = room.search(/\s\S*$/);
  const head = space > 0 ? room.slice(0, space) : room;
  return `${head.replace(/[\s,;:.，、。；：\-—–]+$/u, '')}…`;
}

function fits(actions: CardAction[], maxTitle: number, maxId: number): boolean {
  return actions.every((a) => [...a.title].length <= maxTitle && a.value.length <= maxId);
}

/**
 * True when the text already lists the choices as "1. …", "2. …" in their order (each line naming the
 * choice's value or title): numbering them again would show the list twice.
 */
function numbersTheChoices(body: string, actions: CardAction[]): boolean {
  const lines = body.split('\n');
  return actions.every((a, i) => lines.some((line) => line.startsWith(`${i + 1}. `) && (line.includes(a.value) || line.includes(a.title))));
}

function numberedLines(actions: CardAction[]): string {
  return actions.map((a, i) => `${i + 1}. ${a.title}`).join('\n');
}

function listButtonLabel(locale: string | undefined): string {
  return localized(LIST_BUTTON_LABELS, locale ?? '');
}

interface AdaptiveElement {
  type?: unknown;
  text?: unknown;
  facts?: { title?: unknown; value?: unknown }[];
}

/** The message text followed by each Adaptive Card's text blocks and facts as lines. */
export function bodyText(activity: Activity): string {
  const parts: string[] = [];
  if (activity.text) parts.push(activity.text);
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive') continue;
    const lines: string[] = [];
    for (const element of ((attachment.content as { body?: AdaptiveElement[] } | undefined)?.body ?? [])) {
      if (element.type === 'TextBlock' && typeof element.text === 'string') lines.push(element.text);
      if (element.type === 'FactSet') {
        for (const f of element.facts ?? []) lines.push(`${String(f.title ?? '')}: ${String(f.value ?? '')}`);
      }
    }
    if (lines.length) parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}

/** WhatsApp text bodies hold 4,096 characters: longer text goes out in pieces, split at line ends when possible. */
export function splitText(text: string, max: number = L.textBody): string[] {
  if (!text) return [];
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf('\n', max);
    const at = cut > 0 ? cut : max;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  if (rest) chunks.push(rest);
  return chunks;
}
