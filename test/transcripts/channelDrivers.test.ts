/**
 * The replay gets its channel drivers from the composition root (adapters/registry.ts), in this thread
 * as a list and in worker threads by the module URL the source names.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { REPLAY_DRIVERS } from '../../adapters/registry.ts';
import { ChannelDrivers, importReplayDrivers } from '../../src/transcripts/channelDrivers.ts';
import { runTranscripts } from '../../src/transcripts/runner.ts';

const greeting = fileURLToPath(new URL('../../transcripts/greeting/en/hello_thanks_goodbye.convo.txt', import.meta.url));

describe('the channel drivers', () => {
  test('should name the channels in the source’s order and find each driver', () => {
    const drivers = new ChannelDrivers(REPLAY_DRIVERS);
    expect(drivers.channels).toEqual(['webchat', 'whatsapp', 'wechat']);
    expect(drivers.get('wechat').channel).toBe('wechat');
    expect(drivers.has('terminal')).toBe(false);
  });

  test('should refuse a channel without a driver, naming the known ones', () => {
    expect(() => new ChannelDrivers(REPLAY_DRIVERS).get('telegram')).toThrow('no replay driver for channel "telegram" (known: webchat, whatsapp, wechat)');
  });

  test('should load the same source from the module it names (as a worker thread does)', async () => {
    const loaded = await importReplayDrivers(REPLAY_DRIVERS.moduleUrl);
    expect(loaded.drivers.map((d) => d.channel)).toEqual(['webchat', 'whatsapp', 'wechat']);
  });

  test('should refuse a module that exports no drivers', async () => {
    const notRegistry = new URL('../../src/transcripts/files.ts', import.meta.url).href;
    await expect(importReplayDrivers(notRegistry)).rejects.toThrow('exports no REPLAY_DRIVERS');
  });

  test('should replay in a worker thread with the drivers it imports', async () => {
    const results = await runTranscripts([greeting], REPLAY_DRIVERS, { workers: 1, channel: 'all' });
    expect(results.map((r) => [r.channel, r.passed])).toEqual([
      ['webchat', true],
      ['whatsapp', true],
      ['wechat', true],
    ]);
  }, 120_000);
});
