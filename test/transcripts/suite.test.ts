/** `npm test` replays the whole transcripts/ suite: every file must pass on its header's channel. */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expandTranscriptPaths, SUITE_DIR } from '../../src/transcripts/files.ts';
import { formatResult, TranscriptReplayer } from '../../src/transcripts/runner.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = await expandTranscriptPaths([SUITE_DIR], root);

describe('the transcripts/ suite', () => {
  let replayer: TranscriptReplayer;
  beforeAll(() => {
    replayer = TranscriptReplayer.create();
  });
  afterAll(() => replayer?.close());

  test('should hold transcripts for every flow in English and Chinese', () => {
    for (const flow of ['greeting', 'help', 'tracking', 'out_of_scope']) {
      for (const lang of ['en', 'zh']) expect(files.some((f) => f.startsWith(`${SUITE_DIR}/${flow}/${lang}/`)), `${flow}/${lang}`).toBe(true);
    }
  });

  test.each(files)('should replay %s as written', async (file) => {
    const results = await replayer.runFile(`${root}${file}`);
    for (const r of results) expect(r.passed, formatResult(r)).toBe(true);
  });
});
