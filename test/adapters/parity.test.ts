/**
 * Issue 7: the same conversation — a lookup by description, a choice among several parcels, a
 * handoff request — gives the same answers on web chat, WhatsApp and WeChat, each rendered the
 * channel's way. One script is driven through each channel's real adapter by the replay drivers
 * (Direct Line; signed Graph API webhooks; signed WeChat pushes), and the answers the customer was
 * shown are compared once normalized: the text, the choices by label, the card's title and facts,
 * and the tickets opened. How each channel showed them is checked too (Web Chat's buttons,
 * WhatsApp's interactive list, WeChat's numbered lines answered by typing the number).
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { Activity } from '../../src/activity.ts';
import { createParser } from '../../src/nlu/index.ts';
import { REPLAY_DRIVERS } from '../../adapters/registry.ts';
import { FixtureStores } from '../../src/transcripts/fixtures.ts';
import { parseTranscript } from '../../src/transcripts/load.ts';
import { replayTranscript, type Observed } from '../../src/transcripts/replay.ts';
import { seenMessage } from '../../src/transcripts/seen.ts';

/** The drivers the composition root passes to the replay, by channel. */
const CHANNEL_DRIVERS = new Map(REPLAY_DRIVERS.drivers.map((d) => [d.channel, d]));

const CHANNELS = ['webchat', 'whatsapp', 'wechat'] as const;

const script = (user: string, locale: string, turns: string[]) =>
  [
    'now: 2026-03-20T09:00:00Z',
    'time zone: Asia/Shanghai',
    'fixture: demo seed=42 scale=small',
    `user: ${user}`,
    `locale: ${locale}`,
    '---',
    ...turns,
    '',
  ].join('\n');

const CONVERSATIONS = {
  en: script('u-alice', 'en-US', [
    'user: where are my parcels to London?',
    'user clicks: To London, 18 Mar',
    "user: where's the box I sent to Toronto yesterday?",
    'user: I want to talk to a real person',
  ]),
  zh: script('u-li', 'zh-CN', ['user: 寄到伦敦的包裹到哪了', 'user clicks: 寄往伦敦，3月14日', 'user: 我要查从上海寄往伦敦的包裹', 'user: 我要人工客服']),
};

interface Answer {
  text: string;
  choices: string[];
  cards: { title: string; facts: string[] }[];
}

/** What the customer was told, whatever the channel: messages by text, choice labels and card facts, and the tickets. */
function normalized(o: Observed): { answers: Answer[]; tickets: string[] }[] {
  return o.exchanges.map((ex) => ({
    answers: ex.shown
      .filter((a: Activity) => a.type === 'message')
      .map((a) => {
        const m = seenMessage(a);
        return { text: m.text, choices: m.choices, cards: m.cards.map((c) => ({ title: c.title, facts: c.facts.map((f) => `${f.label} = ${f.value}`) })) };
      }),
    tickets: ex.tickets.map((k) => `${k.category} ${k.number}`),
  }));
}

describe('the same conversation on web chat, WhatsApp and WeChat', () => {
  const fixtures = new FixtureStores();
  const parser = createParser();
  afterAll(() => fixtures.close());

  const replay = async (text: string, channel: string) => {
    const t = parseTranscript(text, `parity-${channel}.convo.txt`);
    return replayTranscript(t, CHANNEL_DRIVERS.get(channel)!, { parser, fixtures });
  };

  test.each(Object.entries(CONVERSATIONS))('should give the same answers in %s, each channel rendering them its way', async (_lang, text) => {
    const observed = Object.fromEntries(await Promise.all(CHANNELS.map(async (c) => [c, await replay(text, c)] as const)));
    for (const c of CHANNELS) expect(observed[c]!.exchanges.flatMap((e) => e.problems), c).toEqual([]);

    const web = normalized(observed.webchat!);
    // The search offered several parcels; the one picked and the one found by description came with their cards; the handoff opened a ticket.
    expect(web[1]!.answers[0]!.choices.length).toBeGreaterThan(1);
    expect(web[2]!.answers[0]!.cards).toHaveLength(1);
    expect(web[3]!.answers[0]!.cards).toHaveLength(1);
    expect(web.at(-1)!.tickets).toHaveLength(1);
    expect(normalized(observed.whatsapp!)).toEqual(web);
    expect(normalized(observed.wechat!)).toEqual(web);

    // Rendered each channel's way: how the parcel choice could be answered.
    const choiceOf = (c: string) => observed[c]!.exchanges[1]!.shown.find((a) => a.suggestedActions)!.suggestedActions!.actions;
    // Web Chat: messageBack sends the tracking number and shows the label clicked in the customer's bubble.
    expect(choiceOf('webchat').every((a) => a.type === 'messageBack' && /^1Z/.test(a.value) && a.text === a.value && a.displayText === a.title)).toBe(true);
    // WhatsApp: an interactive list (tapped, the row id is the tracking number).
    expect(choiceOf('whatsapp').every((a) => a.type === 'postBack' && /^1Z/.test(a.value))).toBe(true);
    // WeChat: numbered lines (the customer types the number).
    expect(choiceOf('wechat').map((a) => a.value)).toEqual(choiceOf('webchat').map((_, i) => String(i + 1)));
  });
});
