/** Reads a transcript file in any supported format into the model (foreign formats via native text). */
import { readFile } from 'node:fs/promises';
import { botFrameworkToNative } from './botFrameworkFormat.ts';
import { chatdownToNative } from './chatdownFormat.ts';
import type { Transcript } from './model.ts';
import { NATIVE_EXTENSION, parseNative } from './nativeFormat.ts';

/** File endings the runner picks up in a folder. */
export const TRANSCRIPT_EXTENSIONS: readonly string[] = [NATIVE_EXTENSION, '.transcript', '.chat'];

export function isTranscriptFile(path: string): boolean {
  return TRANSCRIPT_EXTENSIONS.some((e) => path.endsWith(e));
}

export function formatOf(path: string): Transcript['format'] {
  if (path.endsWith('.transcript')) return 'botframework';
  if (path.endsWith('.chat')) return 'chatdown';
  return 'native';
}

/** Parses transcript text; foreign formats are converted to native text first, keeping their line numbers. */
export function parseTranscript(text: string, file: string): Transcript {
  const format = formatOf(file);
  if (format === 'native') return parseNative(text, file);
  const converted = format === 'botframework' ? botFrameworkToNative(text, file) : chatdownToNative(text, file);
  const t = parseNative(converted.lines.join('\n'), file);
  return { ...t, format, originLine: (n) => converted.origin[n] ?? 1 };
}

export async function loadTranscript(file: string): Promise<Transcript> {
  return parseTranscript(await readFile(file, 'utf8'), file);
}
