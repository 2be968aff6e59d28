import { scriptProfile } from './text/normalizeText.ts';

/** Longer messages are not chat; they are pasted documents or abuse. */
export const MAX_MESSAGE_CHARS = 2000;
/** Share of characters that must be Latin letters, Han or digits. */
const MIN_READABLE_SHARE = 0.5;

/** Why a message is not worth parsing (empty, huge, binary, emoji-only, other scripts), or null. */
export function rejectReason(text: string): string | null {
  if (text.trim().length === 0) return 'empty';
  if (text.length > MAX_MESSAGE_CHARS) return `longer than ${MAX_MESSAGE_CHARS} characters`;
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text)) return 'binary or control characters';
  const p = scriptProfile(text);
  const readable = p.han + p.latin + p.digits;
  // Digits alone may be a date ("3/15", "2025-03-15"); anything else without letters is not for us.
  if (p.han + p.latin === 0 && p.digits === 0) return 'no letters or digits we read';
  if (readable / Math.max(1, p.total) < MIN_READABLE_SHARE) return 'mostly characters of scripts we do not read';
  return null;
}
