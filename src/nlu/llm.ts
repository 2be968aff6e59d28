import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Config } from '../config.ts';
import { ChatCompletionSchema, LlmAnswerSchema, RESPONSE_FORMAT, type LlmAnswer } from './llmAnswer.ts';
import { llmInput } from './llmInput.ts';
import { mergeLlmAnswer } from './llmMerge.ts';
import type { LlmExtractor, Parse, ParseContext } from './types.ts';

export { LlmAnswerSchema, type LlmAnswer } from './llmAnswer.ts';

export interface LlmExtractorOptions {
  baseURL: string;
  apiKey: string;
  model: string;
  /** The longest a turn waits for the model; past it the deterministic parse stands. */
  timeoutMs: number;
}

/** Why a call to the model gave nothing usable; each is one structured log line. */
export type LlmFailureReason =
  | 'timeout'
  | 'connection'
  | 'http_status'
  | 'bad_response'
  | 'refusal'
  | 'no_content'
  | 'invalid_json'
  | 'invalid_answer'
  | 'unexpected';

/** A failed call with its reason and what to log about it. */
class LlmFailure extends Error {
  constructor(
    readonly reason: LlmFailureReason,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(reason);
    this.name = 'LlmFailure';
  }
}

/**
 * The optional LLM extractor: any OpenAI-compatible chat-completions endpoint, structured output
 * checked with zod, bounded by a deadline the turn never waits past. It sees only the message
 * (numbers and e-mail addresses masked) and today's date and zone, never account data. It may change
 * the intent and fill places or dates the rules missed; tracking and account numbers always come from
 * the deterministic extractors. Every failure is one warn line and a null answer (the parse stands).
 */
export class OpenAiLlmExtractor implements LlmExtractor {
  private readonly client: OpenAI;

  constructor(
    private readonly options: LlmExtractorOptions,
    private readonly logger: Logger,
  ) {
    this.client = new OpenAI({ baseURL: options.baseURL, apiKey: options.apiKey, timeout: options.timeoutMs, maxRetries: 0 });
  }

  async refine(text: string, ctx: ParseContext, deterministic: Parse): Promise<Parse | null> {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    try {
      const answer = await this.ask(text, ctx, deterministic);
      const merged = mergeLlmAnswer(deterministic, answer, text);
      for (const d of merged?.dropped ?? []) {
        this.logger.warn({ llm: { model: this.options.model, field: d.field, place: d.place, reason: d.reason } }, 'LLM place dropped');
      }
      this.logger.debug({ llm: { model: this.options.model, intent: answer.intent, used: merged !== null, ms: ms() } }, 'LLM extractor answered');
      return merged?.parse ?? null;
    } catch (error) {
      const failure = failureOf(error);
      const line = { llm: { model: this.options.model, reason: failure.reason, ...failure.detail, ms: ms() } };
      // A failure of the model or its server is expected now and then; anything else is a bug of ours.
      if (failure.reason === 'unexpected') this.logger.error({ ...line, err: error }, 'LLM extractor failed; the deterministic parse stands');
      else this.logger.warn(line, 'LLM extractor failed; the deterministic parse stands');
      return null;
    }
  }

  /** One chat completion, its answer checked; throws an LlmFailure (or the client's error) otherwise. */
  private async ask(text: string, ctx: ParseContext, deterministic: Parse): Promise<LlmAnswer> {
    const { timeoutMs, model } = this.options;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Our own deadline as well as the client's: its timeout does not cover reading a slow body.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new LlmFailure('timeout', { timeoutMs }));
        controller.abort();
      }, timeoutMs);
    });
    try {
      const request = this.client.chat.completions.create(
        {
          model,
          temperature: 0,
          response_format: RESPONSE_FORMAT as unknown as OpenAI.ResponseFormatJSONSchema,
          messages: llmInput(text, ctx, deterministic).messages,
        },
        { signal: controller.signal },
      );
      const response: unknown = await Promise.race([request, deadline]);
      return answerOf(response);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The model's answer in a chat completion response, or the failure that says what was wrong with it. */
function answerOf(response: unknown): LlmAnswer {
  const completion = ChatCompletionSchema.safeParse(response);
  if (!completion.success) throw new LlmFailure('bad_response', { issues: issuesOf(completion.error) });
  const choice = completion.data.choices[0]!;
  if (choice.message.refusal) throw new LlmFailure('refusal', { refusal: choice.message.refusal.slice(0, 200) });
  const content = choice.message.content;
  if (!content) throw new LlmFailure('no_content', { finishReason: choice.finish_reason ?? null });
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new LlmFailure('invalid_json', { finishReason: choice.finish_reason ?? null, length: content.length });
  }
  const answer = LlmAnswerSchema.safeParse(json);
  if (!answer.success) throw new LlmFailure('invalid_answer', { issues: issuesOf(answer.error) });
  return answer.data;
}

/** What any error thrown by a call means, as a failure (the openai client's errors mapped by kind). */
function failureOf(error: unknown): LlmFailure {
  if (error instanceof LlmFailure) return error;
  // Our deadline aborts the request; the client's own timeout may fire first.
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) return new LlmFailure('timeout');
  if (error instanceof APIConnectionError) return new LlmFailure('connection', { cause: causeOf(error) });
  if (error instanceof APIError && error.status !== undefined) return new LlmFailure('http_status', { status: error.status });
  // The client reads a body labelled JSON with response.json(): a broken one is a SyntaxError.
  if (error instanceof SyntaxError) return new LlmFailure('bad_response', { issues: ['body is not JSON'] });
  return new LlmFailure('unexpected', { error: error instanceof Error ? error.message : String(error) });
}

function causeOf(error: Error): string {
  const cause = error.cause as { code?: unknown; cause?: { code?: unknown }; message?: unknown } | undefined;
  const code = cause?.code ?? cause?.cause?.code;
  return typeof code === 'string' ? code : typeof cause?.message === 'string' ? cause.message : error.message;
}

/** The first few zod issues as "path: message", for a log line. */
function issuesOf(error: z.ZodError): string[] {
  return error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

/**
 * The extractor OPENAI_BASE_URL / OPENAI_MODEL configure, or undefined (off) when they are not set.
 * Logs once that it is on, with the endpoint's host and the model (never the key).
 */
export function createLlmExtractorFromConfig(config: Pick<Config, 'openai'>, logger: Logger): LlmExtractor | undefined {
  if (!config.openai) return undefined;
  const { baseURL, model, timeoutMs } = config.openai;
  logger.info({ llm: { host: new URL(baseURL).host, model, timeoutMs } }, 'LLM extractor on');
  return new OpenAiLlmExtractor(config.openai, logger);
}
