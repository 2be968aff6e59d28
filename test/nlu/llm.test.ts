import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createParser } from '../../src/nlu/index.ts';
import { isUnsure } from '../../src/nlu/Parser.ts';
import { OpenAiLlmExtractor, createLlmExtractorFromConfig, type LlmFailureReason } from '../../src/nlu/llm.ts';
import type { LlmAnswer } from '../../src/nlu/llmAnswer.ts';
import { ChatCompletionsServer, type ChatServerBehaviour } from '../support/chatCompletionsServer.ts';
import { capturedLogger } from '../support/logLines.ts';
import { NOW } from './helpers.ts';

const ctx = { now: NOW, timeZone: 'Europe/London' };
/** Unsure for the rules (out_of_scope, 0.8) though it names a place they do not read. */
const COUSIN_IN_REYKJAVIK = 'gimme the lowdown on the thingy I popped over to my cousin in reykjavik';
/** Unsure for the rules and naming no place at all. */
const THINGY = 'gimme the lowdown on the thingy';

const answer = (a: Partial<LlmAnswer>): ChatServerBehaviour => ({
  kind: 'answer',
  content: JSON.stringify({ intent: 'track_shipment', confidence: 0.8, origin: null, destination: null, dateRange: null, ...a }),
});

describe('LLM extractor against a local OpenAI-compatible server', () => {
  const server = new ChatCompletionsServer();
  let baseURL = '';
  let log = capturedLogger();

  beforeAll(async () => {
    baseURL = await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });
  beforeEach(() => {
    log = capturedLogger();
  });

  const make = (timeoutMs = 2000, url = baseURL) => {
    const llm = new OpenAiLlmExtractor({ baseURL: url, apiKey: 'sk-local-test', model: 'test-model', timeoutMs }, log.logger);
    return { llm, parser: createParser({ llm }) };
  };
  const failures = () => log.lines.filter((l) => l.msg === 'LLM extractor failed; the deterministic parse stands');

  test('should use a valid structured answer when the deterministic parse is unsure', async () => {
    server.behaviour = answer({ destination: { name: 'Reykjavik', country: 'IS' } });
    const before = server.requests.length;
    const { parser } = make();
    expect(isUnsure(parser.parse(COUSIN_IN_REYKJAVIK, ctx))).toBe(true);
    const p = await parser.parseAsync(COUSIN_IN_REYKJAVIK, ctx);
    expect(server.requests.length).toBe(before + 1);
    const req = server.requests.at(-1)!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-local-test');
    expect(req.body.model).toBe('test-model');
    expect((req.body.response_format as { type: string }).type).toBe('json_schema');
    expect(p).toMatchObject({ intent: 'track_shipment', confidence: 0.8, destination: { name: 'Reykjavík', country: 'IS' }, origin: null });
    expect(failures()).toEqual([]);
    expect(log.lines.find((l) => l.msg === 'LLM extractor answered')).toMatchObject({ llm: { model: 'test-model', intent: 'track_shipment', used: true } });
  });

  test('should never send a request when the deterministic parse is sure', async () => {
    server.behaviour = answer({ intent: 'billing' });
    const before = server.requests.length;
    const p = await make().parser.parseAsync('where is my package 1Z999AA10123456784', ctx);
    expect(server.requests.length).toBe(before);
    expect(p.intent).toBe('track_shipment');
  });

  test('should send the message text and today only: numbers and e-mail masked, nothing else', async () => {
    server.behaviour = answer({ intent: 'account_number' });
    const text = 'hmm that thingy, mail me at jo.bloggs@example.com or ring 0161 496 0000, account A1B2C3';
    const { parser } = make();
    expect(parser.parse(text, ctx)).toMatchObject({ intent: 'account_access', accountNumber: 'A1B2C3' });
    expect(isUnsure(parser.parse(text, ctx))).toBe(true);
    const p = await parser.parseAsync(text, { now: NOW, timeZone: 'Pacific/Kiritimati' });
    const body = server.requests.at(-1)!.body as { messages: { role: string; content: string }[] };
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    const seen = JSON.parse(body.messages[1]!.content) as Record<string, unknown>;
    expect(Object.keys(seen).sort()).toEqual(['message', 'timeZone', 'today']);
    // 10:00 UTC on 20 March is already midnight of the 21st in Kiritimati (UTC+14).
    expect(seen).toMatchObject({ today: '2025-03-21', timeZone: 'Pacific/Kiritimati' });
    expect(seen.message).toBe('hmm that thingy, mail me at [e-mail] or ring [number], account [account number]');
    const sent = JSON.stringify(body);
    for (const secret of ['A1B2C3', 'jo.bloggs', '496 0000']) expect(sent).not.toContain(secret);
    // The account number still comes from the rules.
    expect(p).toMatchObject({ intent: 'account_number', accountNumber: 'A1B2C3' });
  });

  test.each<[string, ChatServerBehaviour, LlmFailureReason, Record<string, unknown>]>([
    ['content that is not JSON', { kind: 'answer', content: 'sure! here you go' }, 'invalid_json', {}],
    ['JSON of the wrong shape', { kind: 'answer', content: JSON.stringify({ intent: 'fly_to_moon', confidence: 2 }) }, 'invalid_answer', {}],
    ['a date that does not exist', answer({ dateRange: { from: '2025-02-30', to: '2025-02-30' } }), 'invalid_answer', {}],
    ['a range that ends before it starts', answer({ dateRange: { from: '2025-03-19', to: '2025-03-01' } }), 'invalid_answer', {}],
    ['empty content', { kind: 'answer', content: '' }, 'no_content', {}],
    ['a refusal', { kind: 'refusal', refusal: 'I cannot help with that.' }, 'refusal', {}],
    ['an HTTP 500', { kind: 'status', status: 500 }, 'http_status', { status: 500 }],
    ['an HTTP 401', { kind: 'status', status: 401 }, 'http_status', { status: 401 }],
    ['a body that is no chat completion', { kind: 'raw', contentType: 'application/json', body: '{"object":"list","data":[]}' }, 'bad_response', {}],
    ['a broken JSON body', { kind: 'raw', contentType: 'application/json', body: '{"choices": [' }, 'bad_response', {}],
    ['a text body', { kind: 'raw', contentType: 'text/plain', body: 'Service Unavailable' }, 'bad_response', {}],
  ])('should keep the deterministic parse and log one line on %s', async (_name, behaviour, reason, detail) => {
    server.behaviour = behaviour;
    const { parser } = make();
    const p = await parser.parseAsync(THINGY, ctx);
    expect(p).toEqual(parser.parse(THINGY, ctx));
    expect(failures()).toHaveLength(1);
    expect(failures()[0]).toMatchObject({ level: 40, llm: { model: 'test-model', reason, ...detail } });
  });

  test.each<[string, ChatServerBehaviour]>([
    ['no answer at all', { kind: 'hang' }],
    ['headers, then a body that never ends', { kind: 'hangAfterHeaders' }],
  ])('should give up at the time-out on %s, keep the deterministic parse and log it', async (_name, behaviour) => {
    server.behaviour = behaviour;
    // The test's own time limit is the check that the turn does not wait for the server.
    const { parser } = make(200);
    const p = await parser.parseAsync(THINGY, ctx);
    expect(p).toEqual(parser.parse(THINGY, ctx));
    expect(failures()).toHaveLength(1);
    expect(failures()[0]).toMatchObject({ level: 40, llm: { reason: 'timeout' } });
  });

  test('should keep the deterministic parse and log it when the server refuses the connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { parser } = make(2000, `http://127.0.0.1:${port}/v1`);
    const p = await parser.parseAsync(THINGY, ctx);
    expect(p).toEqual(parser.parse(THINGY, ctx));
    expect(failures()).toHaveLength(1);
    expect(failures()[0]).toMatchObject({ level: 40, llm: { reason: 'connection', cause: 'ECONNREFUSED' } });
  });

  test.each<[string, string, Partial<LlmAnswer>, string]>([
    ['a place the message does not name', THINGY, { destination: { name: 'Reykjavik', country: 'IS' } }, 'not named in the message'],
    ['a place the message says is wrong', 'gimme the lowdown on the thingy, not Lyon, Marseille', { origin: { name: 'Lyon', country: 'FR' } }, 'negated in the message'],
  ])('should drop %s and log it', async (_name, text, reading, reason) => {
    server.behaviour = answer(reading);
    const p = await make().parser.parseAsync(text, ctx);
    expect(p).toMatchObject({ intent: 'track_shipment', origin: null, destination: null });
    expect(log.lines.filter((l) => l.msg === 'LLM place dropped')).toEqual([expect.objectContaining({ level: 40, llm: expect.objectContaining({ reason }) })]);
  });

  test("should not replace what the rules found, nor take numbers from the model's answer", async () => {
    const text = 'gimme the lowdown on the thingy my cousin in Lyon sent';
    server.behaviour = {
      kind: 'answer',
      content: JSON.stringify({
        intent: 'lost_or_delayed',
        confidence: 0.9,
        origin: null,
        destination: { name: 'Paris', country: 'FR' },
        dateRange: null,
        trackingNumbers: ['1Z999AA10123456784'],
        accountNumber: 'A1B2C3',
      }),
    };
    const p = await make().parser.parseAsync(text, ctx);
    expect(p).toMatchObject({ intent: 'lost_or_delayed', destination: { name: 'Lyon', country: 'FR' }, trackingNumbers: [], accountNumber: null });
  });

  test('should keep the deterministic parse when the model answers out_of_scope', async () => {
    server.behaviour = answer({ intent: 'out_of_scope', confidence: 0.99 });
    const { parser } = make();
    expect(await parser.parseAsync(THINGY, ctx)).toEqual(parser.parse(THINGY, ctx));
    expect(failures()).toEqual([]);
  });

  test('should be off unless OPENAI_BASE_URL is set, and say once that it is on, without the key', () => {
    expect(createLlmExtractorFromConfig(loadConfig({}), log.logger)).toBeUndefined();
    expect(createLlmExtractorFromConfig(loadConfig({ OPENAI_MODEL: 'm', OPENAI_API_KEY: 'sk-secret-key' }), log.logger)).toBeUndefined();
    expect(log.lines).toEqual([]);
    const config = loadConfig({ OPENAI_BASE_URL: baseURL, OPENAI_MODEL: 'qwen2.5', OPENAI_API_KEY: 'sk-secret-key', OPENAI_TIMEOUT_MS: '800' });
    expect(createLlmExtractorFromConfig(config, log.logger)).toBeInstanceOf(OpenAiLlmExtractor);
    expect(log.lines).toEqual([expect.objectContaining({ level: 30, msg: 'LLM extractor on', llm: { host: new URL(baseURL).host, model: 'qwen2.5', timeoutMs: 800 } })]);
    expect(log.text()).not.toContain('sk-secret-key');
  });

  test.each([
    ['a base URL that is not http(s)', { OPENAI_BASE_URL: 'ftp://127.0.0.1/v1', OPENAI_MODEL: 'm' }, /OPENAI_BASE_URL: must be the http\(s\) base URL/],
    ['a base URL without its model', { OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1' }, /OPENAI_MODEL: required/],
    ['a time-out under 100 ms', { OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1', OPENAI_MODEL: 'm', OPENAI_TIMEOUT_MS: '5' }, /OPENAI_TIMEOUT_MS/],
  ])('should refuse to start with %s', (_name, env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
