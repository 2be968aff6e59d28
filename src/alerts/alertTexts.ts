/**
 * What a proactive alert says, per language: the parcel's news (an exception by its kind, or its new
 * status), the fix offered as choices (each choice's value is a request in the customer's words that
 * starts that flow on the parcel: customs documents, a new address, a damage claim, a trace), and,
 * on the first alert a default subscription sends in a conversation, why it came and how to stop.
 * A label fits a WhatsApp reply button (20 characters), so the fix is a button there.
 */
import type { Choice } from '../activity.ts';
import { type Catalogue, localized } from '../locale/index.ts';
import type { ShipmentStatus } from '../store/records.ts';
import type { ExceptionKind } from '../shipments/exceptionKinds.ts';

/** The fixes an exception offers; a delay has none (its status is the news). */
type FixKind = Exclude<ExceptionKind, 'delayed'>;

export interface AlertTexts {
  exception: Readonly<Record<ExceptionKind, (parcel: string, place: string) => string>>;
  status: Readonly<Record<ShipmentStatus, (parcel: string, place: string) => string>>;
  /** The fix as a choice: its label, and the request its value makes on the parcel. */
  fix: Readonly<Record<FixKind, { label: string; request: (parcel: string) => string }>>;
  /** Said once per conversation, on the first alert of a parcel watched by default. */
  whyAndHowToStop: string;
}

const at = (place: string, word: string) => (place ? ` ${word} ${place}` : '');

export const ALERT_TEXTS: Catalogue<AlertTexts> = {
  en: {
    exception: {
      customs_hold: (p, place) => `Heads-up: ${p} is held in customs${at(place, 'in')}. Customs needs documents to release it.`,
      address_problem: (p, place) => `Heads-up: ${p} could not be delivered${at(place, 'in')}: there is a problem with the address.`,
      damaged: (p, place) => `Heads-up: ${p} was reported damaged${at(place, 'in')}.`,
      lost: (p, place) => `Heads-up: ${p} cannot be located${at(place, 'after its last scan in')}.`,
      delayed: (p, place) => `Heads-up: ${p} is delayed${at(place, 'in')}. I'll tell you here when it moves again.`,
    },
    status: {
      label_created: (p) => `Update: the label for ${p} has been created.`,
      picked_up: (p, place) => `Update: ${p} has been picked up${at(place, 'in')}.`,
      in_transit: (p, place) => `Update: ${p} is on its way${place ? `, now in ${place}` : ''}.`,
      out_for_delivery: (p) => `Update: ${p} is out for delivery today.`,
      delivered: (p, place) => `Update: ${p} has been delivered${at(place, 'in')}.`,
      exception: (p, place) => `Heads-up: ${p} has a delivery exception${at(place, 'in')}.`,
    },
    fix: {
      customs_hold: { label: 'Upload documents', request: (p) => `upload customs documents for ${p}` },
      address_problem: { label: 'Correct the address', request: (p) => `change the delivery address of ${p}` },
      damaged: { label: 'Open a damage claim', request: (p) => `${p} arrived damaged, open a claim` },
      lost: { label: 'Open a trace', request: (p) => `${p} is lost, open a trace` },
    },
    whyAndHowToStop: 'You get this because you asked about this parcel here. Write "stop alerts" to stop.',
  },
  zh: {
    exception: {
      customs_hold: (p, place) => `提醒：${p}${place ? `在${place}` : ''}被海关扣留，需要提供清关文件才能放行。`,
      address_problem: (p, place) => `提醒：${p}${place ? `在${place}` : ''}无法派送：收货地址有问题。`,
      damaged: (p, place) => `提醒：${p}${place ? `在${place}` : ''}被报告破损。`,
      lost: (p) => `提醒：暂时找不到 ${p} 的位置。`,
      delayed: (p, place) => `提醒：${p}${place ? `在${place}` : ''}延误了。有新进展我会在这里告诉您。`,
    },
    status: {
      label_created: (p) => `更新：${p} 的运单已创建。`,
      picked_up: (p, place) => `更新：${p} 已${place ? `在${place}` : ''}揽收。`,
      in_transit: (p, place) => `更新：${p} 正在运输途中${place ? `，目前在${place}` : ''}。`,
      out_for_delivery: (p) => `更新：${p} 今天正在派送。`,
      delivered: (p, place) => `更新：${p} 已${place ? `在${place}` : ''}签收。`,
      exception: (p, place) => `提醒：${p}${place ? `在${place}` : ''}派送异常。`,
    },
    fix: {
      customs_hold: { label: '上传清关文件', request: (p) => `上传 ${p} 的清关文件` },
      address_problem: { label: '修改收货地址', request: (p) => `修改 ${p} 的收货地址` },
      damaged: { label: '申请破损理赔', request: (p) => `${p} 破损了，我要索赔` },
      lost: { label: '帮我查件', request: (p) => `${p} 丢了，帮我查件` },
    },
    whyAndHowToStop: '您在这里问过这个包裹，所以收到这条通知。发送"退订"即可停止。',
  },
  es: {
    exception: {
      customs_hold: (p, place) => `Aviso: el envío ${p} está retenido en aduanas${at(place, 'en')}. Aduanas necesita documentos para liberarlo.`,
      address_problem: (p, place) => `Aviso: no se pudo entregar el envío ${p}${at(place, 'en')}: hay un problema con la dirección.`,
      damaged: (p, place) => `Aviso: el envío ${p} se ha reportado dañado${at(place, 'en')}.`,
      lost: (p) => `Aviso: no logramos localizar el envío ${p}.`,
      delayed: (p, place) => `Aviso: el envío ${p} lleva retraso${at(place, 'en')}. Te avisaré aquí cuando vuelva a moverse.`,
    },
    status: {
      label_created: (p) => `Novedad: se ha creado la etiqueta del envío ${p}.`,
      picked_up: (p, place) => `Novedad: hemos recogido el envío ${p}${at(place, 'en')}.`,
      in_transit: (p, place) => `Novedad: el envío ${p} va de camino${place ? `, ahora en ${place}` : ''}.`,
      out_for_delivery: (p) => `Novedad: el envío ${p} sale hoy a reparto.`,
      delivered: (p, place) => `Novedad: el envío ${p} se ha entregado${at(place, 'en')}.`,
      exception: (p, place) => `Aviso: el envío ${p} tiene una incidencia${at(place, 'en')}.`,
    },
    fix: {
      customs_hold: { label: 'Subir documentos', request: (p) => `subir los documentos de aduana del ${p}` },
      address_problem: { label: 'Corregir dirección', request: (p) => `cambiar la dirección de entrega del ${p}` },
      damaged: { label: 'Reclamar por daños', request: (p) => `el ${p} llegó dañado, quiero reclamar` },
      lost: { label: 'Abrir investigación', request: (p) => `el ${p} se perdió, abrir una investigación` },
    },
    whyAndHowToStop: 'Te llega porque preguntaste aquí por este envío. Escribe "no más avisos" para dejar de recibirlos.',
  },
};

/** What an alert is about, as the alert service stored it (parcel_alerts.detail). */
export interface AlertNews {
  trackingNumber: string;
  to: ShipmentStatus;
  exception: ExceptionKind | null;
  /** Where the scan was (a city), or empty. */
  place: string;
  /** Add why it came and how to stop (the first alert of a default subscription here). */
  explain: boolean;
}

/** The alert's text in the locale. */
export function alertText(news: AlertNews, locale: string): string {
  const t = localized(ALERT_TEXTS, locale);
  const said = news.exception ? t.exception[news.exception](news.trackingNumber, news.place) : t.status[news.to](news.trackingNumber, news.place);
  return news.explain ? `${said}\n${t.whyAndHowToStop}` : said;
}

/** The fix the alert offers, as choices in the locale (none for a delay or a status). */
export function alertChoices(news: AlertNews, locale: string): Choice[] {
  if (!news.exception || news.exception === 'delayed') return [];
  const fix = localized(ALERT_TEXTS, locale).fix[news.exception];
  return [{ label: fix.label, value: fix.request(news.trackingNumber) }];
}
