/**
 * A delivery change waiting for its next step (the access-point chooser, "what do you want to change?") does not
 * swallow a different question (found by an outside tester, round 8 P2: six questions in a row got the chooser again,
 * and "伦敦那个清关了吗" the change menu). The question is answered as it is fresh (a property), nothing is written, the
 * change is offered back, and a yes brings its question again. The parcel comes from the demo data by a plain filter:
 * Alice's parcel on its way whose service allows every change and whose city has several access points.
 */
import { describe, expect, test } from 'vitest';
import { accessPointsFor, changesAllowed } from '../../src/dialog/flows/changeDelivery/deliveryRules.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, app, conversation } = demoConversations('beside-delivery-step');

const ACCOUNT = '5W8A3K';
function changeable() {
  const s = data().shipments
    .filter((p) => p.accountNumber === ACCOUNT && p.status === 'in_transit' && changesAllowed(p.serviceCode).length === 4)
    .find((p) => accessPointsFor(p.destination.city, p.destination.country).length > 1);
  return s!;
}

const OFFERED_BACK = { en: /Shall we go back/u, zh: /要回到/u, es: /¿Seguimos con/u } as const;
const YES = { en: 'yes', zh: '好的', es: 'sí' } as const;

const CASES = [
  ['en', 'the access-point chooser', 'whats our account number', (n: string) => `can ${n} go to an access point instead?`],
  ['en', 'the access-point chooser', 'how many parcels did we send last week?', (n: string) => `can ${n} go to an access point instead?`],
  ['en', 'the change menu', 'whats our account number', (n: string) => `I want to change the delivery of ${n}`],
  ['zh', 'the access-point chooser', '我们的账户号码是多少', (n: string) => `${n}能改送到UPS取件点吗`],
  ['zh', 'the change menu', '上周寄了多少个包裹', (n: string) => `我想修改${n}的派送`],
  ['es', 'the change menu', '¿cuántos paquetes enviamos la semana pasada?', (n: string) => `quiero cambiar la entrega de ${n}`],
] as const;

describe('a question beside a pending delivery-change step', () => {
  test('the data: a parcel on its way that can go to one of several access points', () => {
    expect(changeable()).toBeDefined();
  });

  test.each(CASES)('(%s) under %s, "%s" … the question is answered as fresh and the change offered back', async (lang, _step, question, request) => {
    const n = changeable().trackingNumber;
    const [fresh] = await conversation([question]);
    const said = await conversation([request(n), question, YES[lang]]);
    expect(said[0]).toContain(n);
    expect(said[1]).toContain(fresh);
    expect(said[1]).toMatch(OFFERED_BACK[lang]);
    // The yes goes back to the step that was waiting: its question again, nothing written meanwhile.
    expect(said[2]).toBe(said[0]);
    expect(await app().store.deliveryChanges.listForParcel(n)).toEqual([]);
  });
});

describe('a customs question while a driver instruction waits for its yes', () => {
  test('(zh) "<city>那个清关了吗" is the customs question as fresh, not the instruction asked again', async () => {
    const { trackingNumber: n, destination } = changeable();
    const question = `${destination.city}那个清关了吗`;
    const [fresh] = await conversation([question]);
    const said = await conversation([`${n}能放邻居家吗`, question]);
    expect(said[0]).toContain('放邻居家');
    expect(said[1]).toContain(fresh);
    expect(said[1]).not.toMatch(/快递员怎么做|添加派送说明/u);
    expect(await app().store.deliveryInstructions.listForParcel(n)).toEqual([]);
  });
});
