import { describe, expect, test } from 'vitest';
import { asksForTrackingNumber, asksToLink, clockTimes, containsWord, labelledTime, namesRole } from '../../../src/evaluation/conversations/replyText.ts';

describe('the words of a reply, as a customer reads them', () => {
  test.each([
    { text: 'Expected delivery: Wed, 25 Mar 2026, 19:00 (New York time).', minutes: [19 * 60] },
    { text: 'It should arrive by 7:00 PM local time in Toronto.', minutes: [19 * 60] },
    { text: 'out for delivery around 7pm', minutes: [19 * 60] },
    { text: '预计送达：3月25日周三 晚上7点（多伦多时间）', minutes: [19 * 60] },
    { text: '最新动态：2026年3月5日 01:53，美国安克雷奇', minutes: [1 * 60 + 53] },
    { text: 'Entrega prevista: miércoles a las 7 de la tarde', minutes: [19 * 60] },
    { text: '12:00 AM and 12:30 p.m.', minutes: [0, 12 * 60 + 30] },
  ])('should read the clock times in "$text"', ({ text, minutes }) => {
    expect(clockTimes(text).map((t) => t.minutes)).toEqual(minutes);
  });

  test.each([
    { text: 'Expected delivery: Wed, 25 Mar 2026, 19:00 New York time.', ok: true },
    { text: 'Expected delivery in New York: Wed 25 Mar, 7:00 PM.', ok: true },
    { text: '预计送达：纽约当地时间 3月25日周三 19:00', ok: true },
    // The customer's own time, beside no place: the carrier's commitment is lost.
    { text: 'Expected delivery: Thu, 26 Mar 2026, 07:00.', ok: false },
    // The right clock time, but nothing says where it is.
    { text: 'Expected delivery: Wed, 25 Mar 2026, 19:00.', ok: false },
  ])('should judge "$text" as labelled: $ok', ({ text, ok }) => {
    expect(labelledTime(text, '19:00', ['New York', '纽约', 'Nueva York'])).toBe(ok);
  });

  test.each([
    { text: 'To look at your parcels I need to link this chat to your account first. What is the e-mail address on your account?', link: true, tracking: false },
    { text: '查询前需要先将本聊天绑定到您的账户。请告诉我账户登记的电子邮箱。', link: true, tracking: false },
    { text: 'Para consultar tus envíos primero tengo que vincular este chat a tu cuenta.', link: true, tracking: false },
    { text: '好的，请提供运单号（以 1Z 开头）。', link: false, tracking: true },
    { text: 'Send me the tracking number and I will look.', link: false, tracking: true },
    { text: 'Envíame el número de seguimiento, por favor.', link: false, tracking: true },
    { text: 'Customs usually needs a commercial invoice, a packing list and a certificate of origin.', link: false, tracking: false },
  ])('should tell whether "$text" asks to link or for a tracking number', ({ text, link, tracking }) => {
    expect(asksToLink(text)).toBe(link);
    expect(asksForTrackingNumber(text)).toBe(tracking);
  });

  test.each([
    { text: 'Disputing an invoice needs the Dispute role.', role: 'Dispute' as const, ok: true },
    { text: '对账单提出异议需要 Dispute 角色。', role: 'Dispute' as const, ok: true },
    { text: 'Reclamar una factura requiere el rol de Disputa.', role: 'Dispute' as const, ok: true },
    { text: 'Only an Admin can add users: Alice Martin.', role: 'Admin' as const, ok: true },
    { text: 'Sorry, I did not understand that.', role: 'Dispute' as const, ok: false },
    // A word inside another is no role: "Payment" is not "Pay".
    { text: 'Payment received, thank you.', role: 'Pay' as const, ok: false },
  ])('should find the $role role in "$text": $ok', ({ text, role, ok }) => {
    expect(namesRole(text, role)).toBe(ok);
  });

  test('should match Chinese amounts whatever the spacing, and Latin words whole', () => {
    expect(containsWord('500 万至 1000 万美元 2.5 万美元', '2.5万')).toBe(true);
    expect(containsWord('1.2 万美元', '2.5万')).toBe(false);
    expect(containsWord('INV-5W8A3K-260223 · overdue', 'INV-5W8A3K-260223')).toBe(true);
    expect(containsWord('free of charge', 'free')).toBe(true);
    expect(containsWord('carefree', 'free')).toBe(false);
  });
});
