import type { Activity } from '../../src/activity.ts';

interface AdaptiveFact {
  title: string;
  value: string;
}

/** Plain-text rendering of a bot activity: cards as indented facts, choices as a numbered list. */
export function renderForTerminal(activity: Activity): string[] {
  if (activity.type !== 'message') return [];
  const lines: string[] = [];
  if (activity.text) lines.push(activity.text);
  for (const attachment of activity.attachments ?? []) {
    const body = (attachment.content as { body?: { type: string; text?: string; facts?: AdaptiveFact[] }[] } | undefined)?.body;
    for (const block of body ?? []) {
      if (block.type === 'TextBlock' && block.text) lines.push(`  ${block.text}`);
      if (block.type === 'FactSet') for (const f of block.facts ?? []) lines.push(`    ${f.title}: ${f.value}`);
    }
  }
  (activity.suggestedActions?.actions ?? []).forEach((a, i) => lines.push(`  ${i + 1}. ${a.title}`));
  return lines;
}

/** A bare number picks the matching choice of the last message, as a button click would. */
export function resolveChoice(input: string, last: Activity | undefined): string {
  const n = /^\s*(\d{1,2})\s*$/.exec(input);
  const actions = last?.suggestedActions?.actions ?? [];
  if (!n) return input;
  const action = actions[Number(n[1]) - 1];
  return action ? action.value : input;
}
