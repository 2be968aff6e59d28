/** A kind of service a customer names ("express", "ground"); the parser reads them (src/nlu), the search filters by them. */
export type ServiceLevel = 'express' | 'next_day' | 'second_day' | 'three_day' | 'saver' | 'expedited' | 'ground' | 'standard' | 'economy';

export const SERVICE_LEVELS: readonly ServiceLevel[] = Object.freeze(['express', 'next_day', 'second_day', 'three_day', 'saver', 'expedited', 'ground', 'standard', 'economy']);

/**
 * The carrier's services (UPS service codes, as the shipments table keeps them) each word a customer
 * uses names. "Express" is the time-definite fastest: Worldwide Express abroad, Next Day Air at home;
 * "economy" is the deferred, cheaper ones (Expedited, Standard, Ground, 3 Day Select). A word naming
 * one service names just it ("saver": Worldwide Saver, "标准": UPS Standard).
 */
export const SERVICE_CODES: Readonly<Record<ServiceLevel, readonly string[]>> = Object.freeze({
  express: ['07', '01'],
  next_day: ['01'],
  second_day: ['02'],
  three_day: ['12'],
  saver: ['65'],
  expedited: ['08'],
  ground: ['03'],
  standard: ['11'],
  economy: ['08', '11', '03', '12'],
});

/** The service codes of any of the levels named (null when none is named: every service fits). */
export function serviceCodesOf(levels: readonly ServiceLevel[] | undefined): string[] | null {
  if (!levels?.length) return null;
  return [...new Set(levels.flatMap((l) => SERVICE_CODES[l] ?? []))];
}
