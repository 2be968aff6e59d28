/** Spanish templates, written from the domain: how a shipper in Spain asks about their parcels. */
import type { Rng } from '../../../demo/prng.ts';
import type { Correction, Description, Phrasebook, Refinement } from '../phrasebook.ts';
import { placeName } from '../places.ts';
import type { DateSlot, PlaceSlot, Query, StatusSlot } from '../types.ts';

const WEEKDAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const NUMBERS = ['cero', 'un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete'];
const ORDINALS = ['primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'sexto'];
const ORDINALS_F = ['primera', 'segunda', 'tercera', 'cuarta', 'quinta', 'sexta'];

function date(slot: DateSlot, rng: Rng): string {
  switch (slot.kind) {
    case 'today':
      return 'hoy';
    case 'yesterday':
      return 'ayer';
    case 'daysAgo':
      return slot.n === 2 && rng.chance(0.4) ? 'anteayer' : `hace ${rng.chance(0.5) ? slot.n : NUMBERS[slot.n] ?? slot.n} días`;
    case 'weekday':
      return `el ${WEEKDAYS[slot.weekday]} pasado`;
    case 'explicit':
      return `el ${rng.chance(0.2) ? 'día ' : ''}${Number(slot.date.slice(8, 10))} de ${MONTHS[Number(slot.date.slice(5, 7)) - 1]}`;
    case 'lastWeek':
      return 'la semana pasada';
    case 'dayOfMonth':
      return `el día ${Number(slot.date.slice(8, 10))}`;
  }
}

const place = (p: PlaceSlot): string => placeName(p, 'es');

/** "a" + "el Reino Unido" is "al Reino Unido"; "de" + "el" is "del". */
const contract = (text: string): string => text.replace(/\ba el\b/g, 'al').replace(/\bde el\b/g, 'del');

function slots(q: Query, rng: Rng): string {
  const places = [q.origin ? `${rng.pick(['desde', 'de'])} ${place(q.origin)}` : '', q.destination ? `${rng.pick(['a', 'para'])} ${place(q.destination)}` : ''].filter(Boolean);
  const when = q.date ? date(q.date, rng) : '';
  const parts = rng.chance(0.6) ? [when, ...places] : [...places, when];
  return parts.filter(Boolean).join(' ');
}

const statusClause = (s: StatusSlot, rng: Rng): string =>
  s === 'delivered'
    ? rng.pick(['que ya se entregaron', 'que ya fueron entregados', 'que ya han llegado'])
    : rng.pick(['que todavía no se han entregado', 'que aún no han llegado', 'que no se han entregado todavía']);

function request(q: Query, rng: Rng): string {
  const s = slots(q, rng);
  if (q.status) {
    const status = statusClause(q.status, rng);
    return contract(
      rng.pick([
        `Busca los paquetes enviados ${s} ${status}`,
        `¿Qué envíos mandé ${s} ${status}?`,
        `Quiero ver los paquetes ${q.status === 'delivered' ? 'entregados' : 'sin entregar'} enviados ${s}`,
        `Hola, ¿qué paquetes enviados ${s} ${q.status === 'delivered' ? 'se han entregado ya' : 'siguen sin entregar'}?`,
      ]),
    );
  }
  if (rng.chance(0.3)) {
    // A question about the parcels' state is not a filter on it: "¿ha llegado?" still means all of them.
    return contract(rng.pick([`¿Ha llegado ya el paquete que mandé ${s}?`, `Mandé un paquete ${s}, ¿dónde está ahora?`, `¿Alguna novedad del envío que hice ${s}?`]));
  }
  return contract(
    rng.pick([
      `¿Dónde están los paquetes que envié ${s}?`,
      `¿Dónde está el paquete que mandé ${s}?`,
      `Busca los envíos que hice ${s}`,
      `Hola, quiero saber dónde está el envío que mandé ${s}`,
      `¿Me puedes decir cómo va el paquete enviado ${s}?`,
      `Necesito localizar los paquetes enviados ${s}`,
    ]),
  );
}

function describe(d: Description, rng: Rng): string {
  switch (d.kind) {
    case 'status':
      return d.status === 'delivered' ? rng.pick(['el que ya se entregó', 'el entregado', 'el que ya llegó']) : rng.pick(['el que todavía no ha llegado', 'el que aún está en camino', 'el que no se ha entregado']);
    case 'origin':
      return contract(rng.pick([`el que salió de ${place(d.place)}`, `el enviado desde ${place(d.place)}`]));
    case 'destination':
      return contract(rng.pick([`el que va a ${place(d.place)}`, `el que iba para ${place(d.place)}`]));
    case 'date':
      return rng.pick([`el que envié ${date(d.date, rng)}`, `el que mandé ${date(d.date, rng)}`]);
  }
}

function correct(c: Correction, rng: Rng): string {
  switch (c.kind) {
    case 'date':
      return rng.pick([`no, ${date(c.to, rng)}`, `perdón, quería decir ${date(c.to, rng)}`, `no, fue ${date(c.to, rng)}`]);
    case 'origin':
      return contract(rng.pick([`no es ${place(c.from)}, es ${place(c.to)}`, `no, desde ${place(c.to)}`, `perdón, salió de ${place(c.to)}`]));
    case 'destination':
      return contract(rng.pick([`quería decir a ${place(c.to)}`, `no, a ${place(c.to)}`, `no es ${place(c.from)}, es ${place(c.to)}`]));
  }
}

function refine(r: Refinement, rng: Rng): string {
  switch (r.kind) {
    case 'status':
      return r.status === 'delivered' ? rng.pick(['solo los entregados', 'solo los que ya llegaron', 'nada más los que ya se entregaron']) : rng.pick(['solo los que aún no han llegado', 'solo los que no se han entregado', 'solo los pendientes de entrega']);
    case 'origin':
      return contract(rng.pick([`solo los enviados desde ${place(r.place)}`, `desde ${place(r.place)}`, `solo los que salieron de ${place(r.place)}`]));
    case 'destination':
      return contract(rng.pick([`solo los que van a ${place(r.place)}`, `solo los enviados a ${place(r.place)}`]));
  }
}

export const es: Phrasebook = {
  request,
  requestOnAccount: (q, account, rng) => {
    // The request without its greeting, to follow the account in one sentence.
    const r = request(q, rng).replace(/^Hola, /, '');
    const plain = r.charAt(0) === '¿' ? `¿${r.charAt(1).toLowerCase()}${r.slice(2)}` : r.charAt(0).toLowerCase() + r.slice(1);
    return rng.pick([`En la cuenta ${account.number}: ${plain}`, `${plain.replace(/\?$/, '').replace(/^¿/, '')}, en la cuenta ${account.number}`, `Para la cuenta de ${account.name}, ${plain}`]);
  },
  pronoun: (rng) => rng.pick(['¿y cuándo llega?', '¿dónde está ahora?', '¿cuándo llegará?', '¿y cuándo lo entregan?', 'vale, ¿y para cuándo está previsto?']),
  other: (rng) => rng.pick(['¿y el otro?', '¿y el otro paquete?', 'vale, ¿y el otro?']),
  ordinal: (position, rng) =>
    position === 'last' ? rng.pick(['el último', 'el último de la lista']) : rng.pick([`el ${ORDINALS[position - 1]}`, String(position), `el número ${position}`]),
  describe,
  correct,
  refine,
  answerAccount: (a, rng) => {
    switch (a.kind) {
      case 'number':
        return String(a.position);
      case 'accountNumber':
        return rng.pick([a.accountNumber, `la cuenta ${a.accountNumber}`, `la ${a.accountNumber}`]);
      case 'name':
        return rng.pick([a.name, `la de ${a.name}`, `${a.name}, por favor`]);
      case 'position':
        return rng.pick([`la ${ORDINALS_F[a.position - 1]}`, `la ${ORDINALS_F[a.position - 1]} cuenta`]);
    }
  },
  hesitations: ['no, espera, ', 'mmm, ', 'perdón, '],
  acknowledgements: ['gracias', 'vale', '👍', 'ok, gracias', 'perfecto', 'muchas gracias'],
  greetings: ['hola', 'buenos días', 'buenas tardes', 'hola, buenas'],
  accountNumberQuestions: ['¿cuál es mi número de cuenta?', '¿me dices mi número de cuenta de UPS?', '¿qué número de cuenta tengo?'],
  vipQuestions: ['¿tenéis servicio VIP?', '¿cuánto cuesta el programa VIP?', 'información sobre el servicio VIP'],
  variants: [
    ['envié', ['envie', 'envíe']],
    ['mandé', ['mande', 'envié']],
    ['paquetes', ['paqetes', 'envíos', 'paquets']],
    ['paquete', ['paqete', 'envío']],
    ['envíos', ['envios', 'enviós']],
    ['Dónde', ['Donde', 'Dode']],
    ['dónde', ['donde']],
    ['entregados', ['entregaods', 'entrgados']],
    ['enviados', ['enviaods', 'mandados']],
    ['todavía', ['todavia', 'aún']],
  ],
};
