/**
 * The Graph API calls the channel makes, with the access token as the bearer: send a message
 * (`POST /{phone-number-id}/messages`) and fetch media (`GET /{media-id}` for a short-lived URL,
 * then `GET <url>` with the same bearer).
 */
import { z } from 'zod';
import type { WhatsAppConfig } from '../../src/config.ts';
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

export class GraphApiClient {
  constructor(
    private readonly config: Pick<WhatsAppConfig, 'graphUrl' | 'accessToken'>,
    private readonly timeoutMs = GRAPH_TIMEOUT_MS,
  ) {}

  /** Sends one message from the business number; returns the wamid Meta assigned. */
  async sendMessage(phoneNumberId: string, body: WhatsAppMessageBody): Promise<string> {
    const res = await this.call(`${this.config.graphUrl}/${encodeURIComponent(phoneNumberId)}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const parsed = SendResponse.safeParse(await readJson(res, 'send message'));
    if (!parsed.success) throw WhatsAppErrors.graphUnreadable('send message', describeIssues(parsed.error));
    return parsed.data.messages[0]!.id;
  }

  /** Downloads a customer's file: its URL from the media endpoint, then the bytes. */
  async downloadMedia(mediaId: string): Promise<DownloadedMedia & { info: MediaInfo }> {
    const res = await this.call(`${this.config.graphUrl}/${encodeURIComponent(mediaId)}`, { method: 'GET' });
    const parsed = MediaInfo.safeParse(await readJson(res, 'media URL'));
    if (!parsed.success) throw WhatsAppErrors.graphUnreadable('media URL', describeIssues(parsed.error));
    const declared = Number(parsed.data.file_size ?? 0);
    if (declared > MAX_MEDIA_BYTES) throw WhatsAppErrors.mediaTooLarge(declared, MAX_MEDIA_BYTES);
    const file = await this.call(parsed.data.url, { method: 'GET' });
    const data = Buffer.from(await file.arrayBuffer());
    if (data.length > MAX_MEDIA_BYTES) throw WhatsAppErrors.mediaTooLarge(data.length, MAX_MEDIA_BYTES);
    return { data, contentType: parsed.data.mime_type, info: parsed.data };
  }

  private async call(url: string, init: RequestInit): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${this.config.accessToken}` },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new GraphApiError(503, undefined, `Graph API unreachable: ${(error as Error).message}`);
    }
    if (!res.ok) throw WhatsAppErrors.graph(res.status, await readJson(res, 'error').catch(() => null));
    return res;
  }
}

async function readJson(res: Response, what: string): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw WhatsAppErrors.graphUnreadable(what, `not JSON (HTTP ${res.status})`);
  }
}
