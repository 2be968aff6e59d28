/**
 * Words that name parcels or sending them, every language at once (Han entries are whole words, found
 * anywhere): a message that names parcels and describes them by place or date asks about parcels,
 * whatever else its few other words suggest to the classifier ("which parcels did I send to France?",
 * "what did we send out on 13 March?", "what went to Toronto?").
 */
export const PARCEL_NOUNS: readonly string[] = [
  'parcel', 'parcels', 'package', 'packages', 'shipment', 'shipments', 'box', 'boxes', 'order', 'orders', 'stuff', 'items',
  'paquete', 'paquetes', 'envío', 'envíos', 'envio', 'envios', 'caja', 'cajas',
  '包裹', '快递', '快件',
  'send', 'sent', 'ship', 'shipped', 'mailed', 'posted', 'went',
  'envié', 'envie', 'enviamos', 'mandé', 'mande', 'mandamos', 'enviado', 'enviados', 'mandado', 'mandados',
  '寄', '发出',
];
