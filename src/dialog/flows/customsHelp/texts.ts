import type { Catalogue } from '../../../locale/index.ts';
import type { CustomsDocument } from './documents.ts';

/** The customs answers per locale. */
export interface CustomsTexts {
  notRequired(parcel: string): string;
  pending(parcel: string): string;
  inReview(parcel: string): string;
  held(parcel: string, where: string): string;
  /** The hold's scan, when it names no document we know. */
  customsSays(reason: string): string;
  cleared(parcel: string): string;
  documents(country: string, list: string): string;
  /** "how long does customs clearance take?": no time promised, what shortens it (seed 002: the pre-clearance check, the advisor within the hour). */
  clearanceTime: string;
  missing(list: string): string;
  /** The offer, with the time the advisor would contact them by (the desk's deadline if asked now). */
  offerAdvisor(by: string): string;
  offerChoices: { label: string; value: string }[];
  ticketOpened(ticket: string, by: string): string;
  /** After the open ticket is named: when the advisor answers. */
  advisorBy(by: string): string;
  sendHere(maxSize: string): string;
  received(count: number, ticket: string): string;
  refusedType(file: string): string;
  /** How a file with no name is called (WeChat images, some channels' uploads). */
  unnamedFile: string;
  refusedSize(file: string, maxSize: string): string;
  cardTitle(ticket: string): string;
  labels: { parcel: string; route: string; customs: string; documents: string; advisorBy: string };
  states: Record<'pending' | 'in_review' | 'held' | 'cleared' | 'not_required', string>;
  docs: Record<CustomsDocument, string>;
  /**
   * The answer anyone gets before the parcel is known: what every destination asks for (`always`), what
   * some add (`some`), and how a held parcel is helped (files up to `maxSize`, an advisor within the hour).
   */
  general(always: string, some: string, maxSize: string): string;
  /** Joins a list of document names. */
  list(items: string[]): string;
  /** A general question of a destination inside the origin's customs area ("¿hace falta aduana para Alemania?" from Spain). */
  noCustoms(from: string, to: string): string;
  /** Who pays the import duties and taxes: the receiver, unless the shipper chose to pay them (DDP); `to`: the destination named. */
  duties(to: string | null): string;
  /** After a destination's documents: how to get one parcel's own customs state. */
  oneParcelHint: string;
}

export const CUSTOMS_TEXTS: Catalogue<CustomsTexts> = Object.freeze({
  en: {
    notRequired: (p) => `${p} does not go through customs (it stays inside one customs area), so no customs documents are needed.`,
    pending: (p) => `${p} has not reached customs yet.`,
    inReview: (p) => `${p} is with customs for review.`,
    held: (p, where) => `${p} is held in customs at ${where}.`,
    customsSays: (r) => `Customs says: ${r}`,
    cleared: (p) => `${p} has cleared customs — nothing more is needed from you.`,
    documents: (country, list) => `For ${country}, customs needs: ${list}.`,
    missing: (list) => `Still missing: ${list}.`,
    offerAdvisor: (by) => `Shall I ask a customs advisor to contact you about it? They would contact you by ${by}.`,
    offerChoices: [
      { label: 'Yes, please', value: 'yes' },
      { label: 'No, thanks', value: 'no thanks' },
    ],
    ticketOpened: (ticket, by) => `I have opened customs ticket ${ticket}: a customs advisor will contact you by ${by} to help with the documents or ask customs to speed things up.`,
    advisorBy: (by) => `A customs advisor will contact you by ${by}.`,
    sendHere: (max) => `You can send the documents here, as PDF files or photos (up to ${max} each).`,
    received: (n, ticket) => `Thanks — I have added ${n === 1 ? 'your document' : `your ${n} documents`} to ticket ${ticket} for the advisor.`,
    refusedType: (f) => `I can't take ${f}: please send documents as PDF, JPEG, PNG, HEIC, WebP or TIFF files.`,
    unnamedFile: 'that file',
    refusedSize: (f, max) => `${f} is too large: each file may be up to ${max}.`,
    cardTitle: (ticket) => `Customs ticket ${ticket}`,
    labels: { parcel: 'Parcel', route: 'Route', customs: 'Customs', documents: 'Documents', advisorBy: 'Advisor replies by' },
    states: { pending: 'not reached yet', in_review: 'in review', held: 'held', cleared: 'cleared', not_required: 'not required' },
    docs: {
      commercial_invoice: 'commercial invoice',
      packing_list: 'packing list',
      certificate_of_origin: 'certificate of origin',
      eori_number: "the importer's EORI number",
      importer_tax_id: "the importer's tax ID",
    },
    general: (always, some, max) =>
      `What customs needs for an international parcel: always ${always}; depending on the destination also ${some}. When a parcel is held, its scan says which document is missing: you send it here (PDF files or photos, up to ${max} each) and a customs advisor contacts you within one hour to help or to ask customs to speed things up.`,
    list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`),
    noCustoms: (from, to) => `Parcels from ${from} to ${to} stay inside one customs area, so they need no customs documents and no import duties are charged.`,
    duties: (to) =>
      `${to ? `For parcels to ${to}, import` : 'Import'} duties and taxes are paid by the receiver by default: customs charges them on import and the receiver pays before or on delivery. If the shipper chose to pay them (Delivered Duty Paid, DDP), they are billed to the shipper's account instead.`,
    oneParcelHint: 'For one parcel, send me its tracking number and I will tell you where it stands with customs.',
    clearanceTime:
      "How long customs clearance takes is up to the customs office, so I can't promise a time: with complete documents most parcels pass without a stop. Our pre-clearance check looks at the commercial invoice, packing list and certificate of origin 48 hours before a parcel reaches customs, to catch a wrong document before it causes a hold. If a parcel is held, you send the missing document here and a customs advisor contacts you within one hour to help or to ask customs to speed things up.",
  },
  zh: {
    notRequired: (p) => `${p} 不需要清关（始发地和目的地在同一关境内），无需提供清关文件。`,
    pending: (p) => `${p} 尚未到达海关。`,
    inReview: (p) => `${p} 正在海关审核中。`,
    held: (p, where) => `${p} 在${where}被海关扣留。`,
    customsSays: (r) => `海关说明：${r}`,
    cleared: (p) => `${p} 已清关，您无需再提供任何材料。`,
    documents: (country, list) => `寄往${country}的包裹，海关需要：${list}。`,
    missing: (list) => `目前缺少：${list}。`,
    offerAdvisor: (by) => `需要我请清关顾问与您联系吗？顾问会在${by}前联系您。`,
    offerChoices: [
      { label: '需要', value: '需要' },
      { label: '不用了', value: '不用了' },
    ],
    ticketOpened: (ticket, by) => `已为您创建清关工单 ${ticket}：专属清关顾问会在${by}前联系您，指导补充材料或申请海关加急处理。`,
    advisorBy: (by) => `清关顾问会在${by}前联系您。`,
    sendHere: (max) => `您可以直接在这里上传文件（PDF 或照片，每个不超过 ${max}）。`,
    received: (n, ticket) => `已收到 ${n} 份文件，并已添加到工单 ${ticket}，供清关顾问查看。`,
    refusedType: (f) => `无法接收 ${f}：请上传 PDF、JPEG、PNG、HEIC、WebP 或 TIFF 格式的文件。`,
    unnamedFile: '该文件',
    refusedSize: (f, max) => `${f} 太大了：每个文件不能超过 ${max}。`,
    cardTitle: (ticket) => `清关工单 ${ticket}`,
    labels: { parcel: '包裹', route: '路线', customs: '清关状态', documents: '所需文件', advisorBy: '顾问联系时间' },
    states: { pending: '尚未到达海关', in_review: '审核中', held: '被扣留', cleared: '已清关', not_required: '无需清关' },
    docs: {
      commercial_invoice: '商业发票',
      packing_list: '装箱单',
      certificate_of_origin: '原产地证明',
      eori_number: '进口商 EORI 号码',
      importer_tax_id: '进口商税号',
    },
    general: (always, some, max) =>
      `国际包裹清关一般需要：${always}；视目的地还可能需要：${some}。包裹被海关扣留时，扫描记录会说明缺少哪份文件：您可以在这里上传（PDF 或照片，每个不超过 ${max}），专属清关顾问会在 1 小时内联系您，指导补充材料或申请海关加急处理。`,
    list: (items) => items.join('、'),
    noCustoms: (from, to) => `从${from}寄往${to}的包裹在同一关税区内，不需要清关文件，也不收进口关税。`,
    duties: (to) => `${to ? `寄往${to}的包裹，` : ''}进口关税和税费默认由收件人支付：清关时由海关征收，收件人在派送前或派送时付清。如果寄件人选择了代付关税（DDP，完税后交货），则记在寄件人的账户上。`,
    oneParcelHint: '如果是某一个包裹，请发给我运单号，我来告诉您它的清关状态。',
    clearanceTime:
      '清关需要多长时间由海关决定，我无法承诺具体时间：文件齐全的包裹大多不会被扣留。我们的预清关审核会在包裹抵达目的国海关前 48 小时校验商业发票、装箱单、原产地证明等文件，提前拦截因文件错误导致的扣关。如果包裹被扣，您在这里上传缺少的文件，专属清关顾问会在 1 小时内联系您，指导补充材料或申请海关加急处理。',
  },
  es: {
    notRequired: (p) => `${p} no pasa por aduanas (no sale de una misma zona aduanera), así que no hacen falta documentos de aduanas.`,
    pending: (p) => `${p} todavía no ha llegado a la aduana.`,
    inReview: (p) => `${p} está en revisión en la aduana.`,
    held: (p, where) => `${p} está retenido en la aduana de ${where}.`,
    customsSays: (r) => `La aduana indica: ${r}`,
    cleared: (p) => `${p} ya ha pasado la aduana; no necesitamos nada más de ti.`,
    documents: (country, list) => `Para ${country}, la aduana pide: ${list}.`,
    missing: (list) => `Falta: ${list}.`,
    offerAdvisor: (by) => `¿Quieres que un asesor de aduanas se ponga en contacto contigo? Te contactaría a más tardar el ${by}.`,
    offerChoices: [
      { label: 'Sí, por favor', value: 'sí' },
      { label: 'No, gracias', value: 'no, gracias' },
    ],
    ticketOpened: (ticket, by) => `He abierto la incidencia de aduanas ${ticket}: un asesor de aduanas te contactará a más tardar el ${by} para ayudarte con los documentos o pedir a la aduana que agilice el trámite.`,
    advisorBy: (by) => `Un asesor te contactará a más tardar el ${by}.`,
    sendHere: (max) => `Puedes enviarme aquí los documentos, en PDF o como fotos (hasta ${max} cada uno).`,
    received: (n, ticket) => `Gracias: he añadido ${n === 1 ? 'tu documento' : `tus ${n} documentos`} a la incidencia ${ticket} para el asesor.`,
    refusedType: (f) => `No puedo aceptar ${f}: envía los documentos en PDF, JPEG, PNG, HEIC, WebP o TIFF.`,
    unnamedFile: 'ese archivo',
    refusedSize: (f, max) => `${f} es demasiado grande: cada archivo puede ocupar hasta ${max}.`,
    cardTitle: (ticket) => `Incidencia de aduanas ${ticket}`,
    labels: { parcel: 'Paquete', route: 'Ruta', customs: 'Aduana', documents: 'Documentos', advisorBy: 'El asesor responde antes de' },
    states: { pending: 'aún no ha llegado', in_review: 'en revisión', held: 'retenido', cleared: 'despachado', not_required: 'no necesaria' },
    docs: {
      commercial_invoice: 'factura comercial',
      packing_list: 'lista de empaque',
      certificate_of_origin: 'certificado de origen',
      eori_number: 'el número EORI del importador',
      importer_tax_id: 'el número fiscal del importador',
    },
    general: (always, some, max) =>
      `Lo que pide la aduana para un envío internacional: siempre ${always}; según el destino, también ${some}. Cuando un paquete queda retenido, su escaneo indica qué documento falta: me lo envías aquí (en PDF o como fotos, hasta ${max} cada uno) y un asesor de aduanas te contacta en menos de una hora para ayudarte o pedir a la aduana que agilice el trámite.`,
    list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} y ${items.at(-1)}`),
    noCustoms: (from, to) => `Los envíos de ${from} a ${to} no salen de la misma zona aduanera: no necesitan documentos de aduana ni pagan aranceles de importación.`,
    duties: (to) =>
      `${to ? `En los envíos a ${to}, los` : 'Los'} aranceles e impuestos de importación los paga por defecto el destinatario: la aduana los cobra al importar y el destinatario los abona antes de la entrega o al recibirla. Si el remitente eligió pagarlos (Delivered Duty Paid, DDP), se cargan en la cuenta del remitente.`,
    oneParcelHint: 'Si es por un paquete concreto, envíame su número de seguimiento y te digo cómo va en la aduana.',
    clearanceTime:
      'Cuánto tarda el despacho de aduana depende de la aduana, así que no puedo prometerte un plazo: con los documentos completos la mayoría de los paquetes pasan sin detenerse. Nuestra revisión previa comprueba la factura comercial, la lista de empaque y el certificado de origen 48 horas antes de que el paquete llegue a la aduana, para evitar una retención por un documento erróneo. Si un paquete queda retenido, envías aquí el documento que falta y un asesor de aduanas te contacta en menos de una hora para ayudarte o pedir a la aduana que lo agilice.',
  },
});
