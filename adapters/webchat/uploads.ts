/**
 * Direct Line attachments: `POST /conversations/{id}/upload?userId=` (multipart/form-data, as Web
 * Chat's attach button sends it: one or more `file` parts and an optional `activity` part), and the
 * route that shows an uploaded file back to the conversation it belongs to.
 */
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import busboy from 'busboy';
import type { Attachment } from '../../src/activity.ts';
import type { MediaRecord } from '../../src/store/records.ts';
import type { HttpError } from '../../src/server/errors.ts';
import { WebChatErrors } from './errors.ts';

/** What one upload may carry. */
export const UPLOAD_LIMITS = Object.freeze({ maxFiles: 5, maxFileBytes: 10 * 1024 * 1024, maxActivityBytes: 64 * 1024 });

export interface UploadedFile {
  fileName: string | null;
  contentType: string;
  data: Buffer;
}

export interface UploadBody {
  files: UploadedFile[];
  /** The `activity` part, parsed as JSON, if the client sent one. */
  activity: unknown;
}

/** Reads a multipart upload; too large a file is a 413, a body that is not multipart a 400. */
export function readUpload(req: Request): Promise<UploadBody> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: UPLOAD_LIMITS.maxFiles, fileSize: UPLOAD_LIMITS.maxFileBytes, fieldSize: UPLOAD_LIMITS.maxActivityBytes },
      });
    } catch (error) {
      reject(WebChatErrors.notMultipart((error as Error).message));
      return;
    }
    const files: UploadedFile[] = [];
    let activityText: string | null = null;
    let failure: HttpError | null = null;
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        failure ??= WebChatErrors.fileTooLarge(UPLOAD_LIMITS.maxFileBytes);
      });
      stream.on('close', () => {
        const data = Buffer.concat(chunks);
        // Direct Line clients send the activity as a part named "activity" (application/vnd.microsoft.activity).
        if (name === 'activity') activityText = data.toString('utf8');
        else files.push({ fileName: info.filename || null, contentType: info.mimeType || 'application/octet-stream', data });
      });
    });
    parser.on('field', (name, value) => {
      if (name === 'activity') activityText = value;
    });
    parser.on('filesLimit', () => {
      failure ??= WebChatErrors.tooManyFiles(UPLOAD_LIMITS.maxFiles);
    });
    parser.on('error', (error: Error) => reject(WebChatErrors.malformedUpload(error.message)));
    parser.on('close', () => {
      if (failure) return reject(failure);
      if (!files.length) return reject(WebChatErrors.noFilePart());
      let activity: unknown = undefined;
      if (activityText !== null) {
        try {
          activity = JSON.parse(activityText);
        } catch (error) {
          return reject(WebChatErrors.activityPartNotJson((error as Error).message));
        }
      }
      resolve({ files, activity });
    });
    req.pipe(parser);
  });
}

/** A new id for an uploaded file: random, so the file's address cannot be guessed. */
export function newUploadId(): string {
  return `upload-${randomUUID()}`;
}

/** The channel-neutral attachment for a stored file: the core sees `media:<id>`, as with every channel. */
export function attachmentOf(media: MediaRecord): Attachment {
  return {
    contentType: media.contentType,
    contentUrl: `media:${media.id}`,
    ...(media.fileName ? { name: media.fileName } : {}),
    content: { mediaId: media.id, sizeBytes: media.sizeBytes, sha256: media.sha256 },
  };
}

/** Where Web Chat can show a stored file of this conversation (same origin, so no CORS). */
export function mediaUrlFor(conversationId: string, mediaId: string): string {
  return `/v3/directline/conversations/${encodeURIComponent(conversationId)}/media/${encodeURIComponent(mediaId)}`;
}
