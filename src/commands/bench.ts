/** `carrier-assist bench` (= npm run bench): every benchmark the project reports, printed as figures. */
export async function bench(args: string[], out: NodeJS.WritableStream): Promise<number> {
  out.write('# carrier-assist benchmarks\n\n## Intent and entity parser\n');
  const { runNluBench } = await import('../nlu/bench.ts');
  await runNluBench(out);
  out.write('\n## Conversation turns on the enterprise account\n');
  const { runTurnBench } = await import('./turnBench.ts');
  await runTurnBench(out);
  out.write('\n## WhatsApp turns over HTTP (durable inbox and outbox on)\n');
  const { runWebhookBench } = await import('./webhookBench.ts');
  await runWebhookBench(out);
  out.write('\n## The SQLite log under writes that never pause\n');
  const { runWalBench } = await import('./walBench.ts');
  await runWalBench(out);
  out.write('\n## Several instances: one and two on PostgreSQL beside one on SQLite\n');
  const { runInstancesBench } = await import('./instancesBench.ts');
  await runInstancesBench(out);
  out.write('\n## Transcript replay\n');
  const { runTranscriptBench } = await import('../transcripts/bench.ts');
  const { REPLAY_DRIVERS } = await import('../../adapters/registry.ts');
  await runTranscriptBench(out, REPLAY_DRIVERS);
  out.write('\n## Conversations (discourse oracle)\n');
  const { runConversationBench, wantsVerbose } = await import('../evaluation/conversations/bench.ts');
  await runConversationBench(out, wantsVerbose(args));
  return 0;
}
