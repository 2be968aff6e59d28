/**
 * "Hurry" words ask for speed, they describe no parcel (outside tester round 6, M16: "能不能加急" became the
 * Express service filter, "can you speed it up" a billing question). They are Parse.asks `speed_up` of a
 * parcel question; "加急件" (an Express parcel) stays the service.
 */
import { expect, test } from 'vitest';
import { testSingleCase } from './helpers.ts';

test.each([
  ['zh', '新加坡那个到哪了 怎么这么慢 能不能加急'],
  ['zh', '能不能加急'],
  ['en', 'can you speed it up?'],
  ['en', 'i need it there by friday can you speed it up'],
  ['es', '¿lo pueden acelerar?'],
  // A faster service asked for (outside tester round 8, P20).
  ['en', "it's urgent, can you make it go faster?"],
  ['en', 'can you upgrade it to a faster service?'],
  ['zh', '能升级成更快的服务吗'],
  ['es', '¿se puede pasar a un servicio más rápido?'],
])('(%s) should read "%s" as a hurry asked of a parcel, with no service filter', (_, text) => {
  testSingleCase(text, 'Asia/Shanghai', (p) => {
    expect(p.asks).toContain('speed_up');
    expect(p.serviceLevels).toEqual([]);
    expect(p.intent).toBe('track_shipment');
  });
});

test.each([
  ['zh', '我的加急件到了吗'],
  ['en', 'show me my express parcels'],
])('(%s) should keep "%s" a service filter', (_, text) => {
  testSingleCase(text, 'Asia/Shanghai', (p) => {
    expect(p.serviceLevels).toEqual(['express']);
    expect(p.asks ?? []).not.toContain('speed_up');
  });
});
