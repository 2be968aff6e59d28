/**
 * The discourse oracle alone, for debugging the dialog without the rest of the bench:
 *   node --import tsx src/evaluation/conversations/cli.ts [--class correction] [--language zh] [--per 25] [--seed 14] [--verbose]
 * Prints the pass rates, the follow-ups' own rates, the metamorphic agreement and the causes; with
 * --verbose every failing conversation and every metamorphic disagreement.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { LANGUAGES } from '../../nlu/types.ts';
import { followUpRates, formatCauses, formatDisagreements, formatFailures, formatTable, formatTopicTable, metamorphicRates, passRates } from './report.ts';
import { runSuite } from './suite.ts';
import { CONVERSATION_CLASSES } from './types.ts';

const Options = z.object({
  class: z.enum(CONVERSATION_CLASSES).optional(),
  language: z.enum(LANGUAGES as ['en', 'zh', 'es']).optional(),
  per: z.coerce.number().int().positive().default(25),
  seed: z.coerce.number().int().default(14),
  verbose: z.boolean().default(false),
});

const { values } = parseArgs({
  options: { class: { type: 'string' }, language: { type: 'string' }, per: { type: 'string' }, seed: { type: 'string' }, verbose: { type: 'boolean' } },
});
const options = Options.parse(values);
const { results } = await runSuite({
  seed: options.seed,
  perClassLanguage: options.per,
  ...(options.class ? { classes: [options.class] } : {}),
  handwritten: !options.class || options.class === 'handwritten' || options.class === 'holdout' || options.class === 'holdout2' || options.class === 'holdout3',
});
const chosen = results.filter((r) => (!options.class || r.spec.class === options.class) && (!options.language || r.spec.language === options.language));
const tables = [passRates(chosen), followUpRates(chosen), metamorphicRates(chosen)].map(formatTable);
if (chosen.some((r) => r.spec.topic)) tables.push(formatTopicTable(chosen));
process.stdout.write(`${tables.join('\n\n')}\n\n${formatCauses(chosen)}\n`);
if (options.verbose) process.stdout.write(`\n${formatFailures(chosen)}\n\n${formatDisagreements(chosen)}\n`);
