import { localized, type Catalogue } from '../../locale/index.ts';

/**
 * Carrier scan descriptions in the customer's language. Keys are the carrier's English wording;
 * a description not listed is shown as the carrier wrote it.
 */
export const EVENT_DESCRIPTIONS: Catalogue<Readonly<Record<string, string>>> = Object.freeze({
  // The carrier writes in English: its wording is the English text.
  en: {},
  zh: {
    'Shipper created a label, UPS has not received the package yet.': '寄件人已创建运单，UPS 尚未收到包裹',
    'Pickup Scan': '已揽收',
    'Origin Scan': '始发地扫描',
    'Departed from Facility': '已离开转运中心',
    'Arrived at Facility': '已到达转运中心',
    'Processing at UPS Facility': 'UPS 转运中心处理中',
    'Export Scan': '出口扫描',
    'Import Scan': '进口扫描',
    'Your package was released by the customs agency.': '包裹已清关放行',
    'Out For Delivery Today': '今日派送中',
    Delivered: '已签收',
    'Your package is being held for customs clearance: a commercial invoice is required.': '包裹被海关扣留：需要提供商业发票',
    'Your package is being held for customs clearance: a packing list is required.': '包裹被海关扣留：需要提供装箱单',
    'Your package is being held for customs clearance: a certificate of origin is required.': '包裹被海关扣留：需要提供原产地证明',
    'Damage reported. The package was damaged in transit and its contents are being evaluated.': '包裹在运输中受损，正在评估内件情况',
    'Due to operating conditions, your package may be delayed.': '受运营情况影响，包裹可能延误',
    'The address is incorrect. We are attempting to update this address.': '地址有误，我们正在尝试更新地址',
  },
  es: {
    'Shipper created a label, UPS has not received the package yet.': 'El remitente creó la etiqueta; UPS aún no ha recibido el paquete',
    'Pickup Scan': 'Recogido',
    'Origin Scan': 'Escaneo en origen',
    'Departed from Facility': 'Salió de la instalación',
    'Arrived at Facility': 'Llegó a la instalación',
    'Processing at UPS Facility': 'En proceso en una instalación de UPS',
    'Export Scan': 'Escaneo de exportación',
    'Import Scan': 'Escaneo de importación',
    'Your package was released by the customs agency.': 'La aduana liberó el paquete',
    'Out For Delivery Today': 'En reparto hoy',
    Delivered: 'Entregado',
    'Your package is being held for customs clearance: a commercial invoice is required.': 'Retenido en aduana: se necesita la factura comercial',
    'Your package is being held for customs clearance: a packing list is required.': 'Retenido en aduana: se necesita la lista de empaque',
    'Your package is being held for customs clearance: a certificate of origin is required.': 'Retenido en aduana: se necesita el certificado de origen',
    'Damage reported. The package was damaged in transit and its contents are being evaluated.': 'Daño notificado: el paquete se dañó en tránsito y se está evaluando el contenido',
    'Due to operating conditions, your package may be delayed.': 'Por condiciones operativas, el paquete puede retrasarse',
    'The address is incorrect. We are attempting to update this address.': 'La dirección es incorrecta; estamos intentando actualizarla',
  },
});

/** The scan description in `locale`, or as the carrier wrote it. */
export function localizedEventDescription(description: string, locale: string): string {
  return localized(EVENT_DESCRIPTIONS, locale)[description] ?? description;
}
