import type { PeriodName } from '../en/constants.ts';
import { withAccentFreeForms } from '../../../locale/index.ts';
import { ChronoCue, type ChronoVocabulary, type DateCue } from '../../dates/chronoCue.ts';

/** Spanish dictionaries. Data only. */

export const ES_ORIGIN_CUES: readonly string[] = ['de', 'desde', 'procedente de', 'enviado desde', 'que viene de', 'salió de', 'salieron de', 'salió del', 'del'];
export const ES_DESTINATION_CUES: readonly string[] = [
  'a', 'para', 'hacia', 'hasta', 'con destino a', 'enviado a', 'mandé a', 'mande a', 'envié a', 'envie a', 'rumbo a',
  'al', 'para el', 'hacia el', 'va a', 'van a', 'fue a', 'fueron a',
];
export const ES_WEAK_DESTINATION_CUES: readonly string[] = ['en'];
/** "X a Y" as a lane between two places. */
export const ES_LANE_JOINERS: readonly string[] = ['a', 'hasta', '-', '->', '→'];
/** Between two places of one role: "a Berlín y a México" names two destinations, not a lane. */
export const ES_PLACE_COORDINATORS: readonly string[] = ['y', 'e', 'o', ',', 'y también'];

export const ES_STATUS_HINTS: Readonly<Record<string, readonly string[]>> = {
  /** Asking about the status, not filtering by it ("签收了吗", "has it arrived"): matched so its shorter words do not count; dropped. */
  question: ['ha llegado ya', 'ya ha llegado', 'se ha entregado ya', 'lo han entregado', 'lo entregaron', 'cuándo llega', 'cuando llega', 'cuándo se entrega', 'será entregado', 'se entregará', 'ya lo entregaron'],
  not_delivered: [
    'no ha llegado', 'no llegó', 'no llego', 'no he recibido', 'no recibí', 'no recibi', 'sin entregar',
    'no me ha llegado', 'no lo he recibido', 'todavía no llega', 'todavia no llega', 'aún no llega', 'aun no llega',
    'no entregado', 'no entregados', 'no entregada', 'no entregadas', 'pendiente de entrega', 'pendientes de entrega',
    'pendiente de entregar', 'pendientes de entregar', 'por entregar', 'sin llegar',
    'no han llegado', 'todavía no entregado', 'aún no entregado', 'sin entregarse', 'no se han entregado', 'no se ha entregado',
    'no han sido entregados', 'no ha sido entregado', 'no se entregó', 'no se entrego',
    'nunca llegó', 'nunca llego', 'jamás llegó', 'jamas llego', 'nunca me llegó', 'nunca me llego',
    // Going to a place ("¿qué va rumbo a Lima?"): not there yet, whatever its last scan says ("en camino" is in_transit: moving).
    'rumbo a', 'con rumbo a', 'van hacia', 'va hacia',
  ],
  delivered: ['entregado', 'entregada', 'entregados', 'entregadas', 'ya han llegado', 'han llegado', 'llegaron', 'ya llegaron', 'dice entregado', 'llegó', 'llego', 'se entregó', 'se entrego', 'entregaron', 'ya entregado', 'ya entregada'],
  stuck: ['atascado', 'atascada', 'no se mueve', 'sin actualización', 'sin actualizacion', 'parado', 'estancado'],
  in_customs: ['en aduana', 'en aduanas', 'en la aduana', 'por aduana', 'por la aduana', 'pendiente de despacho', 'despacho de aduana', 'despacho aduanero'],
  held_in_customs: [
    'retenido en aduana', 'retenida en aduana', 'retenidos en aduana', 'retenidas en aduana', 'retenido en la aduana', 'retenidos en la aduana',
    'retenido por aduana', 'retenido por la aduana', 'detenido en aduana', 'atascado en aduana', 'parado en aduana',
    // "¿hay algo retenido en aduanas?": the plural office is the same hold (it was read as any exception in any customs state).
    'retenido en aduanas', 'retenida en aduanas', 'retenidos en aduanas', 'retenidas en aduanas', 'retenido en las aduanas', 'retenidos en las aduanas',
    'detenido en aduanas', 'atascado en aduanas', 'parado en aduanas',
  ],
  exception: ['excepción', 'excepcion', 'retenido', 'retenida', 'devuelto'],
  in_transit: ['en tránsito', 'en transito', 'en camino', 'en movimiento', 'todavía moviéndose', 'en ruta'],
  damaged: ['dañado', 'dañada', 'dañados', 'dañadas', 'roto', 'rota', 'rotos', 'rotas', 'aplastado', 'aplastada', 'abollado', 'en pedazos'],
  late: ['retrasado', 'retrasada', 'retrasados', 'retrasadas', 'atrasado', 'atrasada', 'atrasados', 'atrasadas', 'con retraso', 'con demora', 'demorado', 'demorada', 'demorados', 'demoradas', 'vencido el plazo', 'fuera de plazo',
    // "¿qué envíos tienen problemas?": en excepción (retenidos, dañados …) o pasada su fecha prevista.
    'envíos tienen problemas', 'envios tienen problemas', 'paquetes tienen problemas', 'envíos con problemas', 'envios con problemas', 'paquetes con problemas',
    'envíos tienen algún problema', 'envios tienen algun problema', 'paquetes tienen algún problema'],
  out_for_delivery: ['en reparto', 'sale a reparto', 'salió a reparto', 'salio a reparto', 'en la furgoneta', 'con el repartidor', 'en entrega'],
};

export const ES_FUTURE_CUES: readonly string[] = ['próximo', 'proximo', 'próxima', 'proxima', 'que viene', 'mañana', 'manana'];

/** Chrono matches that are not dates for us. */
// Durations, not dates: "lleva más de una semana de retraso", "parado por tres días", "durante dos semanas"
// (chrono reads "de una semana" as a week from now; found by an outside tester).
const ES_DURATION_PREFIXES = ['de un ', 'de una ', 'de unos ', 'de unas ', 'por ', 'durante ', ...['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'diez', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `de ${n}`)];
export const ES_CHRONO_IGNORED = { texts: ['ahora', 'esta noche', 'esta mañana'], prefixes: ['en ', 'dentro de ', ...ES_DURATION_PREFIXES] };

export const ES_PERIODS: Readonly<Record<string, PeriodName>> = {
  anteayer: 'day_before_yesterday',
  antier: 'day_before_yesterday',
  'antes de ayer': 'day_before_yesterday',
  'la semana que viene': 'next_week',
  'la próxima semana': 'next_week',
  'la semana pasada': 'previous_week',
  'semana pasada': 'previous_week',
  'principios de la semana pasada': 'early_previous_week',
  'principio de la semana pasada': 'early_previous_week',
  'comienzos de la semana pasada': 'early_previous_week',
  'inicios de la semana pasada': 'early_previous_week',
  'inicio de la semana pasada': 'early_previous_week',
  'esta semana': 'current_week',
  'el mes pasado': 'previous_month',
  'mes pasado': 'previous_month',
  'este mes': 'current_month',
  'principios de mes': 'early_current_month',
  'principios de este mes': 'early_current_month',
  'comienzos de mes': 'early_current_month',
  'inicios de mes': 'early_current_month',
  'principio de mes': 'early_current_month',
  'el año pasado': 'previous_year',
  'año pasado': 'previous_year',
  'este año': 'current_year',
  'el fin de semana pasado': 'previous_weekend',
  'este fin de semana': 'current_weekend',
  'los últimos días': 'last_7_days',
  'los ultimos dias': 'last_7_days',
};

/** "hace N días|semanas|meses": number words, units in days. */
export const ES_NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30,
};
export const ES_AGO_UNITS: Readonly<Record<string, 'day' | 'week' | 'month'>> = {
  día: 'day', dia: 'day', días: 'day', dias: 'day', semana: 'week', semanas: 'week', mes: 'month', meses: 'month',
};

/** Words that show a message is Spanish; each also counts without its accents ("mande", "llego", "ultima"), as natives often type. */
export const ES_MARKERS: readonly string[] = withAccentFreeForms([
  'el', 'la', 'los', 'las', 'mi', 'mis', 'de', 'que', 'por', 'para', 'dónde', 'donde', 'está', 'esta', 'paquete',
  'envío', 'envio', 'hola', 'gracias', 'quiero', 'necesito', 'un', 'una', 'es', 'no', 'con', 'pedido', 'cuenta', 'ha', 'han', 'desde',
  'otro', 'otra', 'número', 'entregado', 'entregados', 'todavía', 'aún', 'envíos', 'paquetes', 'llegó', 'llega',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'hoy', 'mañana',
  'factura', 'adiós', 'adios', 'ayuda', 'hablar', 'persona', 'llegado', 'cuándo', 'cuando', 'qué', 'cómo', 'como',
  'mí', 'sí', 'pero', 'ya', 'también', 'buenos', 'días', 'dias', 'buenas', 'tardes', 'noches', 'mandé', 'envié',
  'hace', 'ayer', 'semana', 'pasada', 'pasado', 'roto', 'dañado', 'aduana', 'cambiar', 'dirección', 'direccion',
  'contraseña', 'huella', 'carbono', 'agente', 'humano', 'caja', 'del', 'al', 'lo', 'le', 'se', 'me', 'su',
  // Everyday words of a support chat without a Spanish letter ("tengo facturas pendientes?"; found by an outside tester).
  'tengo', 'tienes', 'tiene', 'tenemos', 'tienen', 'hay', 'facturas', 'pendiente', 'pendientes', 'cuanto', 'cuantos', 'cual',
  'cuales', 'puedo', 'puedes', 'puede', 'podemos', 'pueden', 'quien', 'usuario', 'usuarios', 'pagar', 'pago', 'debo', 'debemos',
  'cobraron', 'reclamar', 'reclamo', 'entrega', 'recogida', 'enviar', 'mandar', 'saber', 'ver', 'muestrame', 'ayudame', 'estoy',
  'estan', 'llegaron', 'retraso', 'retrasado', 'perdido', 'seguimiento', 'emisiones', 'generaron', 'aduanas', 'documentos',
  'nuestro', 'nuestra', 'nuestros', 'nuestras', 'tu', 'tus', 'usted', 'ustedes', 'este', 'estos', 'ese', 'esos', 'eso',
  'sigue', 'nunca', 'rota', 'reembolso', 'asesor', 'llame', 'correo', 'telefono', 'cuánto', 'cuántos', 'cuál', 'quién',
  // A customer's questions about the service and its price ("somos clientes vip? cuanto costaria"; found by an outside tester).
  'somos', 'soy', 'cliente', 'clientes', 'costaría', 'cuesta', 'cuestan', 'costar', 'precio', 'precios', 'tarifa', 'mueve', 'movido',
  // "rastrea 1Z… por favor", "¿mandamos algo ayer?" (found by an outside tester: answered in English).
  'rastrea', 'rastrear', 'rastreame', 'favor', 'mandamos', 'enviamos', 'algo',
]);

export const ES_COMMON_WORDS: readonly string[] = [
  'a', 'de', 'el', 'la', 'los', 'las', 'mi', 'su', 'un', 'una', 'persona', 'agente', 'humano', 'casa', 'oficina',
  'mi casa', 'mi madre', 'mi hija', 'mi hijo', 'mi amigo', 'mi cliente', 'hablar', 'ver', 'cambiar', 'saber',
  'pagar', 'entregar', 'entrega', 'dirección', 'direccion', 'cuenta', 'factura', 'paquete', 'pedido', 'envío',
  'envio', 'aduana', 'ayer', 'hoy', 'mañana', 'semana', 'mes', 'año', 'alguien', 'nadie', 'otra', 'otro', 'real',
  'tiempo', 'fecha', 'nuevo', 'nueva', 'punto', 'tienda', 'vecino', 'vecina', 'trabajo', 'que', 'qué', 'por',
  // Words of time beside a period ("el mes de antes" is no parcel from Nantes).
  'antes', 'después', 'despues', 'anterior', 'siguiente', 'previo', 'previa', 'luego',
  // The Billing Center keeps its English name in Spanish ("al billing center"): no "Billings".
  'billing', 'center',
];

/** What stands before a day of the month said alone: "el 14", "el día 3", "del 14". */
export const ES_DAY_OF_MONTH_PREFIXES: readonly string[] = ['el día', 'el dia', 'del día', 'del dia', 'el', 'del', 'día', 'dia'];
/** After "el 2 …" these make it a count or a position, not a day ("el 2 de 3", "el 10%"). */
export const ES_ORDINAL_NOUNS: readonly string[] = [
  'paquete', 'paquetes', 'envío', 'envíos', 'envio', 'envios', 'pedido', 'pedidos', 'caja', 'cajas', 'piso',
  'número', 'numero', 'veces', 'vez', 'euros', 'dólares', 'dolares', 'pesos', 'kilos', 'kg',
];

/** Days of the month in words ("el día once", "el trece de marzo"); not "el primero", which picks from a list. */
export const ES_DAY_NUMERALS: Readonly<Record<string, number>> = Object.freeze({
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
  trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
  veintiuno: 21, veintiún: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23, veinticuatro: 24, veinticinco: 25,
  veintiséis: 26, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, 'treinta y uno': 31,
});
const ES_DAY_WORDS = Object.keys(ES_DAY_NUMERALS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');

/** Group 1 is the day, in digits or words. "el 14 de marzo" is chrono's (its longer span wins the overlap). */
export const ES_DAY_OF_MONTH = new RegExp(
  `(?:^|(?<![\\p{L}\\p{N}]))(?:${ES_DAY_OF_MONTH_PREFIXES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\s+([0-3]?[0-9]|${ES_DAY_WORDS})(?![\\p{L}])(?![\\p{N}%°/:.,]\\p{N}|[\\p{N}%°])`,
  'giu',
);
/** A month named after a day in words: "el trece de marzo" (group 1 the month). */
export const ES_MONTH_AFTER_DAY = {
  pattern: /^\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?![\p{L}])/u,
  months: Object.freeze({ enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12 }),
} as const;
/** Where ES_DAY_OF_MONTH could match: a digit or a day in words. */
export const ES_DAY_OF_MONTH_GATE = new RegExp(`[0-9]|(?<![\\p{L}])(?:${ES_DAY_WORDS})(?![\\p{L}])`, 'iu');

/** Right before a place (or its role cue): "no es Madrid", "no a Lima", "en vez de Quito". */
export const ES_NEGATION_CUES: readonly string[] = ['no', 'no es', 'no era', 'no fue', 'ni', 'en vez de', 'en lugar de', 'y no'];
/** Role words a negation may stand before ("no de Madrid", "no es para Lima"). Only prepositions. */
export const ES_NEGATABLE_ROLE_CUES: readonly string[] = ['de', 'desde', 'a', 'para', 'hacia', 'hasta'];

/**
 * The words chrono-node's Spanish parser reads dates from (months, weekdays, hoy/ayer/mañana, times of
 * day, duration units after a number), so messages without them skip chrono.
 * test/nlu/chrono_date_cue.test.ts checks that it misses nothing.
 */
export const ES_CHRONO_VOCABULARY: ChronoVocabulary = {
  words: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
    'ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic',
    'domingo', 'dom', 'lunes', 'lun', 'martes', 'miércoles', 'miercoles', 'mié', 'mie', 'jueves', 'jue', 'viernes', 'vie',
    'sábado', 'sabado', 'sáb', 'sab',
    'ahora', 'hoy', 'mañana', 'manana', 'ayer', 'tarde', 'medianoche', 'mediodia', 'mediodía', 'noche',
  ],
  units: [
    'sec', 'segundo', 'segundos', 'min', 'mins', 'minuto', 'minutos', 'h', 'hr', 'hrs', 'hora', 'horas', 'día', 'días',
    'dia', 'dias', 'semana', 'semanas', 'mes', 'meses', 'cuarto', 'cuartos', 'año', 'años', 'ano', 'anos',
  ],
  beforeUnit: [
    'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece',
    'u', 'un', 'una', 'unos', 'alguno', 'algunos', 'demi',
  ],
  fusedBeforeUnit: [],
  // chrono's Spanish durations need a preposition: "en dos días", "dentro de una semana", "por tres horas".
  beforeCount: ['en', 'por', 'durante', 'de'],
};
export const ES_CHRONO_DATE_CUE: DateCue = new ChronoCue(ES_CHRONO_VOCABULARY);

/** "since friday": the day a period to today starts (DateSinceRefiner), before or after the date. */
export const ES_SINCE_CUES = { before: ['desde', 'a partir de', 'a partir del'], after: [] } as const;
