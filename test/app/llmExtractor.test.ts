/**
 * The app built with OPENAI_BASE_URL pointing at a local OpenAI-compatible server: a message the
 * rules cannot read is answered with the model's reading, and the model is sent that message and
 * today's date only, never the speaker's account data or other messages.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Activity } from '../../src/activity.ts';
import { buildApp, type App } from '../../src/app.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { DEMO_ACCOUNTS, STORY_TRACKING_NUMBERS as STORY, generateDataset } from '../../src/demo/index.ts';
import type { Dataset } from '../../src/store/records.ts';
import { openStore } from '../../src/store/openStore.ts';
import { ChatCompletionsServer, type ChatServerBehaviour } from '../support/chatCompletionsServer.ts';
import { capturedLogger } from '../support/logLines.ts';

const NOW = '2026-03-20T09:00:00.000Z';
/** The rules read it as out of scope; it asks about the account's one parcel to Toronto. */
const COUSIN_IN_TORONTO = 'any word on the gift my cousin in Toronto is waiting for?';

describe('the app with the optional LLM on', () => {
  const server = new ChatCompletionsServer();
  const log = capturedLogger();
  let app: App;
  let data: Dataset;
  let baseURL = '';

  beforeAll(async () => {
    baseURL = await server.start();
    const store = await openStore('sqlite::memory:');
    data = generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' });
    await store.importDataset(data);
    await store.identities.link({ channelId: 'test', externalId: 'u-alice', userId: 'u-alice', linkedAt: NOW });
    const config = loadConfig({ OPENAI_BASE_URL: baseURL, OPENAI_MODEL: 'local-model', OPENAI_API_KEY: 'sk-e2e-secret', OPENAI_TIMEOUT_MS: '3000' });
    app = await buildApp({ config, store, clock: new FixedClock(NOW), logger: log.logger });
  });
  afterAll(async () => {
    await app?.close();
    await server.stop();
  });

  const say = async (conversation: string, n: number, text: string): Promise<string> => {
    const outcome = await app.pipeline.process(
      { type: 'message', id: `${conversation}-${n}`, channelId: 'test', from: { id: 'u-alice' }, conversation: { id: conversation }, text },
      async () => {},
    );
    return outcome.replies
      .filter((a: Activity) => a.type === 'message')
      .map((a) => a.text)
      .join('\n');
  };

  test('should say once at start that the LLM extractor is on, with host and model but not the key', () => {
    expect(log.lines.filter((l) => l.msg === 'LLM extractor on')).toEqual([
      expect.objectContaining({ llm: { host: new URL(baseURL).host, model: 'local-model', timeoutMs: 3000 } }),
    ]);
    expect(log.text()).not.toContain('sk-e2e-secret');
  });

  test("should answer a turn the rules cannot read with the model's reading, and send the model nothing of the account", async () => {
    expect(app.parser.parse(COUSIN_IN_TORONTO, { now: new Date(NOW), timeZone: 'Asia/Shanghai' }).intent).toBe('out_of_scope');
    server.behaviour = {
      kind: 'answer',
      content: JSON.stringify({ intent: 'track_shipment', confidence: 0.85, origin: null, destination: { name: 'Toronto', country: 'CA' }, dateRange: null }),
    };
    const before = server.requests.length;
    await say('llm-e2e', 1, 'hello');
    const reply = await say('llm-e2e', 2, COUSIN_IN_TORONTO);
    expect(reply).toContain(`${STORY.torontoYesterday}: In transit.`);

    const sent = server.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    const shown = sent.map((r) => JSON.parse((r.body.messages as { content: string }[])[1]!.content) as { message: string });
    // Each request carries one customer message, the last one this turn's.
    expect(shown.at(-1)!.message).toBe(COUSIN_IN_TORONTO);
    for (const s of shown) expect(['hello', COUSIN_IN_TORONTO]).toContain(s.message);
    const bodies = JSON.stringify(sent.map((r) => r.body));
    const alice = data.users.find((u) => u.id === 'u-alice')!;
    const account = data.accounts.find((a) => a.number === DEMO_ACCOUNTS.mingyuan)!;
    for (const secret of [account.number, account.name, alice.name, alice.email, ...data.shipments.map((s) => s.trackingNumber)]) {
      expect(bodies).not.toContain(secret);
    }
  });

  test.each<[string, ChatServerBehaviour, Record<string, unknown>]>([
    ['fails', { kind: 'status', status: 503 }, { reason: 'http_status', status: 503 }],
    // The test's own time limit is the check that the turn does not wait for the model.
    ['does not answer', { kind: 'hang' }, { reason: 'timeout' }],
  ])('should answer with the rules alone when the model %s, and log why', async (name, behaviour, why) => {
    server.behaviour = behaviour;
    const reply = await say(`llm-e2e-${name.replace(/\W/g, '-')}`, 1, COUSIN_IN_TORONTO);
    expect(reply).not.toContain(STORY.torontoYesterday);
    expect(reply.length).toBeGreaterThan(0);
    expect(log.lines.filter((l) => l.msg === 'LLM extractor failed; the deterministic parse stands').at(-1)).toMatchObject({ llm: why });
  });
});
