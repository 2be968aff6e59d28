/**
 * What WeChat can show of our activities: text only. Choices become a numbered list (the customer
 * answers with the number), Adaptive Card facts become "label: value" lines, and several messages
 * of one turn become one passive reply, separated by blank lines.
 */
import type { Activity, CustomerNoticeData } from '../../src/activity.ts';
import type { WeChatNoticeTemplateConfig } from '../../src/config.ts';
import { weChatXml } from './xml.ts';

interface CardBlock {
  type?: string;
  text?: string;
  facts?: { title?: string; value?: string }[];
}

/** The text of one outbound activity, or null for what WeChat does not show (traces, events, typing). */
export function renderForWeChat(activity: Activity): string | null {
  if (activity.type !== 'message') return null;
  const lines: string[] = [];
  if (activity.text) lines.push(activity.text);
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') lines.push(...cardLines(attachment.content, activity.locale));
    else if (attachment.contentUrl) lines.push(attachment.name ? `${attachment.name}: ${attachment.contentUrl}` : attachment.contentUrl);
  }
  const actions = activity.suggestedActions?.actions ?? [];
  actions.forEach((a, i) => lines.push(`${i + 1}. ${a.title}`));
  const text = lines.join('\n').trim();
  return text ? text : null;
}

/** "Label: value", with the full-width colon in Chinese ("状态：运输中"). */
export function factLine(label: string, value: string, locale: string | undefined): string {
  return /^zh\b/i.test(locale ?? '') ? `${label}：${value}` : `${label}: ${value}`;
}

function cardLines(content: unknown, locale: string | undefined): string[] {
  const body = (content as { body?: CardBlock[] } | undefined)?.body;
  const lines: string[] = [];
  for (const block of Array.isArray(body) ? body : []) {
    if (block.type === 'TextBlock' && block.text) lines.push(block.text);
    if (block.type === 'FactSet') for (const f of block.facts ?? []) lines.push(factLine(f.title ?? '', f.value ?? '', locale));
  }
  return lines;
}

/** All a turn said, as one text (a passive reply carries a single message). */
export function joinedText(activities: readonly Activity[]): string | null {
  const parts = activities.map(renderForWeChat).filter((t): t is string => t !== null);
  return parts.length ? parts.join('\n\n') : null;
}

/** The passive text reply: addressed back to the customer's openid, from the account's original id. */
export function passiveTextReply(to: { openId: string; accountId: string }, text: string, createTime: number): string {
  return weChatXml([
    ['ToUserName', to.openId],
    ['FromUserName', to.accountId],
    ['CreateTime', createTime],
    ['MsgType', 'text'],
    ['Content', text],
  ]);
}

/** The customer-service API's text message body. */
export function customTextMessage(openId: string, text: string): { touser: string; msgtype: 'text'; text: { content: string } } {
  return { touser: openId, msgtype: 'text', text: { content: text } };
}

/** The longest value we put into a template message's data field (WeChat cuts or refuses longer ones). */
const TEMPLATE_VALUE_CHARS = 200;

/**
 * The template message API's body for a customer notice (`POST /cgi-bin/message/template/send`):
 * each configured data key filled with the notice's ticket number or its text ("-" when it has none).
 */
export function templateMessageOf(openId: string, template: WeChatNoticeTemplateConfig, activity: Activity, notice: CustomerNoticeData) {
  const data: Record<string, { value: string }> = {};
  for (const [key, source] of Object.entries(template.data)) {
    const raw = (source === 'ticket' ? notice.ticket : activity.text)?.replace(/\s+/g, ' ').trim() || '-';
    data[key] = { value: raw.length > TEMPLATE_VALUE_CHARS ? `${raw.slice(0, TEMPLATE_VALUE_CHARS - 1)}…` : raw };
  }
  return { touser: openId, template_id: template.id, data };
}

/** WeChat's limit on a text message (passive reply or customer-service text), in UTF-8 bytes. */
export const WECHAT_TEXT_BYTES = 2048;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * A turn's message texts as WeChat texts of at most `max` bytes each: whole messages joined by blank
 * lines while they fit, and a message too long on its own cut at a paragraph, else a line, else a
 * character boundary. The first text is the passive reply; the others go out as customer-service
 * messages right after it, so nothing is lost and nothing is cut short.
 */
export function weChatTexts(texts: readonly string[], max: number = WECHAT_TEXT_BYTES): string[] {
  const out: string[] = [];
  let current = '';
  for (const piece of texts.flatMap((t) => cutToBytes(t, max))) {
    const joined = current ? `${current}\n\n${piece}` : piece;
    if (bytes(joined) <= max) current = joined;
    else {
      out.push(current);
      current = piece;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Cuts one text into pieces of at most `max` bytes, at blank lines, else line ends, else characters. */
function cutToBytes(text: string, max: number): string[] {
  if (bytes(text) <= max) return [text];
  for (const sep of ['\n\n', '\n']) {
    const parts = text.split(sep);
    if (parts.length < 2) continue;
    const pieces: string[] = [];
    let current = '';
    for (const part of parts) {
      const joined = current ? `${current}${sep}${part}` : part;
      if (bytes(joined) <= max) current = joined;
      else {
        if (current) pieces.push(current);
        current = part;
      }
    }
    if (current) pieces.push(current);
    return pieces.flatMap((p) => cutToBytes(p, max));
  }
  const pieces: string[] = [];
  let current = '';
  for (const ch of text) {
    if (bytes(current + ch) > max) {
      pieces.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}
