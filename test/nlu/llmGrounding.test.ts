import { describe, expect, test } from 'vitest';
import { canonicalPlace, placeNamedIn } from '../../src/nlu/llmGrounding.ts';
import type { Place } from '../../src/nlu/types.ts';

describe('a place the model reads must be named in the message', () => {
  test.each<[string, Place, string, boolean]>([
    ['accept its own name, accents aside', { name: 'Reykjavik', country: 'IS' }, 'my cousin in reykjavik', true],
    ['accept its own name, accents typed', { name: 'Sao Paulo', country: 'BR' }, 'the box to São Paulo', true],
    ['accept a Chinese name', { name: 'Los Angeles', country: 'US' }, '我的包裹在洛杉矶海关卡了五天', true],
    ['accept a Chinese name inside a sentence', { name: 'Beijing', country: 'CN' }, '寄到北京的那个', true],
    ['accept a Spanish name', { name: 'New York', country: 'US' }, 'mi paquete a Nueva York', true],
    ['accept a Spanish multi-word name', { name: 'Mexico City', country: 'MX' }, 'enviado a la Ciudad de México', true],
    ["accept a country's Spanish name", { name: 'Germany', country: 'DE' }, 'un paquete para Alemania', true],
    ['accept an airport code in capitals', { name: 'Shanghai', country: 'CN' }, 'it left PVG on Monday', true],
    ['reject a place the message does not name', { name: 'Paris', country: 'FR' }, 'gimme the lowdown on the thingy', false],
    ['reject a name only inside a longer word', { name: 'Paris', country: 'FR' }, 'a Parisian cafe sent it', false],
    ['reject another place named in Chinese', { name: 'Toronto', country: 'CA' }, '寄到洛杉矶的包裹', false],
    ['reject the right name in another country', { name: 'Los Angeles', country: 'CL' }, '我的包裹在洛杉矶', false],
  ])('should %s', (_name, place, text, named) => {
    expect(placeNamedIn(place, text)).toBe(named);
  });

  test("should give the gazetteer's spelling of a place it knows in that country, and the model's otherwise", () => {
    expect(canonicalPlace({ name: 'Reykjavik', country: 'IS' })).toEqual({ name: 'Reykjavík', country: 'IS' });
    expect(canonicalPlace({ name: 'Reykjavik', country: 'NO' })).toEqual({ name: 'Reykjavik', country: 'NO' });
  });
});
