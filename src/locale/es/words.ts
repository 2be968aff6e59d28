import type { LocaleWords } from '../types.ts';

/** Spanish words the dialog and flows read a message with (stems such as "reclam" match every form). */
export const ES_WORDS: LocaleWords = Object.freeze({
  yesTails: ['me llame', 'me llamen', 'me contacte', 'me contacten', 'asesor', 'adelante', 'hazlo', 'por favor', 'gracias', 'perfecto'],
  yes: ['sí', 'si', 'vale', 'claro', 'de acuerdo', 'por favor', 'adelante', 'confirmo', 'correcto', 'exacto'],
  no: ['no', 'no gracias', 'ahora no', 'cancelar'],
  ordinals: { medio: -2, primero: 1, primera: 1, segundo: 2, segunda: 2, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5, sexto: 6, sexta: 6, último: -1, última: -1 },
  contactAsks: ['teléfono', 'telefono', 'número de contacto', 'numero de contacto', 'línea de atención', 'linea de atencion', 'cómo los llamo', 'como los llamo', 'datos de contacto'],
  complaints: ['queja', 'reclamación', 'reclamacion', 'reclamo', 'inaceptable', 'pésimo', 'pesimo', 'horrible', 'vergüenza'],
  unhappy: ['todavía', 'nunca', 'decepcion', 'molest', 'tarde', 'perdido'],
  pleased: ['gracias', 'genial', 'perfecto'],
  billingActions: {
    dispute: ['reclam', 'disput', 'incorrect', 'equivocad', 'dos veces', 'error', 'devoluci', 'está mal', 'esta mal', 'no enviamos', 'nunca enviamos', 'cobraron de más', 'cobrado de más'],
    // "págala", "págalas": the pronoun written into the verb.
    pay: ['pagar', 'pago', 'transferencia', 'tarjeta', 'domiciliaci', 'págala', 'págalo', 'págalas', 'págalos'],
    view: ['factura', 'cargos', 'debo', 'debemos', 'saldo'],
  },
  carbonMethod: ['cómo se calcula', 'como se calcula', 'cómo calculan', 'como calculan', 'cómo calculáis', 'cómo la calculan', 'cómo se mide', 'metodología', 'metodologia', 'método de cálculo'],
  overdueInvoice: ['vencida', 'vencidas', 'atrasada', 'impagada'],
  oldestInvoice: ['más antigua', 'mas antigua', 'primera'],
  invoiceReference: {
    due: ['vence', 'vencimiento', 'que vence'],
    issued: ['emitida', 'emitido', 'emisión', 'emision', 'con fecha', 'fechada'],
    next: ['la siguiente', 'siguiente', 'la de después', 'la posterior', 'la próxima'],
    every: ['todas', 'todos', 'todo', 'ambas', 'las dos'],
    unpaid: ['pendiente', 'pendientes', 'sin pagar', 'impagada', 'impagadas', 'por pagar', 'abierta', 'abiertas'],
    previous: ['la anterior', 'anterior', 'la de antes', 'la previa'],
    focus: ['esa', 'esta', 'esa factura', 'esta factura', 'esa misma'],
    because: [' porque ', ' ya que ', ' pues '],
    vague: ['está', 'esta', 'es', 'mal', 'incorrecta', 'incorrecto', 'la', 'el', 'factura', 'importe', 'error', 'hay', 'un', 'una', 'algo', 'problema', 'con', 'eso', 'esa', 'me', 'parece', 'no', 'cuadra'],
  },
  amountQuestion: ['cuánto', 'qué importe', 'el importe', 'costaría', 'cuesta', 'qué precio'],
  latestInvoice: ['última', 'último', 'más reciente'],
  accessActions: {
    signin: ['contraseña', 'iniciar sesión', 'bloquead'],
    link: ['vincular', 'vincula'],
    explain: ['cómo', 'como ', 'pasos', 'proceso', 'quién puede añadir', 'quién puede agregar', 'quien puede añadir', 'quien puede agregar'],
    mine: ['mi rol', 'mis roles', 'mis permisos', 'mi permiso', 'mi acceso', 'rol tengo', 'roles tengo', 'permisos tengo', 'acceso tengo', 'soy admin'],
    show: ['roles tiene', 'rol tiene', 'permisos tiene', 'acceso tiene'],
    change: [' rol ', ' rol', 'roles', 'permiso', 'hazlo', 'hazla', 'convierte'],
    remove: ['quitar', 'eliminar', 'borrar', 'retirar', 'quita', 'quít'],
    add: ['añadir', 'añade', 'agregar', 'invitar', 'dar acceso', 'nuevo usuario'],
    list: ['quién', 'usuarios', 'lista'],
  },
  newUser: ['añadir a un usuario', 'añadir un usuario', 'agregar a un usuario', 'agregar un usuario', 'añadir a un nuevo usuario', 'añadir a alguien', 'agregar a alguien'],
  roleNames: {
    View: ['ver'],
    Pay: ['pagar', 'pago'],
    Dispute: ['reclamar', 'reclamación', 'disputa'],
    Admin: ['administrador'],
  },
  allRoles: ['todos', 'todo'],
  roleChanges: {
    exact: ['solo', 'solamente', 'únicamente', 'cambia a'],
    revoke: ['quitar', 'quita', 'quít', 'retira', 'sin '],
    grant: ['dar', 'dale', 'añad', 'agrega', 'hacer', 'haz', 'convierte'],
  },
  deliveryChanges: {
    address: ['dirección', 'direccion'],
    reschedule: ['otro día', 'volver a entregar', 'fecha'],
    access_point: ['punto de recogida', 'punto ups', 'recoger'],
    instruction: ['instrucciones de entrega', 'instrucción de entrega', 'instrucciones para el repartidor'],
  },
  deliveryInstructions: {
    spots: ['vecino', 'vecina', 'conserjería', 'conserje', 'portería', 'portero', 'recepción', 'puerta trasera', 'puerta de atrás'],
    leads: ['por favor', 'pueden', 'podrían', 'puede', 'podría', 'podéis', 'quiero que', 'me gustaría que', 'que', 'y'],
    parcels: ['paquete'],
  },
  allAccounts: {
    answer: ['las dos', 'los dos', 'ambas', 'ambos', 'todas', 'todos', 'las 2', 'los 2'],
    request: ['las dos cuentas', 'ambas cuentas', 'todas mis cuentas', 'todas las cuentas', 'todas nuestras cuentas', 'mis dos cuentas', 'nuestras dos cuentas', 'cada cuenta'],
  },
});
