/**
 * Which files a flow takes from the customer (customs documents, photos of damage): allowed types and
 * a size limit per use, checked one file at a time. Files a channel stored arrive as `media:<id>`, and
 * their size is read from store.media; a link only has a size when the channel sent one.
 */
import type { Attachment, Reply } from '../../../activity.ts';
import type { MediaRepository } from '../../../store/store.ts';

export interface UploadRules {
  /** MIME types taken, lower case. */
  readonly allowedTypes: readonly string[];
  readonly maxBytes: number;
}

const MB = 1024 * 1024;

/** Customs documents: PDFs and photos or scans of them. */
export const DOCUMENT_UPLOADS: UploadRules = Object.freeze({
  allowedTypes: ['application/pdf', 'image/jpeg', 'image/png', 'image/heic', 'image/webp', 'image/tiff'],
  maxBytes: 10 * MB,
});

/** Photos of a damaged parcel, its contents and label. */
export const PHOTO_UPLOADS: UploadRules = Object.freeze({
  allowedTypes: ['image/jpeg', 'image/png', 'image/heic', 'image/webp'],
  maxBytes: 10 * MB,
});

/** A file name's extension read as its type, for channels that send `application/octet-stream`. */
const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = Object.freeze({
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  webp: 'image/webp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
});

/** Attachments that are the bot's own rich content, not files the customer sent. */
const CARD_TYPE = /^application\/vnd\.microsoft\.card\./;

export interface UploadFile {
  contentType: string;
  name: string | null;
  sizeBytes: number | null;
}

export type UploadCheck = { ok: true; contentType: string } | { ok: false; reason: 'type' | 'size' };

/** Checks one file against the rules: its type (or its name's extension when the type is generic), then its size. */
export function checkUpload(file: UploadFile, rules: UploadRules): UploadCheck {
  let type = file.contentType.toLowerCase().split(';')[0]!.trim();
  if (type === 'application/octet-stream' || type === '') {
    const ext = file.name?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
    type = (ext && TYPES_BY_EXTENSION[ext]) || type;
  }
  if (!rules.allowedTypes.includes(type)) return { ok: false, reason: 'type' };
  if (file.sizeBytes !== null && file.sizeBytes > rules.maxBytes) return { ok: false, reason: 'size' };
  return { ok: true, contentType: type };
}

export interface AcceptedUpload {
  contentUrl: string;
  contentType: string;
  fileName: string | null;
  sizeBytes: number | null;
}

export interface RefusedUpload {
  fileName: string;
  reason: 'type' | 'size';
}

/** The customer's files on one message, sorted into taken and refused (with the reason). */
export async function sortUploads(
  attachments: readonly Attachment[],
  media: MediaRepository,
  rules: UploadRules,
): Promise<{ accepted: AcceptedUpload[]; refused: RefusedUpload[] }> {
  const accepted: AcceptedUpload[] = [];
  const refused: RefusedUpload[] = [];
  for (const a of attachments) {
    if (CARD_TYPE.test(a.contentType) || !a.contentUrl) continue;
    const stored = a.contentUrl.startsWith('media:') ? await media.get(a.contentUrl.slice('media:'.length)) : null;
    const file: UploadFile = {
      contentType: stored?.contentType ?? a.contentType,
      name: a.name ?? stored?.fileName ?? null,
      sizeBytes: stored?.sizeBytes ?? null,
    };
    const check = checkUpload(file, rules);
    if (check.ok) accepted.push({ contentUrl: a.contentUrl, contentType: check.contentType, fileName: file.name, sizeBytes: file.sizeBytes });
    else refused.push({ fileName: file.name ?? '', reason: check.reason });
  }
  return { accepted, refused };
}

/** Megabytes for a refusal message ("10 MB"). */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

/** The sentences a flow refuses a file with. */
export interface RefusalTexts {
  refusedType(name: string): string;
  refusedSize(name: string, limit: string): string;
  unnamedFile: string;
}

/** One message per refused file: its type is not taken, or it is larger than `maxBytes`. */
export function refusals(refused: readonly RefusedUpload[], t: RefusalTexts, maxBytes: number): Reply[] {
  return refused.map((r) => {
    const name = r.fileName || t.unnamedFile;
    return { type: 'message', text: r.reason === 'type' ? t.refusedType(name) : t.refusedSize(name, megabytes(maxBytes)) };
  });
}
