import type { Catalogue } from '../../../locale/index.ts';

/** The damage claim's answers per locale. */
export interface DamageTexts {
  stillOnTheWay(parcel: string, days: number): string;
  opened(parcel: string, ticket: string): string;
  carrierReported(where: string, when: string): string;
  reportBy(date: string, days: number): string;
  lateReport(date: string, days: number): string;
  nextSteps(maxSize: string, days: number): string;
  photosReceived(count: number, ticket: string): string;
  refusedType(file: string): string;
  /** How a file with no name is called. */
  unnamedFile: string;
  refusedSize(file: string, maxSize: string): string;
  cardTitle(ticket: string): string;
  labels: { parcel: string; route: string; reported: string; reportBy: string };
  byCustomer: string;
  /** The charge disputed beside the damage: the invoice that billed the parcel, offered for a dispute. */
  disputeOffer(invoice: string, parcel: string): string;
  disputeChoice(invoice: string): string;
  /** What choosing it says, as the customer's message (the billing flow reads it; no parcel named, or the parcel would be tracked). */
  disputeRequest(invoice: string): string;
}

export const DAMAGE_TEXTS: Catalogue<DamageTexts> = Object.freeze({
  en: {
    stillOnTheWay: (p, d) => `${p} is still on its way, so there is nothing to claim yet. If it arrives damaged, tell me within ${d} days of delivery and keep the box and packaging.`,
    opened: (p, ticket) => `I'm sorry it was damaged. I have opened damage claim ${ticket} for ${p}.`,
    carrierReported: (where, when) => `Our hub at ${where} reported the damage on ${when}; the parcel is kept for inspection.`,
    reportBy: (date, d) => `Damage must be reported within ${d} days of delivery — for this parcel by ${date}, so you are in time.`,
    lateReport: (date, d) => `Damage must be reported within ${d} days of delivery (here by ${date}); the claims team will still look at it, but may ask why it came late.`,
    nextSteps: (max, d) =>
      `What happens next:\n1. Send me photos here of the outer box, the damaged contents and the shipping label (JPEG, PNG, HEIC or WebP, up to ${max} each).\n2. Keep the box, the packaging and the contents until the claim is settled — we may need to inspect them.\n3. The claims team verifies the claim within ${d} working days and tells you the outcome here and by e-mail.`,
    photosReceived: (n, ticket) => `Thanks — I have added ${n === 1 ? 'your photo' : `your ${n} photos`} to claim ${ticket}.`,
    refusedType: (f) => `I can't take ${f}: please send photos as JPEG, PNG, HEIC or WebP.`,
    unnamedFile: 'that file',
    refusedSize: (f, max) => `${f} is too large: each photo may be up to ${max}.`,
    cardTitle: (ticket) => `Damage claim ${ticket}`,
    labels: { parcel: 'Parcel', route: 'Route', reported: 'Damage reported', reportBy: 'Report by' },
    byCustomer: 'by you',
    disputeOffer: (invoice, parcel) => `${parcel} was billed on invoice ${invoice}. I can also open a dispute of that charge.`,
    disputeChoice: (invoice) => `Dispute ${invoice}`,
    disputeRequest: (invoice) => `dispute invoice ${invoice}, we were charged for goods broken in transit`,
  },
  zh: {
    stillOnTheWay: (p, d) => `${p} 还在运输途中，目前无法申请破损理赔。如果签收时发现破损，请在签收后 ${d} 天内告诉我，并保留外箱和包装。`,
    opened: (p, ticket) => `很抱歉包裹出现破损。已为 ${p} 创建破损理赔工单 ${ticket}。`,
    carrierReported: (where, when) => `我们的${where}转运中心已于 ${when} 报告破损，包裹已留存待查验。`,
    reportBy: (date, d) => `破损需在签收后 ${d} 天内申报，此包裹的截止日期为 ${date}，您在时限内。`,
    lateReport: (date, d) => `破损需在签收后 ${d} 天内申报（此包裹截止 ${date}）；理赔团队仍会受理，但可能会询问延迟申报的原因。`,
    nextSteps: (max, d) =>
      `接下来：\n1. 请在这里发送外箱、破损物品和运单标签的照片（JPEG、PNG、HEIC 或 WebP，每张不超过 ${max}）。\n2. 理赔完成前请保留外箱、包装和物品，我们可能需要查验。\n3. 理赔团队会在 ${d} 个工作日内完成核实，并通过这里和邮件通知您结果。`,
    photosReceived: (n, ticket) => `已收到 ${n} 张照片，并已添加到理赔工单 ${ticket}。`,
    refusedType: (f) => `无法接收 ${f}：请发送 JPEG、PNG、HEIC 或 WebP 格式的照片。`,
    unnamedFile: '该文件',
    refusedSize: (f, max) => `${f} 太大了：每张照片不能超过 ${max}。`,
    cardTitle: (ticket) => `破损理赔 ${ticket}`,
    labels: { parcel: '包裹', route: '路线', reported: '破损报告', reportBy: '申报截止' },
    byCustomer: '由您报告',
    disputeOffer: (invoice, parcel) => `${parcel} 的运费在账单 ${invoice} 中收取。我也可以为这笔费用提出异议。`,
    disputeChoice: (invoice) => `对 ${invoice} 提出异议`,
    disputeRequest: (invoice) => `对账单 ${invoice} 提出异议，收费的包裹在运输中破损`,
  },
  es: {
    stillOnTheWay: (p, d) => `${p} todavía está en camino, así que aún no hay nada que reclamar. Si llega dañado, avísame en los ${d} días siguientes a la entrega y guarda la caja y el embalaje.`,
    opened: (p, ticket) => `Siento que haya llegado dañado. He abierto la reclamación por daños ${ticket} para ${p}.`,
    carrierReported: (where, when) => `Nuestro centro de ${where} notificó el daño el ${when}; el paquete se guarda para inspección.`,
    reportBy: (date, d) => `Los daños se deben notificar en los ${d} días siguientes a la entrega: para este paquete, antes del ${date}, así que estás a tiempo.`,
    lateReport: (date, d) => `Los daños se deben notificar en los ${d} días siguientes a la entrega (aquí, antes del ${date}); el equipo de reclamaciones lo revisará igualmente, pero puede preguntarte por el retraso.`,
    nextSteps: (max, d) =>
      `Próximos pasos:\n1. Envíame aquí fotos de la caja, del contenido dañado y de la etiqueta de envío (JPEG, PNG, HEIC o WebP, hasta ${max} cada una).\n2. Guarda la caja, el embalaje y el contenido hasta que se resuelva la reclamación: puede que tengamos que inspeccionarlos.\n3. El equipo de reclamaciones la verifica en ${d} días laborables y te comunica el resultado aquí y por correo.`,
    photosReceived: (n, ticket) => `Gracias: he añadido ${n === 1 ? 'tu foto' : `tus ${n} fotos`} a la reclamación ${ticket}.`,
    refusedType: (f) => `No puedo aceptar ${f}: envía las fotos en JPEG, PNG, HEIC o WebP.`,
    unnamedFile: 'ese archivo',
    refusedSize: (f, max) => `${f} es demasiado grande: cada foto puede ocupar hasta ${max}.`,
    cardTitle: (ticket) => `Reclamación por daños ${ticket}`,
    labels: { parcel: 'Paquete', route: 'Ruta', reported: 'Daño notificado', reportBy: 'Notificar antes del' },
    byCustomer: 'por ti',
    disputeOffer: (invoice, parcel) => `${parcel} se facturó en la factura ${invoice}. También puedo abrir una reclamación de ese cargo.`,
    disputeChoice: (invoice) => `Reclamar ${invoice}`,
    disputeRequest: (invoice) => `reclamar la factura ${invoice}, el paquete cobrado se rompió en el transporte`,
  },
});
