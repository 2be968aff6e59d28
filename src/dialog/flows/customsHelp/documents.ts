/**
 * The customs documents each destination asks for, as data: the article's three (commercial invoice,
 * packing list, certificate of origin) and the importer numbers some countries require. A country
 * not listed gets DEFAULT_DOCUMENTS. Names per locale live in texts.ts.
 */

export const CUSTOMS_DOCUMENTS_KEYS = [
  'commercial_invoice',
  'packing_list',
  'certificate_of_origin',
  'eori_number',
  'importer_tax_id',
] as const;
export type CustomsDocument = (typeof CUSTOMS_DOCUMENTS_KEYS)[number];

/** Every destination needs these when it has no entry of its own. */
export const DEFAULT_DOCUMENTS: readonly CustomsDocument[] = Object.freeze(['commercial_invoice', 'packing_list']);

/** EU member states: one customs union, the same import documents (the importer's EORI number included). */
export const EU_COUNTRIES: readonly string[] = Object.freeze([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE',
  'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
]);

const EU_IMPORT: readonly CustomsDocument[] = ['commercial_invoice', 'packing_list', 'certificate_of_origin', 'eori_number'];

export const CUSTOMS_DOCUMENTS: Readonly<Record<string, readonly CustomsDocument[]>> = Object.freeze({
  US: ['commercial_invoice', 'packing_list', 'certificate_of_origin'],
  CA: ['commercial_invoice', 'packing_list', 'certificate_of_origin'],
  MX: ['commercial_invoice', 'packing_list', 'certificate_of_origin', 'importer_tax_id'],
  BR: ['commercial_invoice', 'packing_list', 'importer_tax_id'],
  GB: ['commercial_invoice', 'packing_list', 'eori_number'],
  AU: ['commercial_invoice', 'packing_list'],
  JP: ['commercial_invoice', 'packing_list'],
  KR: ['commercial_invoice', 'packing_list', 'importer_tax_id'],
  CN: ['commercial_invoice', 'packing_list', 'certificate_of_origin', 'importer_tax_id'],
  HK: ['commercial_invoice'],
  SG: ['commercial_invoice', 'packing_list'],
  IN: ['commercial_invoice', 'packing_list', 'importer_tax_id'],
  AE: ['commercial_invoice', 'packing_list', 'certificate_of_origin'],
  ...Object.fromEntries(EU_COUNTRIES.map((c) => [c, EU_IMPORT])),
});

/** A parcel between these two countries goes through no customs: the same country, or both in the EU's customs union. */
export function sameCustomsArea(origin: string, destination: string): boolean {
  return origin === destination || (EU_COUNTRIES.includes(origin) && EU_COUNTRIES.includes(destination));
}

/** The documents a parcel to `country` needs at import. */
export function documentsFor(country: string): readonly CustomsDocument[] {
  return CUSTOMS_DOCUMENTS[country] ?? DEFAULT_DOCUMENTS;
}

/** How the carrier's scan descriptions name a document ("… a commercial invoice is required"). */
const EVENT_NAMES: Readonly<Record<CustomsDocument, string>> = Object.freeze({
  commercial_invoice: 'commercial invoice',
  packing_list: 'packing list',
  certificate_of_origin: 'certificate of origin',
  eori_number: 'eori',
  importer_tax_id: 'tax id',
});

/** The documents a customs hold's scan says are missing, in catalogue order. */
export function missingDocumentsIn(description: string): CustomsDocument[] {
  const text = description.toLowerCase();
  return CUSTOMS_DOCUMENTS_KEYS.filter((d) => text.includes(EVENT_NAMES[d]));
}
