/**
 * Words that may stand beside a place in a message that is only an answer ("London please", "是伦敦",
 * "en Lima"), every language at once. Han entries are single characters.
 */
export const BARE_ANSWER_FILLERS: readonly string[] = [
  'please', 'pls', 'plz', 'it', 'its', "it's", 'was', 'is', 'i', 'think', 'maybe', 'just', 'and', 'or', 'oh', 'ok',
  'okay', 'sorry', 'yes', 'yeah', 'no', 'nope', 'the', 'in', 'city', 'um', 'uh', 'hmm', 'thanks', "'s", '’s', 'one', 'ones',
  'por', 'favor', 'es', 'era', 'en', 'creo', 'que', 'y', 'o', 'sí', 'si', 'la', 'el', 'ciudad', 'gracias',
  '是', '吧', '啊', '呀', '的', '嗯', '哦', '在', '那', '个', '呢', '市', '就', '谢',
];
