import type { Choice } from '../../activity.ts';
import type { RunResult } from '../resolveRunner.ts';

/** One message, with choices when there are any. */
export function say(text: string, choices?: Choice[]): RunResult {
  return { replies: [choices ? { type: 'message', text, choices } : { type: 'message', text }] };
}
