/** The warm-up after a start (issue 16: the first turns as fast as the others). */
import pino from 'pino';
import { describe, expect, it, test } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { getGazetteer } from '../../src/geo/Gazetteer.ts';
import { createParser } from '../../src/nlu/index.ts';
import { WARM_UP_TEXTS, residentSettled, warmUp, warmUpTurns } from '../../src/server/warmUp.ts';
import { openStore } from '../../src/store/openStore.ts';

const NOW = new Date('2026-03-20T09:00:00.000Z');

describe('warmUp', () => {
  test('should leave the gazetteer whole, small towns included, so no customer turn loads it', async () => {
    await warmUp(createParser(), 'Europe/London', NOW);
    const gazetteer = getGazetteer();
    expect(gazetteer.lazyLoadMs).not.toBeNull();
    expect(gazetteer.loadedCityCount).toBeGreaterThanOrEqual(gazetteer.cityCount);
  });

  test.each([
    ['en', 2, { tracking: false, origin: 'Rotterdam', destination: 'Lyon', date: true }],
    ['zh', 4, { tracking: true, origin: 'Shanghai', destination: 'Beijing', date: true }],
    ['es', 5, { tracking: false, origin: 'Madrid', destination: 'Sevilla', date: true }],
  ])('should reach the extractors in %s (message %i)', (language, index, expected) => {
    const parse = createParser().parse(WARM_UP_TEXTS[index]!, { now: NOW, timeZone: 'Europe/London' });
    expect({
      language: parse.language,
      tracking: parse.trackingNumbers.length > 0,
      origin: parse.origin?.name,
      destination: parse.destination?.name,
      date: parse.dateRange !== null,
    }).toEqual({ language, ...expected });
  });

  test('should run every warm-up message as a whole turn, answered, on the pipeline it is given', async () => {
    const scratch = await buildApp({ config: loadConfig({}), clock: new FixedClock(NOW), logger: pino({ level: 'silent' }), store: await openStore('sqlite::memory:') });
    await warmUpTurns(scratch.pipeline, NOW);
    for (const [i] of WARM_UP_TEXTS.entries()) {
      const stored = await scratch.store.activities.list(`warmup:${i}`);
      expect(stored.filter((a) => a.direction === 'in')).toHaveLength(5);
      expect(stored.some((a) => a.direction === 'out' && a.activity.type === 'message')).toBe(true);
    }
    await scratch.close();
  });
});

describe('residentSettled', () => {
  const MB = 1 << 20;
  const reader = (mb: number[]) => {
    let i = 0;
    return () => mb[Math.min(i++, mb.length - 1)]! * MB;
  };

  it.each([
    { name: 'waits for the background release, then stops once it is flat', readings: [271, 271, 240, 224, 224, 224, 224, 200], settled: 224 },
    { name: 'counts a fall under 1 MB as flat', readings: [250, 249.6, 249.3, 249.1, 100], settled: 249.1 },
    { name: 'a rise is flat too (the server took work meanwhile)', readings: [230, 231, 232, 233, 100], settled: 233 },
  ])('$name', async ({ readings, settled }) => {
    expect(await residentSettled(60_000, reader(readings))).toBe(settled * MB);
  });

  it('gives up after maxMs when the size keeps falling', async () => {
    let mb = 10_000;
    const last = await residentSettled(200, () => (mb -= 5) * MB);
    expect(last).toBeGreaterThan(0);
    expect(last).toBe(mb * MB);
  });
});
