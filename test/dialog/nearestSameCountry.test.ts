/**
 * A city none of the account's parcels went to ("to Lyon" on an account that sends to Paris, "寄往大阪" on one that sends to
 * Tokyo): the closest offered are parcels to the same country, not the period's parcels to anywhere (a spot check: Lyon
 * in November gave parcels to Los Angeles, Berlin and Sydney; Osaka gave Toronto, New York and London). Expected parcels
 * from a plain filter over the demo data; the same fresh and as a correction of another city.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('nearest-same-country');

const offered = (said: string) => [...said.matchAll(/1Z[0-9A-Z]{16}/g)].map((m) => m[0]);

test.each<[string, string[], string, string]>([
  ['en fresh', ['where are the parcels we sent to lyon this month?'], 'Lyon', 'FR'],
  ['en correction', ['where are the parcels we sent to berlin this month?', 'sorry, I meant lyon'], 'Lyon', 'FR'],
  ['zh fresh', ['这个月寄到大阪的包裹到哪了'], 'Osaka', 'JP'],
  ['zh correction', ['这个月寄到东京的包裹到哪了', '不是东京，是大阪'], 'Osaka', 'JP'],
  ['es fresh', ['¿dónde están los paquetes que enviamos a Lyon este mes?'], 'Lyon', 'FR'],
  ['es correction', ['¿dónde están los paquetes que enviamos a Berlín este mes?', 'perdón, a Lyon'], 'Lyon', 'FR'],
])('(%s) should offer parcels to the same country when none ever went to the city', async (_, messages, city, country) => {
  const account = data().shipments.filter((s) => s.accountNumber === '5W8A3K');
  expect(account.filter((s) => s.destination.city === city)).toHaveLength(0);
  const sameCountry = new Set(account.filter((s) => s.destination.country === country).map((s) => s.trackingNumber));
  expect(sameCountry.size).toBeGreaterThan(0);
  const said = (await conversation(messages)).at(-1)!;
  const shown = offered(said);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((n) => !sameCountry.has(n))).toEqual([]);
});
