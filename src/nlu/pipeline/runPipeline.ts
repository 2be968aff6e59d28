import type { Configuration, ParsingContext, Span } from './types.ts';

/** The chrono-node loop: every extractor in order, then every refiner in order. */
export function runPipeline(config: Configuration, ctx: ParsingContext): Span[] {
  let spans: Span[] = [];
  for (const extractor of config.extractors) {
    const found = extractor.extract(ctx);
    for (const s of found) spans.push(s);
  }
  spans.sort((a, b) => a.index - b.index || b.end - a.end);
  for (const refiner of config.refiners) spans = refiner.refine(ctx, spans);
  return spans;
}
