import type { Catalogue } from '../../../locale/index.ts';
import type { DeliveryRequestKind } from './deliveryRules.ts';

type Choice = { label: string; value: string };

/** The delivery-change answers per locale. */
export interface ChangeDeliveryTexts {
  delivered(parcel: string, when: string): string;
  noneChangeable(count: number): string;
  serviceAllowsNone(parcel: string, service: string): string;
  kindNotAllowed(parcel: string, service: string, kind: string): string;
  viewOnly(admins: string): string;
  askKind(parcel: string): string;
  kinds: Record<DeliveryRequestKind, string>;
  askAddress(parcel: string, current: string): string;
  badAddress: string;
  askDate(parcel: string): string;
  badDate(latest: string): string;
  askAccessPoint(parcel: string): string;
  askInstruction(parcel: string): string;
  nearestAccessPoint: string;
  confirm: Record<DeliveryRequestKind, (parcel: string, value: string) => string>;
  confirmChoices: Choice[];
  done: Record<DeliveryRequestKind, (parcel: string, value: string, reference: string) => string>;
  noFee(hours: number): string;
  holdDays(days: number): string;
  free: string;
  /** The changes and instructions asked for a parcel, one line each (`asked`), or that none were. */
  asked(parcel: string, lines: string[]): string;
  noneAsked(parcel: string): string;
  /** One change asked, by its kind and value (a date already formatted), with its reference. */
  askedLine: Record<DeliveryRequestKind, (value: string, reference: string) => string>;
}

export const CHANGE_DELIVERY_TEXTS: Catalogue<ChangeDeliveryTexts> = Object.freeze({
  en: {
    noneChangeable: (n) => `None of the ${n} parcels that fit can still be changed: they have all been delivered. If one did not reach you, tell me which and I will open a trace.`,
    delivered: (p, when) => `${p} was already delivered on ${when}, so its delivery can no longer be changed. If it did not reach you, tell me and I will open a trace.`,
    serviceAllowsNone: (p, s) => `${p} travels with ${s}, which does not allow delivery changes once it is on its way.`,
    kindNotAllowed: (p, s, k) => `${p} travels with ${s}, which does not allow this change (${k}).`,
    viewOnly: (admins) => `Your role on this account is View only, so you can't change a delivery. An Admin can do it, or give you the Pay or Dispute role: ${admins}.`,
    askKind: (p) => `What would you like to change for ${p}?`,
    kinds: { address: 'Correct the address', reschedule: 'Deliver another day', access_point: 'Hold at an access point', instruction: 'Leave delivery instructions' },
    askAddress: (p, current) => `What is the correct delivery address for ${p}? It is going to: ${current}.`,
    badAddress: 'That does not look like a full address — please write the street and number, the city and the postal code.',
    askDate: (p) => `Which day should we deliver ${p}?`,
    badDate: (latest) => `Please choose a day from tomorrow until ${latest}.`,
    askAccessPoint: (p) => `Where should we hold ${p} for you?`,
    askInstruction: (p) => `What should the driver do with ${p}? For example: leave it with a neighbour, at reception or at the back door.`,
    nearestAccessPoint: 'the UPS Access Point nearest the delivery address',
    confirm: {
      address: (p, v) => `Shall I change the delivery address of ${p} to: ${v}?`,
      reschedule: (p, v) => `Shall I deliver ${p} on ${v} instead?`,
      access_point: (p, v) => `Shall I hold ${p} at ${v} for you to collect?`,
      instruction: (p, v) => `Shall I give the driver this instruction for ${p}: “${v}”?`,
    },
    confirmChoices: [
      { label: 'Yes, change it', value: 'yes' },
      { label: 'No, leave it', value: 'no' },
    ],
    done: {
      address: (p, v, ref) => `Done (${ref}): ${p} will go to ${v}. The local delivery centre has the new address now.`,
      reschedule: (p, v, ref) => `Done (${ref}): we will deliver ${p} on ${v}.`,
      access_point: (p, v, ref) => `Done (${ref}): ${p} will be held at ${v}.`,
      instruction: (p, v, ref) => `Done (${ref}): the driver delivering ${p} will see your instruction: “${v}”.`,
    },
    noFee: (h) => `Redelivery follows within ${h} hours of the change, and there is no extra fee for it.`,
    free: 'There is no extra fee for it.',
    asked: (p, lines) => `For ${p} you have asked for:\n${lines.join('\n')}`,
    noneAsked: (p) => `You have not asked for any delivery change for ${p} yet.`,
    askedLine: {
      address: (v, ref) => `• a new address: ${v} (${ref})`,
      reschedule: (v, ref) => `• delivery on ${v} (${ref})`,
      access_point: (v, ref) => `• to be held at ${v} (${ref})`,
      instruction: (v, ref) => `• the driver's instruction “${v}” (${ref})`,
    },
    holdDays: (d) => `It waits there for ${d} days; bring photo ID and the tracking number to collect it. There is no extra fee.`,
  },
  zh: {
    noneChangeable: (n) => `符合条件的 ${n} 个包裹都已签收，无法再修改派送。如果有包裹您没有收到，请告诉我是哪一个，我会为您开启追踪。`,
    delivered: (p, when) => `${p} 已于 ${when} 签收，无法再修改派送。如果您没有收到，请告诉我，我会为您开启追踪。`,
    serviceAllowsNone: (p, s) => `${p} 使用的是 ${s}，运输途中不支持修改派送。`,
    kindNotAllowed: (p, s, k) => `${p} 使用的是 ${s}，不支持这项修改（${k}）。`,
    viewOnly: (admins) => `您在该账户的角色仅为查看（View），无法修改派送。管理员可以代为修改，或为您添加付款（Pay）或争议（Dispute）角色：${admins}。`,
    askKind: (p) => `您想为 ${p} 修改什么？`,
    kinds: { address: '修改收件地址', reschedule: '改天派送', access_point: '放到自提点', instruction: '留派送说明' },
    askAddress: (p, current) => `${p} 正确的收件地址是什么？目前的地址是：${current}。`,
    badAddress: '这个地址好像不完整，请写明街道门牌号、城市和邮编。',
    askDate: (p) => `希望哪天派送 ${p}？`,
    badDate: (latest) => `请选择明天到 ${latest} 之间的日期。`,
    askAccessPoint: (p) => `要把 ${p} 放在哪个自提点？`,
    askInstruction: (p) => `派送 ${p} 时需要快递员怎么做？例如：交给邻居、放门卫室或前台。`,
    nearestAccessPoint: '离收件地址最近的 UPS 自提点',
    confirm: {
      address: (p, v) => `确认把 ${p} 的收件地址改为：${v}？`,
      reschedule: (p, v) => `确认把 ${p} 改为 ${v} 派送？`,
      access_point: (p, v) => `确认把 ${p} 放到 ${v} 等您自取？`,
      instruction: (p, v) => `确认为 ${p} 添加派送说明：“${v}”？`,
    },
    confirmChoices: [
      { label: '确认修改', value: '好的' },
      { label: '不用了', value: '不用了' },
    ],
    done: {
      address: (p, v, ref) => `已修改（${ref}）：${p} 将派送到 ${v}。新地址已同步至当地配送中心。`,
      reschedule: (p, v, ref) => `已修改（${ref}）：${p} 将于 ${v} 派送。`,
      access_point: (p, v, ref) => `已修改（${ref}）：${p} 将存放在 ${v}。`,
      instruction: (p, v, ref) => `已添加（${ref}）：派送 ${p} 的快递员会看到您的说明：“${v}”。`,
    },
    noFee: (h) => `重新派送将在修改后 ${h} 小时内完成，不额外收取改址费。`,
    free: '不收取额外费用。',
    asked: (p, lines) => `您为 ${p} 提出的修改：\n${lines.join('\n')}`,
    noneAsked: (p) => `您还没有为 ${p} 提出任何派送修改。`,
    askedLine: {
      address: (v, ref) => `• 新地址：${v}（${ref}）`,
      reschedule: (v, ref) => `• 改到 ${v} 派送（${ref}）`,
      access_point: (v, ref) => `• 在 ${v} 留存自提（${ref}）`,
      instruction: (v, ref) => `• 派送说明：“${v}”（${ref}）`,
    },
    holdDays: (d) => `包裹会保留 ${d} 天，取件时请携带身份证件和运单号。不收取额外费用。`,
  },
  es: {
    noneChangeable: (n) => `Ninguno de los ${n} paquetes que encajan se puede cambiar ya: todos se entregaron. Si alguno no te llegó, dime cuál y abriré una investigación.`,
    delivered: (p, when) => `${p} ya se entregó el ${when}, así que su entrega ya no se puede cambiar. Si no te llegó, dímelo y abriré una investigación.`,
    serviceAllowsNone: (p, s) => `${p} viaja con ${s}, que no permite cambios de entrega una vez en camino.`,
    kindNotAllowed: (p, s, k) => `${p} viaja con ${s}, que no permite este cambio (${k}).`,
    viewOnly: (admins) => `Tu rol en esta cuenta es solo de consulta (View), así que no puedes cambiar una entrega. Puede hacerlo un Admin, o darte el rol Pay o Dispute: ${admins}.`,
    askKind: (p) => `¿Qué quieres cambiar de ${p}?`,
    kinds: { address: 'Corregir la dirección', reschedule: 'Entregar otro día', access_point: 'Guardar en un punto de recogida', instruction: 'Dejar instrucciones de entrega' },
    askAddress: (p, current) => `¿Cuál es la dirección de entrega correcta de ${p}? Ahora va a: ${current}.`,
    badAddress: 'Esa dirección parece incompleta: escribe la calle y el número, la ciudad y el código postal.',
    askDate: (p) => `¿Qué día entregamos ${p}?`,
    badDate: (latest) => `Elige un día entre mañana y el ${latest}.`,
    askAccessPoint: (p) => `¿Dónde guardamos ${p} para ti?`,
    askInstruction: (p) => `¿Qué debe hacer el repartidor con ${p}? Por ejemplo: dejarlo con un vecino, en conserjería o en la puerta trasera.`,
    nearestAccessPoint: 'el punto UPS Access Point más cercano a la dirección de entrega',
    confirm: {
      address: (p, v) => `¿Cambio la dirección de entrega de ${p} a: ${v}?`,
      reschedule: (p, v) => `¿Entregamos ${p} el ${v}?`,
      access_point: (p, v) => `¿Guardamos ${p} en ${v} para que lo recojas?`,
      instruction: (p, v) => `¿Doy al repartidor esta instrucción para ${p}: «${v}»?`,
    },
    confirmChoices: [
      { label: 'Sí, cámbialo', value: 'sí' },
      { label: 'No, déjalo', value: 'no' },
    ],
    done: {
      address: (p, v, ref) => `Hecho (${ref}): ${p} irá a ${v}. El centro de reparto local ya tiene la nueva dirección.`,
      reschedule: (p, v, ref) => `Hecho (${ref}): entregaremos ${p} el ${v}.`,
      access_point: (p, v, ref) => `Hecho (${ref}): ${p} quedará guardado en ${v}.`,
      instruction: (p, v, ref) => `Hecho (${ref}): el repartidor de ${p} verá tu instrucción: «${v}».`,
    },
    noFee: (h) => `La nueva entrega se hace en menos de ${h} horas desde el cambio y no tiene coste adicional.`,
    free: 'No tiene coste adicional.',
    asked: (p, lines) => `Para ${p} has pedido:\n${lines.join('\n')}`,
    noneAsked: (p) => `Todavía no has pedido ningún cambio de entrega para ${p}.`,
    askedLine: {
      address: (v, ref) => `• una nueva dirección: ${v} (${ref})`,
      reschedule: (v, ref) => `• la entrega el ${v} (${ref})`,
      access_point: (v, ref) => `• guardarlo en ${v} (${ref})`,
      instruction: (v, ref) => `• la instrucción para el repartidor «${v}» (${ref})`,
    },
    holdDays: (d) => `Te espera allí ${d} días; lleva un documento de identidad y el número de seguimiento. Sin coste adicional.`,
  },
});
