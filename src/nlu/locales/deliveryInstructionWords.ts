/**
 * A delivery instruction in plain words, every language at once: a verb of leaving or handing over, then
 * (within a few words, in the same clause) where or with whom ("leave it with the doorman", "quiero dejar
 * el paquete a Berlín con el portero", "麻烦交给前台"). Such a message asks to change how a parcel is
 * delivered, whatever a weak guess of the classifier said (a parcel search, or "麻烦" read as trouble).
 */
export const INSTRUCTION_VERBS = {
  latin: ['leave', 'drop', 'hand', 'give', 'deliver', 'dejar', 'dejarlo', 'dejarla', 'dejadlo', 'déjalo', 'déjala', 'déjenlo', 'déjenla', 'deje', 'dejen', 'entregar', 'entregarlo', 'entréguenlo', 'entreguen', 'entregue', 'dárselo', 'dénselo',
    // Spanish typed without accents, as the parser reads it.
    'dejalo', 'dejala', 'dejenlo', 'dejenla', 'entreguenlo', 'darselo', 'denselo'],
  han: ['交给', '交予', '放在', '放到', '放', '留给', '留在', '给'],
} as const;

/**
 * Asking the driver to call before delivering ("please call before delivery", "que llamen antes de entregar",
 * "送货前请先打电话给收件人"): an instruction with no place, whatever a weak guess of the classifier said (a trace).
 */
export const CALL_AHEAD = {
  latin: ['call before', 'call ahead', 'call the recipient before', 'call us before', 'phone before', 'ring before', 'llamen antes', 'llame antes', 'llamar antes', 'avisen antes', 'avise antes', 'que llamen'],
  han: ['先打电话', '打电话给收件人', '提前打电话', '先联系收件人', '提前联系收件人', '送货前打电话', '派送前打电话'],
} as const;

export const INSTRUCTION_SPOTS = {
  latin: ['doorman', 'concierge', 'front desk', 'reception', 'receptionist', 'neighbour', 'neighbor', 'porter', 'security desk', 'mailroom', 'back door', 'portero', 'portera', 'conserje', 'conserjería', 'portería', 'recepción', 'vecino', 'vecina', 'puerta trasera', 'conserjeria', 'porteria', 'recepcion'],
  han: ['门卫', '前台', '物业', '保安', '邻居', '传达室', '收发室', '后门'],
} as const;
