/**
 * What the customer is told about alerts in the chat: subscribed (and how to stop), stopped (one
 * parcel, or all), nothing to stop. Per language; the phrases to stop are the ones the intent
 * catalogue reads (intents/unsubscribe_updates.ts).
 */
import { type Catalogue, localized } from '../../../locale/index.ts';

export interface ParcelAlertTexts {
  /** Subscribed to every change of the parcel. */
  subscribed(parcel: string): string;
  /** Subscribed to every change of each of these parcels (a description that fits several). */
  subscribedEvery(parcels: readonly string[]): string;
  /** Nothing to tell about these parcels any more: they were delivered (no alerts set). */
  alreadyDelivered(parcels: readonly string[]): string;
  /** Nothing more will come about these parcels. */
  stopped(parcels: readonly string[]): string;
  /** "stop" with no alerts running in this conversation. */
  nothingToStop: string;
  /** A parcel named that had no alerts running. */
  notSubscribed(parcel: string): string;
  /** The alerts running in this conversation: an account's problems, a parcel's every change, or only its problems (the default for a parcel asked about). */
  running(alerts: readonly RunningAlert[]): string;
  /** Watching every parcel of the account for problems; `heldNow` the parcels held at customs already. */
  watchingAccount(account: string, heldNow: readonly string[]): string;
  /** The account-wide alert stopped. */
  accountStopped(account: string): string;
  /** No alerts running here. */
  noneRunning: string;
  /** Alerts run here, but none about parcels to or from the place named. */
  noneAbout(place: string): string;
}

export type RunningAlert = { account: string } | { parcel: string; everyChange: boolean };

/** One line of the running alerts: the account's problems, or the parcel's changes in `parcelLine`'s words. */
const alertLine = (a: RunningAlert, account: (n: string) => string, parcel: (p: string, every: boolean) => string): string =>
  'account' in a ? `• ${account(a.account)}` : `• ${parcel(a.parcel, a.everyChange)}`;

const bullets = (parcels: readonly string[]): string => parcels.map((p) => `• ${p}`).join('\n');

export const PARCEL_ALERT_TEXTS: Catalogue<ParcelAlertTexts> = {
  en: {
    subscribed: (p) => `Done: I'll tell you here when ${p} arrives or if anything changes on the way. Write "stop alerts" at any time to stop.`,
    subscribedEvery: (ps) => `Done: I'll tell you here when each of these ${ps.length} parcels arrives or if anything changes on the way:\n${bullets(ps)}\nWrite "stop alerts" at any time to stop.`,
    alreadyDelivered: (ps) => `${ps.join(', ')} ${ps.length === 1 ? 'has' : 'have'} already been delivered, so there is nothing left to alert you about.`,
    stopped: (ps) => (ps.length === 1 ? `OK, no more alerts about ${ps[0]}.` : `OK, no more alerts about ${ps.join(', ')}.`),
    nothingToStop: 'You have no alerts running in this chat.',
    notSubscribed: (p) => `You have no alerts running about ${p}.`,
    running: (as) =>
      `Alerts running in this chat:\n${as.map((a) => alertLine(a, (n) => `any parcel on account ${n}: if it is held at customs or something goes wrong`, (p, every) => `${p}: ${every ? 'every change until it is delivered' : 'only if something goes wrong (you asked about it)'}`)).join('\n')}\nWrite "stop alerts" to stop them.`,
    watchingAccount: (account, held) =>
      `Done: I'll tell you here if any parcel on account ${account} is held at customs or something else goes wrong on the way. ${
        held.length ? `Held at customs right now: ${held.join(', ')}.` : 'No parcel is held at customs right now.'
      } Write "stop alerts" at any time to stop.`,
    accountStopped: (account) => `OK, no more alerts about the parcels on account ${account}.`,
    noneRunning: 'No alerts are running in this chat. Say "tell me when it arrives" about a parcel to get one.',
    noneAbout: (place) => `No alerts are running about parcels to or from ${place}; the others go on.`,
  },
  zh: {
    subscribed: (p) => `好的：${p} 送达或途中有任何变化，我会在这里告诉您。随时发送"退订"即可停止。`,
    subscribedEvery: (ps) => `好的：以下 ${ps.length} 个包裹送达或途中有任何变化，我都会在这里告诉您：\n${bullets(ps)}\n随时发送"退订"即可停止。`,
    alreadyDelivered: (ps) => `${ps.join('、')} 已经签收，不会再有新的通知。`,
    stopped: (ps) => `好的，不再发送 ${ps.join('、')} 的通知。`,
    nothingToStop: '您在这个对话里没有订阅任何通知。',
    notSubscribed: (p) => `您没有订阅 ${p} 的通知。`,
    running: (as) =>
      `这个对话里正在生效的通知：\n${as.map((a) => alertLine(a, (n) => `账户 ${n} 的任何包裹：被海关扣留或出现问题时`, (p, every) => `${p}：${every ? '送达前的每次变化' : '仅在出现问题时（您查询过该包裹）'}`)).join('\n')}\n发送"退订"即可停止。`,
    watchingAccount: (account, held) =>
      `好的：账户 ${account} 的任何包裹被海关扣留或途中出现其他问题，我都会在这里告诉您。${held.length ? `目前被海关扣留的包裹：${held.join('、')}。` : '目前没有被海关扣留的包裹。'}随时发送"退订"即可停止。`,
    accountStopped: (account) => `好的，不再发送账户 ${account} 的包裹通知。`,
    noneRunning: '这个对话里没有正在生效的通知。对某个包裹说"到了告诉我"即可订阅。',
    noneAbout: (place) => `没有关于寄往或寄自${place}的包裹的通知；其他通知继续有效。`,
  },
  es: {
    subscribed: (p) => `Hecho: te avisaré aquí cuando llegue ${p} o si cambia algo por el camino. Escribe "no más avisos" cuando quieras dejar de recibirlos.`,
    subscribedEvery: (ps) => `Hecho: te avisaré aquí cuando llegue cada uno de estos ${ps.length} paquetes o si cambia algo por el camino:\n${bullets(ps)}\nEscribe "no más avisos" cuando quieras dejar de recibirlos.`,
    alreadyDelivered: (ps) => `${ps.join(', ')} ya ${ps.length === 1 ? 'se entregó' : 'se entregaron'}, así que no queda nada de lo que avisarte.`,
    stopped: (ps) => `De acuerdo, no más avisos sobre ${ps.join(', ')}.`,
    nothingToStop: 'No tienes avisos activos en este chat.',
    notSubscribed: (p) => `No tienes avisos activos sobre ${p}.`,
    running: (as) =>
      `Avisos activos en este chat:\n${as.map((a) => alertLine(a, (n) => `cualquier paquete de la cuenta ${n}: si queda retenido en aduana o surge un problema`, (p, every) => `${p}: ${every ? 'cada cambio hasta la entrega' : 'solo si surge un problema (por haber preguntado por él)'}`)).join('\n')}\nEscribe "no más avisos" para dejar de recibirlos.`,
    watchingAccount: (account, held) =>
      `Hecho: te avisaré aquí si algún paquete de la cuenta ${account} queda retenido en aduana o surge otro problema por el camino. ${
        held.length ? `Retenidos en aduana ahora mismo: ${held.join(', ')}.` : 'Ahora mismo no hay ningún paquete retenido en aduana.'
      } Escribe "no más avisos" cuando quieras dejar de recibirlos.`,
    accountStopped: (account) => `De acuerdo, no más avisos sobre los paquetes de la cuenta ${account}.`,
    noneRunning: 'No tienes avisos activos en este chat. Dime "avísame cuando llegue" sobre un paquete para recibirlos.',
    noneAbout: (place) => `No tienes avisos activos sobre paquetes de o a ${place}; los demás siguen activos.`,
  },
};

export function parcelAlertTexts(locale: string): ParcelAlertTexts {
  return localized(PARCEL_ALERT_TEXTS, locale);
}
