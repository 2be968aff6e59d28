/**
 * Words that ask for a list or a count of parcels, every language at once ("list the ones to Tokyo",
 * "how many went to Paris", "¿cuántos …?", "有几个"; Han entries found anywhere): beside a cued place or a
 * date they make a parcel search, whatever the classifier guessed from the few other words.
 */
export const LIST_WORDS: readonly string[] = [
  'list', 'the ones', 'which ones', 'how many',
  'lista', 'listar', 'cuántos', 'cuantos', 'cuántas', 'cuantas',
  '哪些', '几个', '多少个', '多少件',
];
