/** Short answers to a yes/no question, per language. A dictionary, matched on the whole reply. */
const YES = ['yes', 'y', 'yeah', 'yep', 'sure', 'ok', 'okay', 'please', 'yes please', 'please do', 'go ahead', 'do it',
  'confirm', 'confirmed', 'correct', "that's right",
  '是', '是的', '好', '好的', '可以', '要', '需要', '行', '对', '嗯', '确认', '确定', '对的', '没问题',
  'sí', 'si', 'vale', 'claro', 'de acuerdo', 'por favor', 'adelante', 'confirmo', 'correcto', 'exacto'];
const NO = ['no', 'n', 'nope', 'no thanks', 'no thank you', 'not now', 'cancel',
  '不', '不用', '不要', '不需要', '算了', '取消', '不了',
  'no gracias', 'ahora no', 'cancelar'];

const YES_SET = new Set(YES);
const NO_SET = new Set(NO);

/**
 * "yes", "好的", "sí, por favor" → 'yes'; "no thanks", "不用了" → 'no'; anything longer or other → null.
 * A reply starting with a clear yes or no word followed by a few more words counts too.
 */
export function confirmationOf(text: string): 'yes' | 'no' | null {
  const t = text.trim().toLowerCase().replace(/[.!。！,，、?？¡¿]+/gu, ' ').replace(/\s+/g, ' ').trim().replace(/了$/u, '');
  if (YES_SET.has(t)) return 'yes';
  if (NO_SET.has(t)) return 'no';
  const words = t.split(' ');
  if (words.length <= 4) {
    if (YES_SET.has(words[0]!) && !words.some((w) => NO_SET.has(w))) return 'yes';
    if (NO_SET.has(words[0]!)) return 'no';
  }
  return null;
}
