/**
 * The alert offers the fix (en/zh/es): customs hold → upload documents (the customs flow), address
 * problem → correct the address (the delivery-change flow), damage → a claim (the damage flow), loss
 * → a trace (the lost-or-delayed flow). Picking the choice starts that flow on that parcel. Alice
 * (demo data) subscribes in her language; the alert comes from the status-change listener.
 */
import { expect, test } from 'vitest';
import type { ExceptionKind } from '../../src/shipments/exceptionKinds.ts';
import { DEMO_EVENTS } from '../../src/commands/demoAlert.ts';
import { useDemoAssistant } from '../dialog/demoAssistant.ts';

const demo = useDemoAssistant();
const say = (conversationId: string, id: string, text: string) => demo.say(conversationId, id, text);

const SUBSCRIBE = { en: 'tell me when {P} arrives', zh: '{P} 到了告诉我', es: 'avísame cuando llegue el {P}' } as const;

let n = 0;
test.each([
  ['en', 'customs_hold', 'Upload documents', 'customs_help'],
  ['zh', 'customs_hold', '上传清关文件', 'customs_help'],
  ['es', 'customs_hold', 'Subir documentos', 'customs_help'],
  ['en', 'address_problem', 'Correct the address', 'change_delivery'],
  ['zh', 'address_problem', '修改收货地址', 'change_delivery'],
  ['es', 'address_problem', 'Corregir dirección', 'change_delivery'],
  ['en', 'damaged', 'Open a damage claim', 'damaged_package'],
  ['zh', 'damaged', '申请破损理赔', 'damaged_package'],
  ['es', 'damaged', 'Reclamar por daños', 'damaged_package'],
  ['en', 'lost', 'Open a trace', 'lost_or_delayed'],
  ['zh', 'lost', '帮我查件', 'lost_or_delayed'],
  ['es', 'lost', 'Abrir investigación', 'lost_or_delayed'],
] as const)('(%s) should offer the fix of %s as "%s", and start %s on the parcel when it is picked', async (lang, exception, label, flow) => {
  const parcel = demo.data.shipments.filter((s) => s.accountNumber === '5W8A3K' && s.status === 'in_transit')[n % 4]!.trackingNumber;
  const id = `fix-${++n}`;
  await say(id, `${id}-0`, SUBSCRIBE[lang].replace('{P}', parcel));
  const seen = (await demo.app.store.activities.list(id)).length;
  const e = DEMO_EVENTS[exception as ExceptionKind];
  await demo.app.alerts.statusChanged({
    trackingNumber: parcel,
    from: 'in_transit',
    to: 'exception',
    event: { trackingNumber: parcel, seq: 90 + n, at: `2026-03-20T08:${String(n).padStart(2, '0')}:00.000Z`, status: 'exception', code: e.type, description: e.description, city: 'LOUISVILLE', country: 'US' },
  });
  const [alert] = (await demo.app.store.activities.list(id)).slice(seen).map((a) => a.activity);
  expect(alert!.text).toContain(parcel);
  expect(alert!.suggestedActions?.actions.map((a) => a.title)).toEqual([label]);
  const picked = alert!.suggestedActions!.actions[0]!.value as string;
  const answer = await say(id, `${id}-1`, picked);
  expect(answer.intents[0]).toBe(flow);
  expect(answer.text).toContain(parcel);
});
