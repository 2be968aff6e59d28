import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server answers the next requests. */
export type ChatServerBehaviour =
  /** 200 with a chat completion whose message content is `content`. */
  | { kind: 'answer'; content: string }
  /** 200 with a chat completion whose message is a refusal (structured outputs). */
  | { kind: 'refusal'; refusal: string }
  /** `status` with an OpenAI-style error body. */
  | { kind: 'status'; status: number }
  /** 200 with this body as is, under this content type. */
  | { kind: 'raw'; contentType: string; body: string }
  /** No answer at all until the server stops. */
  | { kind: 'hang' }
  /** The status line and headers, then nothing of the body until the server stops. */
  | { kind: 'hangAfterHeaders' };

export interface ChatRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/**
 * A local OpenAI-compatible server on 127.0.0.1: POST /v1/chat/completions answered with the
 * documented response shape (id, object "chat.completion", created, model, choices[].message,
 * finish_reason, usage), as scripted by `behaviour`. It records every request.
 */
export class ChatCompletionsServer {
  behaviour: ChatServerBehaviour = { kind: 'answer', content: '{}' };
  readonly requests: ChatRequest[] = [];
  private server: Server | undefined;
  private readonly held: ServerResponse[] = [];

  /** Starts on a free port; answers the base URL to configure (…/v1). */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    this.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: JSON.parse(raw || '{}') as Record<string, unknown> });
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));
      return;
    }
    const b = this.behaviour;
    switch (b.kind) {
      case 'hang':
        this.held.push(res);
        return;
      case 'hangAfterHeaders':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"id":"chatcmpl-slow",');
        this.held.push(res);
        return;
      case 'status':
        res.writeHead(b.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'the model is overloaded', type: 'server_error' } }));
        return;
      case 'raw':
        res.writeHead(200, { 'content-type': b.contentType }).end(b.body);
        return;
      case 'answer':
      case 'refusal':
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: 'chatcmpl-local',
            object: 'chat.completion',
            created: 1_700_000_000,
            model: String((this.requests.at(-1)!.body.model as string | undefined) ?? 'local'),
            choices: [
              {
                index: 0,
                finish_reason: 'stop',
                logprobs: null,
                message:
                  b.kind === 'answer'
                    ? { role: 'assistant', content: b.content, refusal: null }
                    : { role: 'assistant', content: null, refusal: b.refusal },
              },
            ],
            usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 },
          }),
        );
    }
  }
}
