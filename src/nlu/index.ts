import { Parser } from './Parser.ts';
import type { LlmExtractor, NluParser } from './types.ts';

export type { IntentName, Language, LlmExtractor, NluParser, Parse, ParseContext, Place, DateRange } from './types.ts';
export { INTENT_NAMES, LANGUAGES } from './types.ts';
export { Parser, isUnsure, LLM_CONFIDENCE_THRESHOLD } from './Parser.ts';

/**
 * The NLU parser. `parse` is synchronous, deterministic and offline; `parseAsync` also asks the
 * optional LLM extractor when the deterministic parse is unsure. Build one per process: it trains
 * the intent classifier at construction (milliseconds) and loads the gazetteer on first use.
 */
export function createParser(options: { llm?: LlmExtractor } = {}): NluParser {
  return new Parser(undefined, options.llm);
}
