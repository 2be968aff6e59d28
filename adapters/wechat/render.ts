/**
 * What WeChat can show of our activities: text only. Choices become a numbered list (the customer
 * answers with the number), Adaptive Card facts become "label: value" lines, and several messages
 * of one turn become one passive reply, separated by blank lines.
 */
import type { Activity } from '../../src/activity.ts';
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
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') lines.push(...cardLines(attachment.content));
    else if (attachment.contentUrl) lines.push(attachment.name ? `${attachment.name}: ${attachment.contentUrl}` : attachment.contentUrl);
  }
  const actions = activity.suggestedActions?.actions ?? [];
  actions.forEach((a, i) => lines.push(`${i + 1}. ${a.title}`));
  const text = lines.join('\n').trim();
  return text ? text : null;
}

function cardLines(content: unknown): string[] {
  const body = (content as { body?: CardBlock[] } | undefined)?.body;
  const lines: string[] = [];
  for (const block of Array.isArray(body) ? body : []) {
    if (block.type === 'TextBlock' && block.text) lines.push(block.text);
    if (block.type === 'FactSet') for (const f of block.facts ?? []) lines.push(`${f.title ?? ''}: ${f.value ?? ''}`);
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
