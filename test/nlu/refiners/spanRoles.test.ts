import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../../src/nlu/types.ts';
import { NOW, sharedParser } from '../helpers.ts';
import { ROLE_ZONES, SPAN_ROLE_CASES, type SpanRoleCase } from './spanRoles.cases.ts';

/** What each span is for (issue 15): the span role refiners, through the whole parser, per language. */
describe.each(LANGUAGES)('span roles (%s)', (language) => {
  test.each(SPAN_ROLE_CASES[language].map((c) => [c.text, c] as const))('should read the roles in "%s"', (text, c: SpanRoleCase) => {
    const p = sharedParser().parse(text, { now: NOW, timeZone: ROLE_ZONES[language] });
    if (c.roles) {
      const got = (p.placeRoles ?? []).map((r) => `${r.place.name}:${r.role}`);
      expect(got.map(fold)).toEqual(c.roles.map(fold));
    }
    if (c.newAddress !== undefined) expect(p.newAddress).toBe(c.newAddress);
    if (c.dateRole !== undefined) expect(p.dateRole).toBe(c.dateRole);
    if (c.asks) expect(p.asks).toEqual(c.asks);
    if (c.statusHints) expect(p.statusHints).toEqual(c.statusHints);
    if (c.noFilters) {
      expect(p.origin).toBeNull();
      expect(p.destination).toBeNull();
      expect(p.places).toEqual([]);
    }
    // Whatever the roles, a place that is no filter never reaches the search fields.
    for (const r of p.placeRoles ?? []) {
      if (r.role === 'origin' || r.role === 'destination') continue;
      // The same city named again as a filter ("温哥华那个包裹 … 新地址是 800 Robson Street, Vancouver") is that filter.
      if ((p.placeRoles ?? []).some((o) => (o.role === 'origin' || o.role === 'destination') && o.place.name === r.place.name)) continue;
      expect([p.origin, p.destination, ...(p.places ?? [])]).not.toContainEqual(r.place);
    }
  });
});

/** Names without accents, so "Bogotá" is "Bogota" whatever the gazetteer spells. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}
