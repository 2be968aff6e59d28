/**
 * "Is it delayed?", "它怎么还没揽收？", "¿lleva retraso?" about a parcel whose label was created but that the network has
 * not received (status label_created): not "on its way and on time" but that it is not on its way yet, since when
 * its label exists, and its expected delivery (outside tester round 9, Z10: "正在运输中且未延误" for a parcel nobody
 * had picked up). The parcels are the demo's label-only ones, found by a plain filter; the question asked of the
 * number and of "it" after the number gives the same answer, in en/zh/es.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('label-only');

const NOT_ON_ITS_WAY = { en: 'is not on its way yet', zh: '还没有开始运输', es: 'todavía no está en camino' } as const;
const ON_TIME = { en: 'on its way and on time', zh: '正在运输中且未延误', es: 'va en camino y sin retraso' } as const;
type Lang = keyof typeof NOT_ON_ITS_WAY;

/** Zhang's parcels with only a label (account 4E0V1P in the small demo). */
function labelOnly(): string[] {
  const found = data().shipments.filter((s) => s.accountNumber === '4E0V1P' && s.status === 'label_created').map((s) => s.trackingNumber);
  expect(found.length).toBeGreaterThan(0);
  return found;
}

const ASKED: [Lang, (n: string) => string, string][] = [
  ['en', (n) => `is ${n} delayed?`, 'is it delayed?'],
  ['zh', (n) => `${n} 延误了吗？`, '它怎么还没揽收？'],
  ['es', (n) => `¿${n} lleva retraso?`, '¿por qué todavía no lo han recogido?'],
];

test.each(ASKED)('(%s) should say a label-only parcel is not on its way yet, not that it is on time', async (lang, ofNumber, ofIt) => {
  for (const parcel of labelOnly()) {
    for (const said of [(await conversation([ofNumber(parcel)], 'u-zhang')).at(-1)!, (await conversation([ofNumber(parcel), ofIt], 'u-zhang')).at(-1)!]) {
      expect(said).toContain(parcel);
      expect(said).toContain(NOT_ON_ITS_WAY[lang]);
      expect(said).not.toContain(ON_TIME[lang]);
    }
  }
});

const TRACKED = { en: (n: string) => `track ${n}`, zh: (n: string) => `帮我查一下${n}`, es: (n: string) => `rastrea el paquete ${n}` } as const;

test.each(ASKED)('(%s) should answer the same asked of the number and of it after the parcel was tracked', async (lang, ofNumber, ofIt) => {
  const parcel = labelOnly()[0]!;
  const fresh = (await conversation([ofNumber(parcel)], 'u-zhang')).at(-1)!;
  const after = (await conversation([TRACKED[lang](parcel), ofIt], 'u-zhang')).at(-1)!;
  expect(after).toBe(fresh);
});
