import { expect, test } from 'vitest';
import { testSingleCase } from './helpers.ts';

// Now is Thu 2025-03-20. A misspelt period word still names the period (found by an outside tester:
// "la semana pasda" was no date, so every parcel to the city was counted).
test.each([
  ['es', 'Europe/Madrid', 'que envios hice a Lima la semana pasda', { from: '2025-03-10', to: '2025-03-16' }],
  ['es', 'Europe/Madrid', 'los paquetes del mes pasdo', { from: '2025-02-01', to: '2025-02-28' }],
  ['es', 'Europe/Madrid', 'lo que mandé esta semnaa', { from: '2025-03-17', to: '2025-03-23' }],
  ['en', 'America/New_York', 'what did I send to Lima lats week', { from: '2025-03-10', to: '2025-03-16' }],
  ['en', 'America/New_York', 'parcels from last mnoth', { from: '2025-02-01', to: '2025-02-28' }],
  ['en', 'America/New_York', 'my parcels of the previuos week', { from: '2025-03-10', to: '2025-03-16' }],
])('(%s, %s) should read the period in "%s" through its typo', (_, zone, text, range) => {
  testSingleCase(text, zone, (p) => expect(p.dateRange).toEqual(range));
});

// Neighbours of period words that are no typo of a whole period phrase stay as they are.
test.each([
  ['en', 'America/New_York', 'please list the parcels'],
  ['en', 'America/New_York', 'the weak spot of the box'],
  ['es', 'Europe/Madrid', 'la caja pesada'],
])('(%s, %s) should find no date in "%s"', (_, zone, text) => {
  testSingleCase(text, zone, (p) => expect(p.dateRange).toBeNull());
});
