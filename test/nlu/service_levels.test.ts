import { describe, expect, test } from 'vitest';
import { testSingleCase } from './helpers.ts';

/** The service a customer names is a search filter (`Parse.serviceLevels`); words that only hold a service's name are not. */
describe('service levels', () => {
  test.each([
    ['show me my express parcels from last week', ['express']],
    ['only the ground ones', ['ground']],
    ['list the next day air parcels to Dallas', ['next_day']],
    ['our UPS Standard shipments to Berlin', ['standard']],
    ['the express saver ones', ['saver']],
    ['which expedited parcels are still on their way?', ['expedited']],
    ['express or saver, whatever went to Paris', ['express', 'saver']],
    ['只看特快的', ['express']],
    ['上周寄的标准件', ['standard']],
    ['陆运的包裹有哪些', ['ground']],
    ['muéstrame mis envíos exprés de la semana pasada', ['express']],
    ['solo los terrestres', ['ground']],
    ['los paquetes urgentes a Lima', ['express']],
    ['¿cuáles fueron por servicio estándar?', ['standard']],
  ])('should read the service in "%s"', (text, levels) => {
    testSingleCase(text, 'UTC', (p) => expect(p.serviceLevels).toEqual(levels));
  });

  test.each([
    ['can you deliver it the next day'],
    ['leave it on the ground floor'],
    ['I want to express my frustration with this delivery'],
    ['es urgente, ¿dónde está mi paquete a París?'],
    ['我的快递到了吗'],
    ['我的快件在哪'],
    ['what is the weather like in Paris'],
  ])('should read no service in "%s"', (text) => {
    testSingleCase(text, 'UTC', (p) => expect(p.serviceLevels).toEqual([]));
  });

  test('should keep the bare "only the ground ones" a parcel search', () => {
    testSingleCase('only the ground ones', 'UTC', (p) => expect(p.intent).toBe('track_shipment'));
  });

  test.each([
    ['list the ones to Tokyo', 'Tokyo'],
    ['how many went to Paris last month?', 'Paris'],
    ['¿cuántos mandamos a Lima?', 'Lima'],
  ])('should read the list asked for in "%s" as a parcel search to %s', (text, city) => {
    testSingleCase(text, 'UTC', (p) => {
      expect(p.intent).toBe('track_shipment');
      expect(p.destination?.name).toBe(city);
    });
  });

  test.each([
    ['anything heading to seattle?', 'Seattle'],
    ['any parcels headed to London?', 'London'],
    ['¿qué va rumbo a París?', 'Paris'],
    ['正在寄往伦敦的包裹有哪些', 'London'],
  ])('should read "%s" as parcels not yet delivered to %s', (text, city) => {
    testSingleCase(text, 'UTC', (p) => {
      expect(p.intent).toBe('track_shipment');
      expect(p.destination?.name).toBe(city);
      expect(p.statusHints).toEqual(['not_delivered']);
    });
  });
});
