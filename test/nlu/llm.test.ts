import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createParser } from '../../src/nlu/index.ts';
import { OpenAiLlmExtractor, createLlmExtractorFromConfig } from '../../src/nlu/llm.ts';
import { NOW } from './helpers.ts';

type Behaviour = { kind: 'answer'; content: string } | { kind: 'status'; status: number } | { kind: 'hang' };

/** A local stand-in for an OpenAI-compatible server: POST /v1/chat/completions, scripted answers. */
class FakeChatServer {
  private server: Server | undefined;
  behaviour: Behaviour = { kind: 'answer', content: '{}' };
  readonly requests: { path: string; body: Record<string, unknown> }[] = [];
  private readonly hanging: ServerResponse[] = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    this.requests.push({ path: req.url ?? '', body: JSON.parse(raw || '{}') });
    const b = this.behaviour;
    if (b.kind === 'hang') {
      this.hanging.push(res);
      return;
    }
    if (b.kind === 'status') {
      res.writeHead(b.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'boom', type: 'server_error' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: 0,
        model: 'test-model',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: b.content } }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    );
  }
}

const ctx = { now: NOW, timeZone: 'Europe/London' };

describe('LLM extractor through the openai client', () => {
  const server = new FakeChatServer();
  let baseURL = '';

  beforeAll(async () => {
    baseURL = await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });

  const make = (timeoutMs = 2000) => {
    const llm = new OpenAiLlmExtractor({ baseURL, apiKey: 'test', model: 'test-model', timeoutMs });
    return { llm, parser: createParser({ llm }) };
  };

  test('should use a valid structured answer when the deterministic parse is unsure', async () => {
    server.behaviour = {
      kind: 'answer',
      content: JSON.stringify({
        intent: 'track_shipment',
        confidence: 0.8,
        origin: null,
        destination: { name: 'Reykjavik', country: 'IS' },
        dateRange: null,
      }),
    };
    const before = server.requests.length;
    const p = await make().parser.parseAsync('gimme the lowdown on the thingy I popped over to my cousin', ctx);
    expect(server.requests.length).toBe(before + 1);
    const req = server.requests.at(-1)!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.body.model).toBe('test-model');
    expect((req.body.response_format as { type: string }).type).toBe('json_schema');
    expect(p.intent).toBe('track_shipment');
    expect(p.confidence).toBe(0.8);
    expect(p.destination).toEqual({ name: 'Reykjavík', country: 'IS' });
  });

  test('should not call the model when the deterministic parse is sure', async () => {
    const before = server.requests.length;
    const p = await make().parser.parseAsync('where is my package 1Z999AA10123456784', ctx);
    expect(server.requests.length).toBe(before);
    expect(p.intent).toBe('track_shipment');
  });

  test.each([
    ['not JSON', { kind: 'answer', content: 'sure! here you go' } as Behaviour],
    ['JSON of the wrong shape', { kind: 'answer', content: JSON.stringify({ intent: 'fly_to_moon', confidence: 2 }) } as Behaviour],
    ['an HTTP 500', { kind: 'status', status: 500 } as Behaviour],
  ])('should fall back to the deterministic parse on %s', async (_name, behaviour) => {
    server.behaviour = behaviour;
    const { parser } = make();
    const text = 'gimme the lowdown on the thingy';
    const p = await parser.parseAsync(text, ctx);
    expect(p).toEqual(parser.parse(text, ctx));
  });

  test('should fall back when the server does not answer in time', async () => {
    server.behaviour = { kind: 'hang' };
    const { parser } = make(300);
    const text = 'gimme the lowdown on the thingy';
    const started = Date.now();
    const p = await parser.parseAsync(text, ctx);
    expect(p).toEqual(parser.parse(text, ctx));
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('should be off when OPENAI_BASE_URL is not configured', () => {
    expect(createLlmExtractorFromConfig({ openai: undefined })).toBeUndefined();
    expect(createLlmExtractorFromConfig({ openai: { baseURL, apiKey: 'k', model: 'm', timeoutMs: 1000 } })).toBeInstanceOf(OpenAiLlmExtractor);
  });
});
