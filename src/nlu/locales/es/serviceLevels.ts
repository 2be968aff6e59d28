import type { ServiceLevel } from '../../types.ts';
import { NOT_A_SERVICE } from '../serviceLevelKeys.ts';

/**
 * Spanish words for the carrier's services ("mis envíos exprés", "solo los terrestres", "los de
 * servicio estándar"). "Urgente" alone is how urgent the customer's need is ("es urgente"): only
 * said of parcels or a service does it name the express one.
 */
export const ES_SERVICE_LEVELS: Readonly<Record<ServiceLevel | typeof NOT_A_SERVICE, readonly string[]>> = {
  express: ['exprés', 'expres', 'express', 'worldwide express', 'los urgentes', 'las urgentes', 'paquetes urgentes', 'envíos urgentes', 'envios urgentes',
    'servicio urgente', 'envío urgente', 'envio urgente', 'paquete urgente'],
  next_day: ['next day air', 'de un día para otro', 'entrega al día siguiente', 'servicio de día siguiente'],
  second_day: ['2nd day air', 'second day air'],
  three_day: ['3 day select'],
  saver: ['saver', 'worldwide saver', 'express saver', 'exprés saver', 'expres saver'],
  expedited: ['expedited', 'worldwide expedited', 'expedito', 'expeditos'],
  ground: ['terrestre', 'terrestres', 'por tierra', 'ground', 'ups ground'],
  standard: ['estándar', 'estandar', 'standard', 'ups standard'],
  economy: ['económico', 'económicos', 'económica', 'económicas', 'economico', 'economicos', 'economica', 'economicas', 'economy'],
  not_service: ['planta baja', 'hora estándar', 'tarifa estándar', 'tarifa estandar', 'es urgente', 'muy urgente'],
};
