import { describe, expect, test } from 'vitest';
import { shipmentStatusOf, upsInstant } from '../../../src/carrier/ups/activityStatus.ts';

describe('UPS activity status types and codes in our statuses', () => {
  test.each([
    ['M', '003', 'label_created'],
    ['MV', null, 'label_created'],
    ['I', null, 'in_transit'],
    // Track Alert's own out-for-delivery example: type I, code OT, description code 021.
    ['I', '021', 'out_for_delivery'],
    ['D', '011', 'delivered'],
    ['D', '11', 'delivered'],
    ['D', null, 'out_for_delivery'],
    ['X', '011', 'exception'],
    ['U', '011', null],
    ['P', null, 'picked_up'],
    ['O', null, 'out_for_delivery'],
    ['Q', null, null],
  ] as const)('should read type %s with status code %s as %s', (type, code, status) => {
    expect(shipmentStatusOf(type, code)).toBe(status);
  });
});

describe('UPS dates and times', () => {
  test.each([
    ['20220126', '163000', undefined, '2022-01-26T16:30:00.000Z'],
    ['20210210', '74700', undefined, '2021-02-10T07:47:00.000Z'],
    ['20210210', '071356', '-05:00', '2021-02-10T12:13:56.000Z'],
    ['20240423', '091519', '-04.00', '2024-04-23T13:15:19.000Z'],
    ['2024-04-23', '091519', undefined, null],
    ['20240423', 'noon', undefined, null],
  ])('should read %s %s (offset %s) as %s', (date, time, offset, iso) => {
    expect(upsInstant(date, time, offset)).toBe(iso);
  });
});
