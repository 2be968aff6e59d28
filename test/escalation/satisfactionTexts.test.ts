/**
 * The survey question on each channel: Web Chat gets the five ratings as suggested actions, WhatsApp
 * an interactive list (five choices are more than reply buttons' three; each label fits a row title's
 * 24 characters, so none is cut), WeChat plain text with the ratings as numbered lines "1. …" to "5. …".
 */
import { describe, expect, test } from 'vitest';
import { renderForWeChat } from '../../adapters/wechat/render.ts';
import { renderForWhatsApp } from '../../adapters/whatsapp/render.ts';
import type { Activity } from '../../src/activity.ts';
import { ratingChoices, satisfactionTexts } from '../../src/escalation/satisfactionTexts.ts';
import { LANGUAGE_CODES } from '../../src/locale/index.ts';
import { replyToActivity } from '../../src/turn/replyActivity.ts';

const question = (language: string) =>
  ({
    ...replyToActivity({ type: 'message', text: satisfactionTexts(language).question, choices: ratingChoices(language) }, language),
    channelId: 'test',
    conversation: { id: 'c' },
    from: { id: 'bot' },
  }) as Activity;

describe.each(LANGUAGE_CODES)('the satisfaction question in %s', (language) => {
  test('should offer the ratings 1 to 5 in order, the rating as the value', () => {
    expect(ratingChoices(language).map((c) => c.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(question(language).suggestedActions?.actions.map((a) => a.value)).toEqual(['1', '2', '3', '4', '5']);
  });

  test('should be a WhatsApp list with a row per rating, no title cut', () => {
    const [body] = renderForWhatsApp(question(language), '15551234567') as [any];
    expect(body.type).toBe('interactive');
    expect(body.interactive.type).toBe('list');
    const rows = body.interactive.action.sections[0].rows as { id: string; title: string; description?: string }[];
    expect(rows.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(rows.map((r) => r.title)).toEqual([...satisfactionTexts(language).ratingLabels]);
    expect(rows.every((r) => r.description === undefined && [...r.title].length <= 24)).toBe(true);
  });

  test('should be plain text on WeChat, the ratings as numbered lines', () => {
    const text = renderForWeChat(question(language))!;
    expect(text.startsWith(satisfactionTexts(language).question)).toBe(true);
    satisfactionTexts(language).ratingLabels.forEach((label, i) => expect(text).toContain(`${i + 1}. ${label}`));
  });
});
