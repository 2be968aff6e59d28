/**
 * The official Node client, botframework-directlinejs, against our Direct Line: a tracking question
 * and the bot's status answer, over WebSocket and over polling.
 */
import { createRequire } from 'node:module';
import { DirectLine, type Activity as DirectLineActivity, type Message } from 'botframework-directlinejs';
import { WebSocket } from 'ws';
import { describe, expect, test } from 'vitest';
import { textsFor } from '../../../src/dialog/texts/index.ts';
import { STORY_TRACKING_NUMBERS } from '../../../src/demo/index.ts';
import { tokenClaims, type TokenBody } from '../../support/directLine.ts';
import { useWebChatServer } from '../../support/webChatServer.ts';

// On Node 20 the client needs XMLHttpRequest and WebSocket as globals, even when polling (WEBCHAT.md pitfall 8).
Object.assign(globalThis, { XMLHttpRequest: createRequire(import.meta.url)('xhr2') as unknown, WebSocket });

const TRACKING = STORY_TRACKING_NUMBERS.shanghaiToNewYork;

describe('the official botframework-directlinejs client', () => {
  const t = useWebChatServer({ demoData: true });

  test.each([
    ['WebSocket', true],
    ['polling', false],
  ])('should ask for a parcel’s status and get the answer (%s)', async (_how, webSocket) => {
    const generated = (await (await fetch(`${t.server.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as TokenBody;
    const userId = tokenClaims(generated.token).user;
    const directLine = new DirectLine({ token: generated.token, domain: `${t.server.url}/v3/directline`, webSocket, pollingInterval: 200 });

    const seen: DirectLineActivity[] = [];
    let answered!: (reply: Message) => void;
    const answer = new Promise<Message>((resolve) => (answered = resolve));
    const subscription = directLine.activity$.subscribe((activity) => {
      seen.push(activity);
      if (activity.type === 'message' && activity.from.id !== userId && activity.text?.includes(TRACKING)) answered(activity);
    });
    try {
      const id = await new Promise<string>((resolve, reject) =>
        directLine.postActivity({ type: 'message', from: { id: userId }, text: `Where is my parcel ${TRACKING}?` }).subscribe(resolve, reject),
      );
      const reply = await answer;
      const shipment = await t.server.app.store.shipments.byTrackingNumber(TRACKING);
      expect(reply.text).toContain(`${TRACKING}: ${textsFor('en').statusNames[shipment!.status]}`);
      expect((reply as Message & { replyToId?: string }).replyToId).toBe(id);
      // The greeting came first, then the user's own message, then the answer.
      expect(seen.map((a) => (a.from.id === userId ? 'user' : 'bot'))).toEqual(['bot', 'user', 'bot']);
    } finally {
      subscription.unsubscribe();
      directLine.end();
    }
  });
});
