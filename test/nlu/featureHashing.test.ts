import { describe, expect, test } from 'vitest';
import { INTENTS } from '../../intents/index.ts';
import { forEachFeatureHash, hashFeature } from '../../src/nlu/classifier/featureHashing.ts';
import { intentFeatures } from '../../src/nlu/classifier/intentFeatures.ts';
import { loadDevSets } from '../../src/nlu/dev/devSets.ts';

const EXTRA = [
  'Café São Paulo 1Z999AA10123456784 abc123 x',
  'İstanbul ñandú 寄到New York的包裹 😀 3/15',
  '한국어 텍스트',
  '',
  '   ',
  '000 12 a',
  // Accents folded one character at a time must equal the whole-string NFD path.
  '¿dónde está mi envío? ¡gracias! pingüino Ærøskøbing ßtraße',
  'cafe\u0301 con leche', // a combining mark: the whole-string path
  'ﬁle ǆ ångström Ωmega ｆｕｌｌ',
  'привет мир ελληνικά',
];

describe('hashed intent features', () => {
  test('should hash exactly the features intentFeatures lists, in its order', () => {
    const texts = [...loadDevSets().flatMap((s) => s.cases.map((c) => c.text)), ...INTENTS.flatMap((d) => Object.values(d.examples).flat()), ...EXTRA];
    for (const raw of texts) {
      const lower = raw.normalize('NFKC').toLowerCase();
      const hashed: string[] = [];
      forEachFeatureHash(lower, { feature: (a, b) => void hashed.push(`${a},${b}`) });
      expect([...new Set(hashed)], raw).toEqual(intentFeatures(lower).map((f) => hashFeature(f).join(',')));
    }
  });
});
