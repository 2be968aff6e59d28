/**
 * `npm test` replays the whole transcripts/ suite on every channel with a replay driver (web chat,
 * WhatsApp, WeChat): the same files must pass on each, rendered the channel's way.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expandTranscriptPaths, SUITE_DIR } from '../../src/transcripts/files.ts';
import { REPLAY_DRIVERS } from '../../adapters/registry.ts';
import { formatResult, TranscriptReplayer } from '../../src/transcripts/runner.ts';

/** The drivers the composition root passes to the replay, by channel. */
const CHANNEL_DRIVERS = new Map(REPLAY_DRIVERS.drivers.map((d) => [d.channel, d]));

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = await expandTranscriptPaths([SUITE_DIR], root);

describe('the transcripts/ suite', () => {
  let replayer: TranscriptReplayer;
  beforeAll(() => {
    replayer = TranscriptReplayer.create(REPLAY_DRIVERS);
  });
  afterAll(() => replayer?.close());

  test('should hold transcripts for every flow in English and Chinese', () => {
    for (const flow of ['greeting', 'help', 'tracking', 'out_of_scope']) {
      for (const lang of ['en', 'zh']) expect(files.some((f) => f.startsWith(`${SUITE_DIR}/${flow}/${lang}/`)), `${flow}/${lang}`).toBe(true);
    }
  });

  test('should replay on web chat, WhatsApp and WeChat', () => {
    expect([...CHANNEL_DRIVERS.keys()]).toEqual(['webchat', 'whatsapp', 'wechat']);
  });

  // Each file on every channel (--channel all), the channels of one file side by side.
  test.each(files)('should replay %s as written on every channel', async (file) => {
    const results = await replayer.runFile(`${root}${file}`, 'all');
    expect(results.map((r) => r.channel)).toEqual([...CHANNEL_DRIVERS.keys()]);
    for (const r of results) expect(r.passed, formatResult(r)).toBe(true);
  });
});
