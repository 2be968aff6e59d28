import type { Configuration, ParsingContext, Span } from './types.ts';

/** The chrono-node loop: every extractor in order, then every refiner in order. */
export function runPipeline(config: Configuration, ctx: ParsingContext): Span[] {
  return runPipelineOver(config, [ctx])[0]!;
}

/**
 * runPipeline for several messages of one language, stage by stage: each extractor over every
 * message, then each refiner, so one stage's code and tables stay warm across a batch. Each
 * message's spans are what runPipeline gives it alone (extractors and refiners see one message).
 */
export function runPipelineOver(config: Configuration, ctxs: readonly ParsingContext[]): Span[][] {
  const all: Span[][] = ctxs.map(() => []);
  for (const extractor of config.extractors) {
    for (let i = 0; i < ctxs.length; i++) {
      const spans = all[i]!;
      for (const s of extractor.extract(ctxs[i]!)) spans.push(s);
    }
  }
  for (const spans of all) spans.sort((a, b) => a.index - b.index || b.end - a.end);
  for (const refiner of config.refiners) {
    for (let i = 0; i < ctxs.length; i++) all[i] = refiner.refine(ctxs[i]!, all[i]!);
  }
  return all;
}
