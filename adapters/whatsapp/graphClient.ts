/**
 * The Graph API calls the channel makes, with the access token as the bearer: send a message
 * (`POST /{phone-number-id}/messages`) and fetch media (`GET /{media-id}` for a short-lived URL,
 * then `GET <url>` with the same bearer).
 */
import { z } from 'zod';
import type { WhatsAppConfig } from '../../src/config.ts';
import { KeepAliveHttp, type HttpRequest, type HttpResponse } from '../shared/keepAliveHttp.ts';
import { GRAPH_TIMEOUT_MS, MAX_MEDIA_BYTES } from './constants.ts';
import { GraphApiError, WhatsAppErrors, describeIssues } from './errors.ts';
import type { WhatsAppMessageBody } from './render.ts';

const SendResponse = z.looseObject({
  messages: z.array(z.looseObject({ id: z.string().min(1) })).min(1),
});

const MediaInfo = z.looseObject({
  url: z.string().url(),
  mime_type: z.string().min(1),
  sha256: z.string().optional(),
  file_size: z.union([z.number(), z.string()]).optional(),
  id: z.string().optional(),
});
export type MediaInfo = z.infer<typeof MediaInfo>;

export interface DownloadedMedia {
  data: Buffer;
  contentType: string;
}

/** Sends to the Graph API at once at most; more wait for a pooled connection (the outbox runs 16). */
const GRAPH_CONNECTIONS = 16;

export class GraphApiClient {
  private readonly http: KeepAliveHttp;

  constructor(
    private readonly config: Pick<WhatsAppConfig, 'graphUrl' | 'accessToken'>,
    timeoutMs = GRAPH_TIMEOUT_MS,
  ) {
    this.http = new KeepAliveHttp({ maxSockets: GRAPH_CONNECTIONS, timeoutMs });
  }

  /** Sends one message from the business number; returns the wamid Meta assigned. */
  async sendMessage(phoneNumberId: string, body: WhatsAppMessageBody): Promise<string> {
    const res = await this.call(`${this.config.graphUrl}/${encodeURIComponent(phoneNumberId)}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const parsed = SendResponse.safeParse(readJson(res, 'send message'));
    if (!parsed.success) throw WhatsAppErrors.graphUnreadable('send message', describeIssues(parsed.error));
    return parsed.data.messages[0]!.id;
  }

  /** Downloads a customer's file: its URL from the media endpoint, then the bytes. */
  async downloadMedia(mediaId: string): Promise<DownloadedMedia & { info: MediaInfo }> {
    const res = await this.call(`${this.config.graphUrl}/${encodeURIComponent(mediaId)}`, { method: 'GET' });
    const parsed = MediaInfo.safeParse(readJson(res, 'media URL'));
    if (!parsed.success) throw WhatsAppErrors.graphUnreadable('media URL', describeIssues(parsed.error));
    const declared = Number(parsed.data.file_size ?? 0);
    if (declared > MAX_MEDIA_BYTES) throw WhatsAppErrors.mediaTooLarge(declared, MAX_MEDIA_BYTES);
    // One byte over the limit is enough to know the file is too large.
    const file = await this.call(parsed.data.url, { method: 'GET', maxBytes: MAX_MEDIA_BYTES + 1 }, () => WhatsAppErrors.mediaTooLarge(MAX_MEDIA_BYTES + 1, MAX_MEDIA_BYTES));
    const data = file.body;
    if (data.length > MAX_MEDIA_BYTES) throw WhatsAppErrors.mediaTooLarge(data.length, MAX_MEDIA_BYTES);
    return { data, contentType: parsed.data.mime_type, info: parsed.data };
  }

  /** Closes the pooled connections. */
  close(): void {
    this.http.close();
  }

  private async call(url: string, request: HttpRequest, tooLarge?: () => GraphApiError): Promise<HttpResponse> {
    let res: HttpResponse;
    try {
      res = await this.http.request(url, { ...request, headers: { ...request.headers, authorization: `Bearer ${this.config.accessToken}` } });
    } catch (error) {
      if (tooLarge && request.maxBytes !== undefined && /larger than/.test((error as Error).message)) throw tooLarge();
      throw new GraphApiError(503, undefined, `Graph API unreachable: ${(error as Error).message}`);
    }
    if (res.status < 200 || res.status > 299) {
      let body: unknown = null;
      try {
        body = readJson(res, 'error');
      } catch {
        // Not JSON: the status says enough.
      }
      throw WhatsAppErrors.graph(res.status, body);
    }
    return res;
  }
}

function readJson(res: HttpResponse, what: string): unknown {
  try {
    return JSON.parse(res.body.toString('utf8')) as unknown;
  } catch {
    throw WhatsAppErrors.graphUnreadable(what, `not JSON (HTTP ${res.status})`);
  }
}
