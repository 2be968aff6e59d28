/**
 * "Which arrives first?" and "will it arrive today?": the answers in the customer's language. Each
 * parcel is one `ArrivalLine`, its time already formatted on the destination's clock.
 */
import type { Catalogue } from '../../locale/index.ts';

/** One parcel compared: its number, where it goes, and when it arrived or is expected (null: no ETA yet). */
export interface ArrivalLine {
  trackingNumber: string;
  /** The destination city in the customer's language. */
  to: string;
  when: string | null;
  delivered: boolean;
  /** Expected before now and not delivered: the estimate was missed. */
  late: boolean;
}

export interface ArrivalTexts {
  /** Those already delivered of the parcels compared, one each. */
  arrived(l: ArrivalLine): string;
  /** The first of those still travelling to arrive (several when expected at the same time). */
  first(lines: readonly ArrivalLine[], afterDelivered: boolean): string;
  /** Each later one. */
  later(l: ArrivalLine): string;
  /** A parcel with no expected delivery yet. */
  noEta(l: ArrivalLine): string;
  /** A side of the comparison that fits none of the account's parcels ("the one to Miami"). */
  sideNotFound(described: string): string;
  /** Only one parcel was found to compare: its arrival, then this. */
  onlyOne: string;
  /** Nothing shown nor described to compare. */
  nothingToCompare: string;
  /** "will it arrive today?": yes, no, or already delivered, for one parcel and the day asked (formatted). */
  onDay(l: ArrivalLine, day: string, due: boolean): string;
  /** "did everything to London arrive?": yes or no, and how many of the `n` parcels described were `delivered` (the others follow, one `later` each). */
  allArrived(delivered: number, n: number): string;
  /** "will it arrive by Thursday?": yes (expected on or before the day), no (after it), already delivered, or no estimate. */
  byDay(l: ArrivalLine, day: string, due: boolean): string;
}

export const ARRIVAL_TEXTS: Catalogue<ArrivalTexts> = {
  en: {
    arrived: (l) => `${l.trackingNumber} to ${l.to} has already arrived: delivered ${l.when}.`,
    first: (ls, after) => {
      const who = ls.length === 1 ? `${ls[0]!.trackingNumber} to ${ls[0]!.to}` : `${ls.map((l) => l.trackingNumber).join(' and ')} (to ${ls[0]!.to})`;
      const verb = after ? (ls.length === 1 ? 'is the next to arrive' : 'are the next to arrive') : ls.length === 1 ? 'arrives first' : 'arrive first';
      const late = ls[0]!.late ? ' — that estimate has passed' : '';
      return `${who} ${verb}: expected ${ls[0]!.when}${late}.`;
    },
    later: (l) => `${l.trackingNumber} to ${l.to} is expected ${l.when}${l.late ? ' (that estimate has passed)' : ''}.`,
    noEta: (l) => `${l.trackingNumber} to ${l.to} has no expected delivery date yet.`,
    sideNotFound: (d) => `I found no parcel ${d} to compare.`,
    onlyOne: 'That is the only one of them I found, so there is nothing to compare it with.',
    nothingToCompare: "Which parcels shall I compare? Tell me where they went (\"the Toronto one or the New York one\"), or ask me to list them first.",
    onDay: (l, day, due) =>
      l.delivered
        ? `${l.trackingNumber} to ${l.to} has already arrived: delivered ${l.when}.`
        : l.when === null
          ? `${l.trackingNumber} to ${l.to} has no expected delivery date yet, so I can't say it will arrive on ${day}.`
          : due
            ? `Yes — ${l.trackingNumber} to ${l.to} is due on ${day}: expected ${l.when}.`
            : `No — ${l.trackingNumber} to ${l.to} is expected ${l.when}, not on ${day}${l.late ? ' (that estimate has already passed)' : ''}.`,
    allArrived: (d, n) =>
      d === n
        ? n === 1 ? 'Yes: it has arrived.' : `Yes: all ${n} have arrived.`
        : d === 0
          ? n === 1 ? 'No: it has not arrived yet.' : `No: none of the ${n} has arrived yet.`
          : `No: ${d} of ${n} ${d === 1 ? 'has' : 'have'} arrived.`,
    byDay: (l, day, due) =>
      l.delivered
        ? `${l.trackingNumber} to ${l.to} has already arrived: delivered ${l.when}.`
        : l.when === null
          ? `${l.trackingNumber} to ${l.to} has no expected delivery date yet, so I can't say it will arrive by ${day}.`
          : l.late
            ? `${l.trackingNumber} to ${l.to} was expected ${l.when} and that estimate has already passed, so I can't promise it by ${day}.`
            : due
              ? `Yes — ${l.trackingNumber} to ${l.to} should arrive by ${day}: expected ${l.when}.`
              : `No — ${l.trackingNumber} to ${l.to} is expected ${l.when}, after ${day}.`,
  },
  zh: {
    arrived: (l) => `${l.trackingNumber}（寄往${l.to}）已经签收：${l.when}。`,
    first: (ls, after) => {
      const who = ls.length === 1 ? `${ls[0]!.trackingNumber}（寄往${ls[0]!.to}）` : `${ls.map((l) => l.trackingNumber).join('和')}（寄往${ls[0]!.to}）`;
      const late = ls[0]!.late ? '，已超过预计时间' : '';
      return `${who}${after ? '接下来' : ''}${ls.length === 1 ? '' : '都'}最先到：预计 ${ls[0]!.when}${late}。`;
    },
    later: (l) => `${l.trackingNumber}（寄往${l.to}）预计 ${l.when}${l.late ? '（已超过预计时间）' : ''}送达。`,
    noEta: (l) => `${l.trackingNumber}（寄往${l.to}）还没有预计送达时间。`,
    sideNotFound: (d) => `没有找到${d}的包裹，无法比较。`,
    onlyOne: '只找到这一个包裹，没有可以比较的。',
    nothingToCompare: '要比较哪几个包裹？请告诉我寄往哪里（比如“寄多伦多的和寄纽约的”），或者先让我列出来。',
    onDay: (l, day, due) =>
      l.delivered
        ? `${l.trackingNumber}（寄往${l.to}）已经签收：${l.when}。`
        : l.when === null
          ? `${l.trackingNumber}（寄往${l.to}）还没有预计送达时间，无法确定${day}能否送到。`
          : due
            ? `能，${l.trackingNumber}（寄往${l.to}）预计${day}送到：${l.when}。`
            : `不能，${l.trackingNumber}（寄往${l.to}）预计 ${l.when} 送达，不是${day}${l.late ? '（已超过预计时间）' : ''}。`,
    allArrived: (d, n) =>
      d === n
        ? n === 1 ? '是的，已经签收了。' : `是的，${n} 个都已签收。`
        : d === 0
          ? n === 1 ? '还没有，尚未签收。' : `还没有，${n} 个都还没签收。`
          : `没有全到：${n} 个中 ${d} 个已签收。`,
    byDay: (l, day, due) =>
      l.delivered
        ? `${l.trackingNumber}（寄往${l.to}）已经签收：${l.when}。`
        : l.when === null
          ? `${l.trackingNumber}（寄往${l.to}）还没有预计送达时间，无法确定${day}之前能否送到。`
          : l.late
            ? `${l.trackingNumber}（寄往${l.to}）原预计 ${l.when} 送达，已超过预计时间，无法保证${day}之前送到。`
            : due
              ? `能，${l.trackingNumber}（寄往${l.to}）${day}之前能送到：预计 ${l.when}。`
              : `不能，${l.trackingNumber}（寄往${l.to}）预计 ${l.when} 送达，晚于${day}。`,
  },
  es: {
    arrived: (l) => `${l.trackingNumber} a ${l.to} ya llegó: entregado el ${l.when}.`,
    first: (ls, after) => {
      const who = ls.length === 1 ? `${ls[0]!.trackingNumber} a ${ls[0]!.to}` : `${ls.map((l) => l.trackingNumber).join(' y ')} (a ${ls[0]!.to})`;
      const verb = after ? (ls.length === 1 ? 'es el próximo en llegar' : 'son los próximos en llegar') : ls.length === 1 ? 'llega antes' : 'llegan antes';
      const late = ls[0]!.late ? '; esa fecha ya pasó' : '';
      return `${who} ${verb}: entrega prevista el ${ls[0]!.when}${late}.`;
    },
    later: (l) => `${l.trackingNumber} a ${l.to}: entrega prevista el ${l.when}${l.late ? ' (esa fecha ya pasó)' : ''}.`,
    noEta: (l) => `${l.trackingNumber} a ${l.to} todavía no tiene fecha de entrega prevista.`,
    sideNotFound: (d) => `No encontré ningún paquete ${d} para comparar.`,
    onlyOne: 'Es el único que encontré, así que no hay con qué compararlo.',
    nothingToCompare: '¿Qué paquetes comparo? Dime adónde fueron ("el de Toronto o el de Nueva York"), o pídeme primero la lista.',
    onDay: (l, day, due) =>
      l.delivered
        ? `${l.trackingNumber} a ${l.to} ya llegó: entregado el ${l.when}.`
        : l.when === null
          ? `${l.trackingNumber} a ${l.to} todavía no tiene fecha de entrega prevista, así que no puedo asegurar que llegue el ${day}.`
          : due
            ? `Sí: ${l.trackingNumber} a ${l.to} llega el ${day}; entrega prevista el ${l.when}.`
            : `No: ${l.trackingNumber} a ${l.to} tiene la entrega prevista el ${l.when}, no el ${day}${l.late ? ' (esa fecha ya pasó)' : ''}.`,
    allArrived: (d, n) =>
      d === n
        ? n === 1 ? 'Sí: ya llegó.' : `Sí: han llegado los ${n}.`
        : d === 0
          ? n === 1 ? 'No: todavía no ha llegado.' : `No: todavía no ha llegado ninguno de los ${n}.`
          : `No: han llegado ${d} de ${n}.`,
    byDay: (l, day, due) =>
      l.delivered
        ? `${l.trackingNumber} a ${l.to} ya llegó: entregado el ${l.when}.`
        : l.when === null
          ? `${l.trackingNumber} a ${l.to} todavía no tiene fecha de entrega prevista, así que no puedo asegurar que llegue para el ${day}.`
          : l.late
            ? `${l.trackingNumber} a ${l.to} tenía la entrega prevista el ${l.when} y esa fecha ya pasó, así que no puedo asegurar que llegue para el ${day}.`
            : due
              ? `Sí: ${l.trackingNumber} a ${l.to} llega para el ${day}; entrega prevista el ${l.when}.`
              : `No: ${l.trackingNumber} a ${l.to} tiene la entrega prevista el ${l.when}, después del ${day}.`,
  },
};
