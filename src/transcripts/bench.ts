/**
 * Transcript replay throughput: the suite's files copied until there are 500 in a temporary folder,
 * replayed like `carrier-assist replay` (worker threads, one per core). Target: under a minute on 2 cores.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandTranscriptPaths } from './files.ts';
import type { ReplayDriverSource } from './channelDrivers.ts';
import { runTranscripts } from './runner.ts';

const SUITE = fileURLToPath(new URL('../../transcripts', import.meta.url));

export async function runTranscriptBench(out: NodeJS.WritableStream, drivers: ReplayDriverSource, count = 500): Promise<void> {
  const sources = (await expandTranscriptPaths(['.'], SUITE)).filter((f) => f.endsWith('.convo.txt'));
  if (!sources.length) {
    out.write('(no transcripts in transcripts/)\n');
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'transcript-bench-'));
  try {
    let turns = 0;
    const files: string[] = [];
    for (let i = 0; i < count; i++) {
      const source = sources[i % sources.length]!;
      const text = await readFile(join(SUITE, source), 'utf8');
      turns += text.split('\n').filter((l) => /^(user|user clicks|user sends attachment|user submits):/.test(l)).length + 1;
      const file = join(dir, `${String(i).padStart(3, '0')}-${source.replace(/\//g, '_')}`);
      await writeFile(file, text, 'utf8');
      files.push(file);
    }
    const workers = availableParallelism();
    const started = performance.now();
    const results = await runTranscripts(files, drivers, { workers });
    const seconds = (performance.now() - started) / 1000;
    const passed = results.filter((r) => r.passed).length;
    out.write(
      [
        `| transcripts | turns (incl. opening) | workers | wall time | per transcript | passed |`,
        `|---|---|---|---|---|---|`,
        `| ${files.length} (copies of ${sources.length} suite files) | ${turns} | ${workers} | ${seconds.toFixed(1)} s | ${((seconds * 1000) / files.length).toFixed(0)} ms | ${passed}/${results.length} |`,
        '',
      ].join('\n'),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

