import { describe, expect, test } from 'vitest';
import { LIST_BUTTON_LABELS } from '../../adapters/whatsapp/constants.ts';
import { TEXT_CATALOGUES } from '../../src/dialog/catalogues.ts';
import { BILLING_TEXTS, type BillingTexts } from '../../src/dialog/flows/billing/texts.ts';
import { DIALOG_TEXTS } from '../../src/dialog/texts/index.ts';
import { catalogueProblems } from '../../src/locale/completeness.ts';
import { LANGUAGE_CODES, LANGUAGES, type Catalogue, type LocaleWords } from '../../src/locale/index.ts';

/** Channel texts: adapters/ is the edge, so src/dialog/catalogues.ts cannot list them. */
const CHANNEL_CATALOGUES = [{ name: 'whatsappListButton', catalogue: LIST_BUTTON_LABELS }];

const WORD_LISTS: Catalogue<LocaleWords> = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.words])) as Catalogue<LocaleWords>;
const LANGUAGE_PACKS: Catalogue<unknown> = Object.fromEntries(LANGUAGES.map(({ words: _, ...pack }) => [pack.code, pack])) as Catalogue<unknown>;
/** Ordinals are keyed by the language's own words. */
const WORD_OPTIONS = { ownKeys: ['ordinals'] };

describe('every catalogue and word list is complete in every language', () => {
  test('should serve en, zh and es, English first', () => {
    expect(LANGUAGE_CODES).toEqual(['en', 'zh', 'es']);
  });

  test.each([...TEXT_CATALOGUES, ...CHANNEL_CATALOGUES].map((c) => [c.name, c] as const))('should find no key missing or empty in %s', (_, c) => {
    expect(catalogueProblems(c.name, c.catalogue, 'source' in c ? { source: c.source } : {})).toEqual([]);
  });

  test('should find every word list of every language filled', () => {
    expect(catalogueProblems('words', WORD_LISTS, WORD_OPTIONS)).toEqual([]);
  });

  test('should find every language described whole (Intl tag, writing, user locale)', () => {
    expect(catalogueProblems('language', LANGUAGE_PACKS)).toEqual([]);
  });

  test('should give each language an Intl tag Intl knows', () => {
    for (const l of LANGUAGES) expect(Intl.DateTimeFormat.supportedLocalesOf([l.intlTag])).toEqual([l.intlTag]);
  });
});

/** The check itself, on catalogues broken on purpose: each break must be reported, and only it. */
describe('catalogueProblems', () => {
  const billing = BILLING_TEXTS as Record<string, BillingTexts>;
  const withoutKey = <T extends object>(entry: T, key: keyof T): T => {
    const copy = { ...entry };
    delete copy[key];
    return copy;
  };
  const dialog = DIALOG_TEXTS as Record<string, (typeof DIALOG_TEXTS)['en']>;

  test.each<[string, Catalogue<unknown>, string[]]>([
    ['a text removed from one language', { ...billing, zh: withoutKey(billing.zh!, 'menu') } as Catalogue<unknown>, ['broken.zh.menu: missing']],
    ['a text left empty', { ...billing, es: { ...billing.es!, cancelled: '  ' } } as Catalogue<unknown>, ['broken.es.cancelled: empty']],
    ['a language missing', withoutKey(billing, 'es') as Catalogue<unknown>, ['broken.es: missing']],
    ['a sentence turned into a word', { ...billing, en: { ...billing.en!, opened: 'opened' } } as Catalogue<unknown>, ['broken.opened: string in en, function in zh, function in es']],
    [
      'a key missing inside a nested record',
      { ...dialog, es: { ...dialog.es!, statusNames: withoutKey(dialog.es!.statusNames, 'delivered') } } as Catalogue<unknown>,
      ['broken.es.statusNames.delivered: missing'],
    ],
    ['an empty list of choices', { ...dialog, zh: { ...dialog.zh!, helpChoices: [] } } as Catalogue<unknown>, ['broken.zh.helpChoices: empty']],
    ['an empty label inside a list', { ...dialog, zh: { ...dialog.zh!, helpChoices: [{ label: '', value: 'x' }] } } as Catalogue<unknown>, ['broken.zh.helpChoices[0].label: empty']],
    ['a word list emptied', { ...WORD_LISTS, es: { ...WORD_LISTS.es, yes: [] } } as Catalogue<unknown>, ['broken.es.yes: empty']],
    [
      'a keyed word list without one key',
      { ...WORD_LISTS, zh: { ...WORD_LISTS.zh, deliveryChanges: withoutKey(WORD_LISTS.zh.deliveryChanges, 'reschedule') } } as Catalogue<unknown>,
      ['broken.zh.deliveryChanges.reschedule: missing'],
    ],
    ['an empty word inside a list', { ...WORD_LISTS, en: { ...WORD_LISTS.en, complaints: ['complaint', ''] } } as Catalogue<unknown>, ['broken.en.complaints[1]: empty']],
  ])('should report %s', (_, broken, expected) => {
    expect(catalogueProblems('broken', broken, WORD_OPTIONS)).toEqual(expected);
  });

  test('should report a language without ordinals, and take each language\'s own ordinal words', () => {
    expect(catalogueProblems('words', { ...WORD_LISTS, zh: { ...WORD_LISTS.zh, ordinals: {} } } as Catalogue<unknown>, WORD_OPTIONS)).toEqual(['words.zh.ordinals: empty']);
  });

  test('should report a language added to the list and absent from a catalogue', () => {
    expect(catalogueProblems('billing', BILLING_TEXTS, { languages: [...LANGUAGE_CODES, 'fr'] })).toEqual(['billing.fr: missing']);
  });

  test('should let the source language of a catalogue be empty, and no other', () => {
    const scans = { en: {}, zh: { 'Pickup Scan': '已揽收' }, es: { 'Pickup Scan': 'Recogido' } } as Catalogue<unknown>;
    expect(catalogueProblems('scans', scans, { source: 'en' })).toEqual([]);
    expect(catalogueProblems('scans', { ...scans, es: {} } as Catalogue<unknown>, { source: 'en' })).toEqual(['scans.es.Pickup Scan: missing']);
  });
});

describe('Catalogue<T>', () => {
  test('should not compile without an entry for every language', () => {
    // @ts-expect-error: es is missing; a language added to src/locale/languages.ts is missing from every catalogue the same way.
    const partial: Catalogue<string> = { en: 'Choose', zh: '选择' };
    expect(catalogueProblems('partial', partial)).toEqual(['partial.es: missing']);
  });
});
