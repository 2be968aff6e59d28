/**
 * Words that may stand beside a place in a message that is only an answer ("London please", "是伦敦",
 * "en Lima"), or a correction of one ("no, to Tokyo", "sorry, I meant on 12 February", "不对，是寄到东京的"),
 * every language at once. Han entries are single characters.
 */
export const BARE_ANSWER_FILLERS: readonly string[] = [
  'please', 'pls', 'plz', 'it', 'its', "it's", 'was', 'is', 'i', 'think', 'maybe', 'just', 'and', 'or', 'oh', 'ok',
  'okay', 'sorry', 'yes', 'yeah', 'no', 'nope', 'the', 'in', 'city', 'um', 'uh', 'hmm', 'thanks', "'s", '’s', 'one', 'ones',
  'to', 'from', 'on', 'of', 'a', 'an', 'sent', 'shipped', 'meant', 'mean', 'actually', 'wait', 'not', 'rather', 'instead',
  'only', 'those', 'these', 'that', 'which', 'were', 'are', 'going', 'went', 'gone', 'headed', 'bound', 'what', 'about', 'how', 'then',
  'por', 'favor', 'es', 'era', 'en', 'creo', 'que', 'y', 'o', 'sí', 'si', 'la', 'el', 'ciudad', 'gracias',
  'para', 'de', 'desde', 'del', 'al', 'quise', 'decir', 'perdón', 'perdon', 'mejor', 'dicho', 'enviado', 'mandado', 'día', 'dia',
  'solo', 'sólo', 'quería', 'queria', 'entonces', 'pues', 'vale', 'los', 'las', 'va', 'van', 'fue', 'iba', 'fueron', 'iban', 'salió', 'salieron', 'esos', 'esas', 'enviados', 'mandados', 'qué', 'tal',
  '是', '吧', '啊', '呀', '的', '嗯', '哦', '在', '那', '个', '呢', '市', '就', '谢',
  '寄', '到', '往', '从', '发', '不', '对', '错', '了', '应', '该', '说', '其', '实', '只', '看', '要', '些', '里', '中', '出',
];
