import type { Texts } from './types.ts';

export const es: Texts = {
  welcome: 'Hola, soy Carrier Assist. Envíame un número de seguimiento (empieza por 1Z) para rastrear tu paquete, o pide ayuda.',
  greeting: '¡Hola! ¿En qué puedo ayudarte con tus envíos?',
  help: 'Puedo rastrear un paquete por su número de seguimiento 1Z o, si has iniciado sesión, por una descripción como «la caja que envié ayer a Toronto», y decirte su estado, el último escaneo y la entrega prevista. También puedo pasarte con una persona. ¿Qué quieres hacer?',
  helpChoices: [
    { label: 'Rastrear un paquete', value: 'Rastrear un paquete' },
    { label: 'Hablar con una persona', value: 'Quiero hablar con una persona' },
  ],
  thanks: '¡De nada! ¿Algo más en lo que pueda ayudarte?',
  goodbye: 'Adiós, gracias por enviar con nosotros.',
  askTrackingNumber: 'Claro, ¿cuál es el número de seguimiento? Empieza por 1Z y tiene 18 caracteres.',
  invalidTrackingNumber: (numbers) =>
    `${numbers.join(', ')} no parece correcto: el último dígito no coincide. ¿Puedes revisar el número en la etiqueta o el recibo?`,
  unknownTrackingNumber: (number) =>
    `No encontré ningún paquete con el número ${number}. Las etiquetas nuevas pueden tardar unas horas en aparecer; revisa el número o inténtalo más tarde.`,
  statusNames: {
    label_created: 'Etiqueta creada',
    picked_up: 'Recogido',
    in_transit: 'En tránsito',
    out_for_delivery: 'En reparto',
    delivered: 'Entregado',
    exception: 'Incidencia',
  },
  localTime: {
    local: (time) => `${time} (hora local)`,
    place: (time, city) => `${time} (hora de ${city})`,
    zone: (time, zoneName) => `${time} (${zoneName})`,
  },
  trackingSummary: (f) => {
    const parts = [`${f.trackingNumber}: ${es.statusNames[f.status]}.`];
    if (f.lastEvent) parts.push(`Última actualización: ${f.lastEvent.description}, ${f.lastEvent.place}, ${f.lastEvent.at}.`);
    if (f.deliveredAt) parts.push(`Entregado el ${f.deliveredAt}.`);
    else if (f.eta && f.etaPassed) parts.push(`Se esperaba para el ${f.eta} y va con retraso.`);
    else if (f.eta) parts.push(`Entrega prevista: ${f.eta}.`);
    return parts.join(' ');
  },
  trackingCardTitle: (n) => `Paquete ${n}`,
  cardLabels: {
    status: 'Estado',
    service: 'Servicio',
    lastEvent: 'Última actualización',
    eta: 'Entrega prevista',
    etaPassed: 'Se esperaba',
    delivered: 'Entregado',
    route: 'Ruta',
    shipped: 'Enviado',
  },
  publicViewNote: 'Vincula tu cuenta para ver todos los detalles, como la ruta y el destinatario.',
  signedBy: (n, r, delivered) =>
    delivered
      ? `${n} iba dirigido a ${r}. Nuestro registro de entrega no guarda el nombre ni la firma de quien lo recibió, así que no puedo decirte quién firmó; si ${r} no lo recibió, puedo abrir una investigación.`
      : `${n} todavía no se ha entregado, así que nadie lo ha firmado. Va dirigido a ${r}.`,
  speedUp:
    'Un paquete que ya está en camino no se puede acelerar: el servicio se eligió al enviarlo y la fecha de arriba es la estimación del transportista. Si el próximo tiene que llegar antes, envíalo con UPS Worldwide Express; si este no llega en la fecha prevista, puedo abrir una investigación.',
  declaredValue: (n, v) => `El valor declarado de ${n} es ${v}.`,
  notOnYourAccounts: (n) => `${n} no es un paquete de tu cuenta, así que solo puedo mostrarte lo que la página pública de seguimiento muestra a cualquiera con el número.`,
  onlyShipperMayAct: (n) => `Solo los usuarios de la cuenta que envió ${n} pueden cambiar su entrega o abrir una solicitud sobre él: pídeselo a tu colega de esa cuenta.`,
  severalMatches: (n) => `He encontrado ${n} paquetes que encajan. ¿Cuál de ellos?`,
  manyMatches: (n, shown) => `Hay ${n} paquetes que encajan. Los ${shown} más recientes:`,
  mostRecent: (shown) => `Los ${shown} más recientes:`,
  moreMatches: (n) => `…y ${n} más. Dime una fecha, un lugar o un servicio para acotarlos.`,
  serviceLevelNames: { express: 'exprés', next_day: 'Next Day Air', second_day: '2nd Day Air', three_day: '3 Day Select', saver: 'Saver', expedited: 'Expedited', ground: 'terrestre', standard: 'estándar', economy: 'económico' },
  parcelLine: (l) => `${l.position}. ${l.trackingNumber}: ${l.from} → ${l.to}, enviado el ${l.shipDate}, ${l.status}`,
  parcelChoice: (l) => `A ${l.toCity}, ${l.shortDate}`,
  recentParcels: 'Estos son tus envíos más recientes. ¿Cuál de ellos?',
  noParcelsOnAccount: (a) => `Todavía no hay envíos en la cuenta ${a}.`,
  noMatch: (s, a) => {
    const parts = [!s.deliveredDates && s.status, s.service && `por servicio ${s.service}`, s.from && `desde ${s.from}`, s.to && `a ${s.to}`, s.dates && `${s.deliveredDates ? 'entregado' : 'enviado'} ${s.dates}`].filter(Boolean);
    return `No encontré ningún paquete ${parts.join(' ')} en la cuenta ${a}.`;
  },
  parcelCount: (n, s, a) => {
    const plural = n > 1 ? 's' : '';
    const parts = [!s.deliveredDates && s.status, s.service && `por servicio ${s.service}`, s.from && `desde ${s.from}`, s.to && `a ${s.to}`, s.dates && `${s.deliveredDates ? 'entregado' : 'enviado'}${plural} ${s.dates}`].filter(Boolean);
    const counted = n === 0 ? 'ningún paquete' : n === 1 ? '1 paquete' : `${n} paquetes`;
    return `La cuenta ${a} ${n === 0 ? 'no tiene' : 'tiene'} ${counted} ${parts.join(' ')}.`;
  },
  amongShown: (n, listed, status) => (n === 0 ? `Ninguno de los ${listed} paquetes de la lista figura como «${status}».` : n === listed ? `Los ${listed} paquetes de la lista figuran como «${status}»:` : `${n} de los ${listed} paquetes de la lista ${n === 1 ? 'figura' : 'figuran'} como «${status}»:`),
  nearestIntro: 'Estos son los más parecidos:',
  arrivals: (delivered, n) => (n === 0 ? 'Así que no hay ninguno por llegar.' : delivered === n ? (n === 1 ? 'Ya llegó.' : `Han llegado los ${n}.`) : delivered === 0 ? (n === 1 ? 'Todavía no ha llegado.' : 'Todavía no ha llegado ninguno.') : `Han llegado ${delivered}; ${n - delivered} todavía no.`),
  statusHintNames: { delivered: 'entregado', not_delivered: 'sin entregar', stuck: 'detenido', exception: 'con incidencia', in_transit: 'en tránsito', out_for_delivery: 'en reparto', damaged: 'dañado', returned: 'devuelto', in_customs: 'en aduana', held_in_customs: 'retenido en aduana', late: 'con retraso' },
  dateRange: (from, to) => (from === to ? `el ${from}` : `entre el ${from} y el ${to}`),
  lastArrived: (n, s, p) => `De los ${n} paquetes entregados ${[s.service && `por servicio ${s.service}`, s.from && `desde ${s.from}`, s.to && `a ${s.to}`].filter(Boolean).join(' ')}, el último en llegar es ${p}, así que entiendo que es ese (si no, envíame su número de seguimiento):`,
  onlyOneTravelling: (n, s) => `De los ${n} paquetes ${[s.service && `por servicio ${s.service}`, s.from && `desde ${s.from}`, s.to && `a ${s.to}`].filter(Boolean).join(' ')}, ${n - 1 === 1 ? 'el otro ya se entregó' : `los otros ${n - 1} ya se entregaron`}; este es el que sigue en camino:`,
  narrowingQuestion: (n, slot) =>
    `Hay ${n} paquetes que encajan. ${slot === 'destination' ? '¿A qué ciudad o país lo enviaste?' : slot === 'origin' ? '¿Desde qué ciudad lo enviaste?' : '¿Cuándo lo enviaste?'}`,
  needLink:
    'Para consultar los envíos de tu cuenta primero tengo que vincular este chat a tu cuenta. ¿Cuál es el correo electrónico de tu cuenta? Te enviaré un código de 6 dígitos. (O envíame el número de seguimiento: empieza por 1Z.)',
  codeSent: (m) => `Si ese correo está registrado, te hemos enviado un código de 6 dígitos. Es válido durante ${m} minutos: escríbelo aquí.`,
  codeRateLimited: 'Se han pedido demasiados códigos en este chat. Inténtalo de nuevo dentro de una hora.',
  linked: (name) => `Gracias, ${name}: este chat ya está vinculado a tu cuenta.`,
  wrongCode: (n) => `Ese código no es correcto. Te ${n === 1 ? 'queda 1 intento' : `quedan ${n} intentos`}.`,
  codeExpired: 'Ese código ha caducado. Envíame de nuevo tu correo y te mandaré otro.',
  codeLocked: 'Ese código se ha bloqueado tras demasiados intentos. Envíame de nuevo tu correo para recibir otro.',
  noCodePending: 'Todavía no te he enviado ningún código. ¿Cuál es el correo electrónico de tu cuenta?',
  whichAccount: 'Eres usuario de varias cuentas. ¿De qué cuenta se trata?',
  noAccount: (name) =>
    `${name ? `${name}, tu` : 'Tu'} acceso está vinculado a este chat, pero todavía no eres usuario de ninguna cuenta, así que no tengo envíos, facturas ni usuarios tuyos que mostrar. Para tener acceso, pide a un Admin de la cuenta de tu empresa que te añada en el Billing Center (Administración › Gestionar usuarios › Añadir nuevo usuario) con los roles que necesites. Pregúntame «¿cómo consigo acceso?» para ver los pasos.`,
  onlyYourAccounts: (own) => `Solo puedo mostrarte las cuentas de las que eres usuario (${own.join(', ')}), no las de otra empresa ni las de un colega de otra empresa. Con un número de seguimiento puedo mostrarte lo que muestra la página pública; para sus facturas, pídeselas a ellos o al administrador de su cuenta.`,
  notYourAccount: (a) => `Solo puedo consultar las cuentas de las que eres usuario, y ${a} no es una de ellas.`,
  lostOrDelayed: {
    onTime: (n, eta) => `${n} va en camino y sin retraso: la entrega está prevista para el ${eta}. Si no llega, aquí estaré.`,
    onTimeNoEta: (n) => `${n} va en camino y de momento no tiene ninguna incidencia.`,
    notHandedOver: (n, at, eta) =>
      `${n} todavía no está en camino: su etiqueta se creó el ${at}, pero aún no hemos recibido el paquete del remitente.${eta ? ` Una vez entregado, la entrega está prevista para el ${eta}.` : ''}`,
    traceOffer: (n, silent, late) =>
      `${n} no tiene ningún escaneo desde hace ${silent} días y lleva ${late} ${late === 1 ? 'día' : 'días'} de retraso sobre la entrega prevista, así que puede haberse perdido. ¿Abro una incidencia para rastrearlo?`,
    deliveredAsk: (n, at) => `${n} se entregó el ${at}. Si no te ha llegado, ¿abro una incidencia para rastrearlo?`,
    traceChoices: [
      { label: 'Sí, rastréalo', value: 'sí' },
      { label: 'No, gracias', value: 'no gracias' },
    ],
    reasonLate: (d) => `lleva ${d} ${d === 1 ? 'día' : 'días'} de retraso sobre la entrega prevista`,
    reasonStuck: (place, d) => `lleva ${d} días solo con escaneos en el centro de ${place} cuando ya debería entregarse: va con retraso`,
    reasonSilent: (d) => `no tiene ningún escaneo desde hace ${d} días`,
    reasonException: 'ha tenido una incidencia en el camino',
    damagedNotLost: (tn) => `${tn} no se ha perdido: nuestra red lo registró como dañado en el camino y está retenido para inspección. La indemnización se tramita con una reclamación por daños.`,
    reasonDelivered: (at) => `figura como entregado el ${at}`,
    ticketOpened: (n, reason, ticket) =>
      `${n} ${reason}, así que he abierto la incidencia ${ticket}. Nuestro equipo lo rastreará con el número de seguimiento y los datos de contacto de remitente y destinatario, y te informaremos en 24 horas. Si el destinatario tiene novedades, dímelo aquí.`,
    stillTracing: 'Nuestro equipo lo está rastreando y te informará en 24 horas.',
    claimPath: (v) =>
      `Como su valor declarado es de ${v} USD, también puedes reclamar: si el rastreo confirma la pérdida, la indemnización se paga en 48 horas tras la verificación, sin esperar a la aseguradora.`,
    cardTitle: (ticket) => `Incidencia ${ticket}`,
    labels: { parcel: 'Paquete', route: 'Ruta', shipped: 'Enviado', sender: 'Remitente', recipient: 'Destinatario' },
  },
  acknowledged: '¡Encantado de ayudar! ¿Algo más en lo que pueda ayudarte?',
  acknowledgedPending: 'De acuerdo, aquí estoy cuando quieras.',
  cancelled: 'De acuerdo, lo he dejado. ¿En qué más puedo ayudarte?',
  nothingToCancel: 'De acuerdo. ¿En qué más puedo ayudarte?',
  resumeOffer: (what) => `¿Seguimos con ${what}?`,
  resumeChoices: [
    { label: 'Sí, volver', value: 'sí' },
    { label: 'No, gracias', value: 'no gracias' },
  ],
  flowNames: {
    lost_or_delayed: 'la búsqueda de tu envío',
    customs_help: 'tu consulta de aduanas',
    change_delivery: 'el cambio de entrega',
    damaged_package: 'el informe de daños',
    billing: 'tu consulta de facturación',
    account_access: 'la solicitud de acceso',
    vip_service: 'la solicitud del servicio VIP',
    carbon_footprint: 'el informe de carbono',
    status: 'tu envío',
    default: 'lo que estábamos haciendo',
  },
  correctionSaid: (changes) => `De acuerdo: ${changes.join(' y ')}.`,
  correctionPart: (slot, value) =>
    value === null
      ? `sin ${slot === 'dateRange' ? 'fecha' : slot === 'origin' ? 'origen' : slot === 'destination' ? 'destino' : slot === 'serviceLevels' ? 'servicio' : 'estado'}`
      : slot === 'serviceLevels'
        ? `por servicio ${value}`
        : slot === 'dateRange'
        ? `enviado ${value}`
        : slot === 'origin'
          ? `desde ${value}`
          : slot === 'destination'
            ? `a ${value}`
            : value,
  referenceOutOfRange: (count, position) =>
    `${position && position > count ? `No hay un número ${position}: te` : 'Te'} mostré ${count} ${count === 1 ? 'envío' : 'envíos'}. ¿Cuál de ellos?`,
  referenceOnlyOne: (n) => `Para esa búsqueda solo encontré un envío: ${n}. Si te refieres a otro, dime adónde fue o cuándo lo enviaste, o mándame su número de seguimiento.`,
  referenceNothingShown: 'Todavía no te he mostrado ningún envío. ¿A cuál te refieres? Dime adónde fue o cuándo lo enviaste, o mándame su número de seguimiento.',
  contactDetails: (local, intl) => `Puedes llamar a atención al cliente al ${local}, las 24 horas, todos los días, también los fines de semana (desde el extranjero: ${intl}). También puedo pasarte con una persona aquí mismo, con todo lo que hemos hablado.`,
  contactLines: (local, intl) => `Atención al cliente responde en el ${local} las 24 horas, todos los días, también los fines de semana (desde el extranjero: ${intl}).`,
  contactChoices: [{ label: 'Hablar con una persona aquí', value: 'quiero hablar con una persona' }],
  personOffer: (n, category) =>
    category === 'billing_dispute'
      ? 'Tienes una disputa anterior todavía abierta. Si quieres, puedo pasar esto a una persona de nuestro equipo de facturación. ¿Lo hago?'
      : `Si quieres, también puedo pasar ${n ?? 'esto'} a una persona de nuestro equipo${category === 'customs' ? ' de aduanas' : ''}. ¿Lo hago?`,
  notUnderstoodAgain: 'Perdona, sigo sin entenderte. ¿Quieres que te pase con una persona? También puedes enviarme un número de seguimiento (empieza por 1Z) y lo busco.',
  personOfferChoices: [
    { label: 'Sí, con una persona', value: 'sí' },
    { label: 'No, gracias', value: 'no gracias' },
  ],
  fileWithoutRequest:
    'He recibido tu archivo, pero aquí no hay ninguna solicitud esperando uno. Los archivos que puedo recibir son documentos que pide la aduana (factura comercial, lista de empaque) y fotos de un paquete dañado. Dime de qué paquete se trata (su número de seguimiento 1Z o una descripción como "el de Toronto") y qué pasó; luego envía el archivo otra vez y lo añadiré a esa solicitud.',
  notUnderstood: 'Perdona, no te he entendido. Puedo rastrear un paquete si me envías su número de seguimiento.',
  notAvailableYet:
    'Todavía no puedo hacer eso en este chat. Ahora mismo puedo rastrear tus paquetes o pasarte con una persona.',
  turnFailed: 'Lo siento, algo ha fallado por nuestra parte. Tu mensaje se ha guardado; inténtalo de nuevo en un momento.',
};
