/** The server's heap policy (issue 16): the young generation stays small until the server is ready, then grows with load. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { START_SEMI_SPACE_GROWTH_FACTOR } from '../../src/server/heapPolicy.ts';

const PROBE = fileURLToPath(new URL('./heapPolicyProbe.ts', import.meta.url));
const probe = (mode: 'kept' | 'default'): { atStart: number; whileStarting: number; afterReady: number } =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', PROBE, mode], { encoding: 'utf8', timeout: 60_000 }));

describe('heapPolicy', () => {
  test('should keep the young generation at its smallest through a start, a worker thread started meanwhile included, then let it grow', () => {
    expect(START_SEMI_SPACE_GROWTH_FACTOR).toBe(1);
    const { atStart, whileStarting, afterReady } = probe('kept');
    // Not grown by the start's survivors (about 200 MB allocated); grown again once the default factor is back.
    expect(whileStarting).toBe(atStart);
    expect(afterReady).toBeGreaterThanOrEqual(4 * whileStarting);
  });

  test('should differ from V8 left alone, which grows the young generation during the same start', () => {
    const { atStart, whileStarting } = probe('default');
    expect(whileStarting).toBeGreaterThanOrEqual(4 * atStart);
  });
});
