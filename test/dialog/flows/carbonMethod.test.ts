/**
 * "How is the carbon footprint calculated?", "碳排放是怎么计算的？", "¿cómo se calcula la huella de
 * carbono?" is answered with the method (weight, distance, transport mode, the GLEC Framework / ISO
 * 14083 factors) before the account's figures (found by an outside tester: only the figures were
 * given). Asking for the figures alone gives no method.
 */
import { expect, test } from 'vitest';
import { demoConversations } from '../demoAssistant.ts';

const { conversation } = demoConversations('carbon-method');

test.each([
  ['en', 'how do you calculate the carbon footprint of my shipments?', "what's our carbon footprint this month?"],
  ['zh', '碳排放是怎么计算的？', '我们这个月的碳排放是多少'],
  ['es', '¿cómo se calcula la huella de carbono de mis envíos?', '¿cuánto CO2 generaron mis envíos este mes?'],
])('(%s) should explain the method when asked how, and not when asked how much', async (_, how, howMuch) => {
  const [method] = await conversation([how], 'u-li');
  const [figures] = await conversation([howMuch], 'u-li');
  expect(method).toContain('ISO 14083');
  expect(method).toContain('5W8A3K');
  expect(figures).not.toContain('ISO 14083');
  expect(figures).toContain('5W8A3K');
});
