import type { ServiceLevel } from '../../types.ts';
import { NOT_A_SERVICE } from '../serviceLevelKeys.ts';

/**
 * English words for the carrier's services, as customers name them to pick parcels ("my express
 * parcels", "only the ground ones", "the 2nd day air shipments"). Longer phrases win over their
 * parts ("express saver" is the saver). `NOT_A_SERVICE`: phrases that hold a service word and name
 * something else ("ground floor", "express my concern"); matched so they are not read, then dropped.
 */
export const EN_SERVICE_LEVELS: Readonly<Record<ServiceLevel | typeof NOT_A_SERVICE, readonly string[]>> = {
  express: ['express', 'worldwide express'],
  // "next day" alone is a date ("deliver it the next day"); with the service's word after it, the service.
  next_day: ['next day air', 'next-day air', 'next day parcels', 'next-day parcels', 'next day shipments', 'next-day shipments',
    'next day packages', 'next day ones', 'next-day ones', 'next day service', 'next-day service', 'overnight ones', 'overnight parcels'],
  second_day: ['2nd day air', 'second day air', '2 day air', 'two day air', '2-day air'],
  three_day: ['3 day select', 'three day select', '3-day select'],
  saver: ['saver', 'worldwide saver', 'express saver', 'worldwide express saver'],
  expedited: ['expedited', 'worldwide expedited'],
  ground: ['ground', 'ups ground', 'ground shipping', 'by ground'],
  standard: ['standard', 'ups standard', 'standard shipping', 'standard service'],
  economy: ['economy', 'economy shipping', 'economy service'],
  not_service: ['ground floor', 'on the ground', 'the ground floor', 'express my', 'express our', 'to express', 'standard rate', 'standard rates',
    'standard time', 'the standard procedure', 'economy class'],
};
