/**
 * The promise QA relies on: change one reply and exactly the transcripts that contain it fail, each
 * with a diff naming the file and line; `--update` then rewrites them so they pass, keeping comments.
 * Runs on temporary copies of the suite, with the reply changed in memory only.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { textsFor } from '../../src/dialog/texts/index.ts';
import { expandTranscriptPaths } from '../../src/transcripts/files.ts';
import { REPLAY_DRIVERS } from '../../adapters/registry.ts';
import { TranscriptReplayer, type TranscriptResult } from '../../src/transcripts/runner.ts';
import { updateTranscripts } from '../../src/transcripts/update.ts';

const suite = fileURLToPath(new URL('../../transcripts', import.meta.url));
const en = textsFor('en');
const ORIGINAL = en.thanks;
const CHANGED = 'My pleasure! Is there anything else I can help with?';

describe('a deliberate change in one reply', () => {
  let dir: string;
  let files: string[];
  let replayer: TranscriptReplayer;
  const runAll = async (): Promise<TranscriptResult[]> => (await Promise.all(files.map((f) => replayer.runFile(f)))).flat();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'transcripts-'));
    await cp(suite, dir, { recursive: true });
    files = (await expandTranscriptPaths(['.'], dir)).map((f) => join(dir, f));
    replayer = TranscriptReplayer.create(REPLAY_DRIVERS);
  });
  afterAll(async () => {
    en.thanks = ORIGINAL;
    await replayer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('should fail exactly the transcripts containing it, with a diff naming file and line, until --update', async () => {
    const containing = new Map<string, number>();
    for (const f of files) {
      const lines = (await readFile(f, 'utf8')).split('\n');
      const at = lines.findIndex((l) => l === `bot: ${ORIGINAL}`);
      if (at >= 0) containing.set(f, at + 1);
    }
    expect(containing.size).toBeGreaterThan(0);
    expect(containing.size).toBeLessThan(files.length);

    en.thanks = CHANGED;
    try {
      const results = await runAll();
      const failed = results.filter((r) => !r.passed);
      expect(failed.map((r) => r.file).sort()).toEqual([...containing.keys()].sort());
      for (const r of failed) {
        const line = containing.get(r.file)!;
        expect(r.failures).toEqual([{ line, message: `the bot said "${CHANGED}"` }]);
        expect(r.diff).toContain(`--- ${r.file}\n+++ ${r.file} (replayed on webchat)`);
        expect(r.diff).toMatch(new RegExp(`@@ -\\d+,\\d+ \\+\\d+,\\d+ @@`));
        // The reply may be the last line of the file, with nothing after it.
        expect(r.diff).toContain(`\n-bot: ${ORIGINAL}\n+bot: ${CHANGED}`);
      }

      const before = await Promise.all(failed.map((r) => readFile(r.file, 'utf8')));
      const outcome = await updateTranscripts(results);
      expect(outcome.updated.sort()).toEqual([...containing.keys()].sort());
      const after = await Promise.all(failed.map((r) => readFile(r.file, 'utf8')));
      after.forEach((text, k) => {
        // Only the changed reply differs: comments, checks and layout stay.
        expect(text).toBe(before[k]!.replace(`bot: ${ORIGINAL}`, `bot: ${CHANGED}`));
      });
      expect((await runAll()).filter((r) => !r.passed)).toEqual([]);
    } finally {
      en.thanks = ORIGINAL;
    }
    // It replays the whole suite twice: its duration grows with the suite and the machine's load, and is no check.
  }, 180_000);
});
