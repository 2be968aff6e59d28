/**
 * "y el de México?" after "¿dónde está mi paquete a Berlín?" is the parcel TO that place, as "and the
 * one to Mexico City?" is in English: Spanish "el de X" names a parcel by a place without saying which
 * end, so a follow-up reads it in the role the previous question used (found by outside testers: it was
 * read as the origin, with the old destination kept, and nothing was found). The expected parcels come
 * from a plain filter over the demo data (the oracle).
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('loose-origin');

const lucia = () => data().shipments.filter((s) => s.accountNumber === '6M1S5E');

test.each([
  ['es', '¿dónde está mi paquete a Berlín?', 'y el de Ciudad de México?'],
  ['es', 'hola, donde esta mi paquete a Berlin que mande el miercoles', 'y el de Mexico?'],
  ['es', 'donde esta mi paquete a Berlin', 'y lo de Ciudad de México?'],
  ['en', 'where is my parcel to Berlin?', 'and the one to Mexico City?'],
])('(%s) "%s" then "%s" should show the parcel to Mexico City', async (_, first, followUp) => {
  const toMexico = lucia().filter((s) => s.destination.city === 'Mexico City');
  expect(toMexico).toHaveLength(1);
  expect(lucia().filter((s) => s.origin.city === 'Mexico City')).toHaveLength(0);
  const [, said] = await conversation([first, followUp], 'u-lucia');
  expect(said).toContain(toMexico[0]!.trackingNumber);
});

test.each([
  ['es', '¿dónde está mi paquete a Ámsterdam?', 'y el de Madrid?'],
  ['en', 'where is my parcel to Amsterdam?', 'and the one to Madrid?'],
])('(%s) "%s" then "%s" should list the parcels to Madrid, not those from it', async (_, first, followUp) => {
  const toMadrid = lucia().filter((s) => s.destination.city === 'Madrid');
  expect(toMadrid.length).toBeGreaterThan(0);
  expect(toMadrid.length).toBeLessThanOrEqual(5);
  const [, said] = await conversation([first, followUp], 'u-lucia');
  for (const s of toMadrid) expect(said).toContain(s.trackingNumber);
  for (const s of lucia().filter((x) => x.destination.city !== 'Madrid')) expect(said).not.toContain(s.trackingNumber);
});
