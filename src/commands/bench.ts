/** `carrier-assist bench` (= npm run bench): every benchmark the project reports, printed as figures. */
export async function bench(_args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { runNluBench } = await import('../nlu/bench.ts');
  out.write('# carrier-assist benchmarks\n\n## Intent and entity parser\n');
  await runNluBench(out);
  return 0;
}
