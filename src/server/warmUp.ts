/**
 * Warms the code a first turn would otherwise pay for, once the port listens and before /readyz says
 * ready: the gazetteer (built on first use, about a second), its small towns (loaded on the first
 * place it does not know), the classifier and the date parser, in every language. Without it the
 * first customers after a start waited 0.3–1 s for their answer (issue 16).
 */
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import type { NluParser } from '../nlu/types.ts';

/**
 * Made-up messages that reach every extractor: greetings, tracking and account numbers, dates,
 * well-known places and a small town (which loads the rest of the gazetteer).
 */
export const WARM_UP_TEXTS: readonly string[] = Object.freeze([
  'hi there',
  'my parcel 1Z999AA10123456784 has not arrived since last Monday',
  'the shipment from Rotterdam to Lyon, account A1B2C3, was due on 3 March',
  'a box sent from Tiel to Assen two days ago',
  '你好，我的包裹1Z999AA10123456784从上海寄到北京，昨天应该到',
  'hola, mi paquete de Madrid a Sevilla llegaba el martes pasado',
]);

/**
 * Parses the warm-up messages one at a time, letting requests in between (webhooks keep being
 * accepted while the server warms). Returns the milliseconds it took.
 */
export async function warmUp(parser: NluParser, timeZone: string, now: Date): Promise<number> {
  const started = performance.now();
  for (const text of WARM_UP_TEXTS) {
    parser.parse(text, { now, timeZone });
    await yieldToRequests();
  }
  return performance.now() - started;
}
