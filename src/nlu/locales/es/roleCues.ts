import type { SpanRoleCues } from '../roleCues.ts';

/** Spanish span-role dictionaries (see ../roleCues.ts). */
export const ES_ROLE_CUES: SpanRoleCues = {
  clauseEnds: '.?!;,:¿¡',
  noise: {
    signOffs: ['saludos', 'un saludo', 'saludos cordiales', 'atentamente', 'cordialmente', 'un abrazo', 'muchas gracias y saludos'],
    marks: ['> ', 'escribió:', 'mensaje original', 'mensaje reenviado', 'enviado desde mi', 'de:', '-- ', '——'],
  },
  location: {
    prefixes: ['aduana de', 'aduana en', 'aduanas de', 'almacén de', 'almacen de', 'centro de distribución de', 'centro logístico de', 'centro de clasificación de'],
    verbs: [
      'atascado', 'atascada', 'atascados', 'atascadas', 'retenido', 'retenida', 'retenidos', 'retenidas', 'parado',
      'parada', 'detenido', 'detenida', 'estancado', 'estancada', 'varado', 'varada', 'quedó', 'quedo', 'escaneado',
      'escaneada', 'lleva', 'llevan', 'sigue', 'siguen',
    ],
    copulas: ['está', 'esta', 'están', 'estan', 'estuvo', 'ahora', 'sigue', 'siguen', 'todavía', 'todavia', 'aún', 'aun'],
    prepositions: ['en'],
    suffixes: [],
    stuckLater: [],
    atPrefixes: [],
  },
  newAddress: {
    changeCues: [
      'cambiar la dirección', 'cambiar la direccion', 'cambien la dirección', 'cambiar dirección', 'nueva dirección',
      'nueva direccion', 'dirección nueva', 'direccion nueva', 'redirigir', 'redirigirlo', 'redirijan', 'desviar',
      'entréguenlo', 'entreguenlo', 'entregarlo en', 'entreguen en', 'en lugar de', 'en vez de', 'debe ir a',
      'dirección de entrega a',
    ],
    verbs: [
      'redirigir', 'redirigirlo', 'redirigirla', 'redirijan', 'desviar', 'desvíen', 'entréguenlo', 'entreguenlo',
      'entréguenla', 'entregarlo', 'entregarla', 'entreguen', 'ir', 'dirección es', 'direccion es', 'dirección a',
      'direccion a', 'dirección:', 'nueva es', 'vaya', 'que vaya a', 'llévenlo', 'llevenlo', 'mándenlo', 'mandenlo',
    ],
    streetWords: ['calle', 'c/', 'avenida', 'av', 'avda', 'paseo', 'plaza', 'camino', 'carrera', 'calzada', 'ronda', 'carretera', 'bulevar', 'piso', 'número', 'no', 'nº',
      // Addresses abroad are written as they are there ("120 Bremner Blvd, Toronto").
      'street', 'st', 'blvd', 'boulevard', 'ave', 'avenue', 'road', 'rd', 'rue', 'strasse', 'straße'],
  },
  dates: {
    delivered: ['entregado', 'entregada', 'entregaron', 'entregó', 'entrego', 'llegó', 'llego', 'llegaron', 'recibí', 'recibi', 'recibido', 'recibimos', 'recibió', 'firmado', 'entrega'],
    shipped: ['envié', 'envie', 'enviado', 'enviados', 'enviada', 'enviadas', 'mandados', 'mandada', 'mandadas', 'enviamos', 'mandé', 'mande', 'mandamos', 'mandado', 'salió', 'salio', 'despachado', 'envíos', 'envios', 'envío', 'envio'],
    silent: ['mueve', 'movido', 'moverse', 'actualiza', 'actualizado', 'actualización', 'actualizacion', 'parado', 'atascado', 'escaneo', 'escaneado'],
    expected: ['llega', 'llegará', 'llegara', 'llegue', 'llegan', 'llegarán', 'llegaran', 'entregan', 'entregarán', 'me llega', 'estará'],
    deadline: ['para', 'para el', 'antes del', 'antes de', 'a más tardar el', 'a mas tardar el', 'como tarde el'],
    requested: [
      'entreguen', 'entregue', 'entregar', 'entregarlo', 'entregarla', 'entréguenlo', 'entreguenlo', 'traigan', 'traerlo',
      'reprogramar', 'reprogramen', 'reprograma', 'cambiar la entrega', 'cambia la entrega', 'cambien la entrega', 'vuelvan a',
    ],
    past: ['entregaron', 'entregó', 'entrego', 'llegó', 'llego', 'fue', 'era', 'estaba'],
    verbSide: 'before',
  },
  asks: {
    when: ['cuándo', 'cuando', 'qué día', 'que dia', 'qué fecha', 'que fecha', 'para cuándo', 'a qué hora'],
    arrival: ['llega', 'llegará', 'llegara', 'llegó', 'llego', 'llegar', 'entrega', 'entregar', 'entregan', 'entregó', 'entrego', 'entregaron', 'entregará', 'recibo', 'recibiré', 'recibir'],
    deliveryDate: ['fecha de entrega', 'fecha estimada', 'fecha prevista', 'fecha de llegada'],
    location: ['dónde está', 'donde esta', 'dónde esta', 'donde está', 'dónde están', 'donde estan', 'dnd esta', 'dónde anda', 'donde anda', 'dónde se encuentra', 'por dónde va', 'por donde va'],
    speedUp: ['acelerar', 'acelerarlo', 'acelerarla', 'aceleren', 'darle prisa', 'más rápido', 'mas rapido', 'meterle prisa', 'servicio más rápido', 'servicio mas rapido', 'mejorar el servicio'],
    declaredValue: ['valor declarado', 'el valor que declaramos', 'valor que declaré', 'valor asegurado', 'valor en aduana', 'importe declarado'],
    signedBy: ['quién firmó', 'quien firmo', 'quién lo firmó', 'quién lo recibió', 'quien lo recibio', 'quién recibió', 'quien recibio', 'quién recogió'],
    status: ['estado de', 'estado del'],
    yesNoOpeners: [],
    indirectOpeners: ['si'],
    anyOf: ['alguno', 'alguna', 'algunos', 'algunas', 'algún', 'algun', 'algo'],
    questionWords: ['dónde', 'donde', 'cuándo', 'cuando', 'qué', 'que', 'cuál', 'cual', 'quién', 'quien', 'cómo', 'como', 'por qué', 'cuánto', 'cuanto'],
  },
  comparison: {
    firstArrival: [
      'llega antes', 'llegan antes', 'llegará antes', 'llegara antes', 'llegue antes', 'llega primero', 'llegan primero',
      'llegará primero', 'llegara primero', 'llegue primero', 'llega más pronto', 'llega mas pronto', 'se entrega antes',
      'se entrega primero', 'entregan antes', 'entregan primero',
    ],
    sideJoiners: ['o', 'u', 'y', 'e', 'que', 'frente a', 'comparado con'],
  },
  looseOriginCues: ['de', 'del'],
  purpose: ['para que', 'a fin de que', 'con el fin de que'],
  otherSubjects: ['factura', 'facturas', 'pago', 'pagos', 'reembolso', 'reembolsos', 'cobro', 'cargo', 'tarifa', 'reclamación', 'reclamo', 'cuenta', 'contraseña', 'tarjeta', 'queja'],
};
