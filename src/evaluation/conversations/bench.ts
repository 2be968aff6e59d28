/** The bench section "Conversations (discourse oracle)": the whole generated set, rates per class and language. */
import { z } from 'zod';
import { followUpRates, formatCauses, formatDisagreements, formatFailures, formatTable, formatTopicTable, metamorphicRates } from './report.ts';
import { MOMENTS, REQUIRED_PASS_RATE, runSuite } from './suite.ts';

/** Per class, language and moment: 11 classes × 3 languages × 4 moments × 25 = 3,300, plus the hand-written ones. */
const BENCH_PER_CLASS_LANGUAGE = 25;
const BENCH_SEED = 14;

/** CONVERSATIONS_VERBOSE comes from the environment: checked, not trusted. */
const VerboseFlag = z.enum(['', '0', '1', 'false', 'true']).default('');

/** Whether to print every failing conversation: `bench --verbose` or CONVERSATIONS_VERBOSE=1. */
export function wantsVerbose(args: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const flag = VerboseFlag.parse(env.CONVERSATIONS_VERBOSE);
  return args.includes('--verbose') || flag === '1' || flag === 'true';
}

/** Prints the table and, when `verbose`, every failing conversation with its turns. */
export async function runConversationBench(out: NodeJS.WritableStream, verbose: boolean): Promise<void> {
  const started = performance.now();
  const { results, rates } = await runSuite({ seed: BENCH_SEED, perClassLanguage: BENCH_PER_CLASS_LANGUAGE, moments: MOMENTS });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  out.write(`${results.length} conversations over ${MOMENTS.length} moments in ${seconds} s; required: ${(100 * REQUIRED_PASS_RATE).toFixed(0)}% in every class and language.\n\n`);
  out.write(`${formatTable(rates)}\n`);
  out.write('\nThe last turn alone, where the turns before it passed (the follow-up apart from the lookup that set it up):\n\n');
  out.write(`${formatTable(followUpRates(results))}\n`);
  out.write('\nMetamorphic agreement, right or wrong (after_prefix: as asked fresh; typo: as without the slip; language: en = zh = es):\n\n');
  out.write(`${formatTable(metamorphicRates(results))}\n`);
  out.write('\nThe third held-out set (holdout3, issue 15) by topic, reported, not required (src/evaluation/conversations/HOLDOUT3.md):\n\n');
  out.write(`${formatTopicTable(results.filter((r) => r.spec.class === 'holdout3'))}\n`);
  out.write('\nMost frequent causes of failure:\n\n');
  out.write(`${formatCauses(results)}\n`);
  if (verbose) out.write(`\n${formatFailures(results)}\n\nMetamorphic disagreements:\n${formatDisagreements(results)}\n`);
  else out.write('\n(failing conversations: npm run bench -- --verbose, or CONVERSATIONS_VERBOSE=1)\n');
}
