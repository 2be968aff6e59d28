import type { Activity, Attachment, Reply } from '../activity.ts';

/**
 * Renders a channel-neutral Reply as a Bot Framework activity: choices become suggested actions
 * (messageBack: a click sends the value back as text while the customer's bubble shows the label they
 * clicked) and a fact card an Adaptive Card. Channels that cannot show either degrade them in their adapter.
 */
export function replyToActivity(reply: Reply, locale: string): Partial<Activity> {
  if (reply.type === 'event') {
    return { type: 'event', name: reply.name, value: reply.value, ...(reply.attachments ? { attachments: reply.attachments } : {}) };
  }
  if (reply.type === 'trace') {
    return { type: 'trace', name: reply.name, label: reply.label, valueType: reply.valueType, value: reply.value };
  }
  const activity: Partial<Activity> = {
    type: 'message',
    text: reply.text,
    textFormat: 'plain',
    locale,
    inputHint: reply.choices?.length ? 'expectingInput' : 'acceptingInput',
  };
  if (reply.choices?.length) {
    activity.suggestedActions = {
      actions: reply.choices.map((c) => ({ type: 'messageBack', title: c.label, text: c.value, displayText: c.label, value: c.value })),
    };
  }
  if (reply.card) activity.attachments = [factCardAttachment(reply.card)];
  return activity;
}

function factCardAttachment(card: NonNullable<Extract<Reply, { type: 'message' }>['card']>): Attachment {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: card.title, weight: 'Bolder', size: 'Medium', wrap: true },
        ...(card.subtitle ? [{ type: 'TextBlock', text: card.subtitle, isSubtle: true, spacing: 'None', wrap: true }] : []),
        { type: 'FactSet', facts: card.facts.map((f) => ({ title: f.label, value: f.value })) },
      ],
    },
  };
}
