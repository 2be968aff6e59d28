/**
 * A general customs question of a destination gets that destination's documents from the per-country data,
 * never a count of the parcels sent there; inside one customs area (Spain to Germany) none are needed; "who pays
 * the duties?" gets who pays them; "and for japan?", "那寄墨西哥呢" go on with the same question; "is anything of
 * ours stuck in customs right now?" after a cleared parcel was shown searches the account (outside tester, round 6
 * M7). Oracles: the documents data, the accounts' countries and the parcels' customs states in the demo data.
 */
import { describe, expect, test } from 'vitest';
import { localized, regionName } from '../../src/locale/index.ts';
import { CUSTOMS_TEXTS } from '../../src/dialog/flows/customsHelp/texts.ts';
import { documentsFor, sameCustomsArea } from '../../src/dialog/flows/customsHelp/documents.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('customs-of-destination');

/** "For Mexico, customs needs: …" from the documents data. */
function documentsOf(lang: string, country: string): string {
  const t = localized(CUSTOMS_TEXTS, lang);
  return t.documents(regionName(country, lang), t.list(documentsFor(country).map((d) => t.docs[d])));
}

describe('a customs question of a destination', () => {
  test.each([
    ['en', 'u-alice', 'what customs paperwork do we need for parcels to mexico', 'MX', 'and for japan?', 'JP'],
    ['zh', 'u-li', '寄新加坡要什么清关文件', 'SG', '那寄墨西哥呢', 'MX'],
    ['es', 'u-lucia', '¿qué documentos de aduana necesito para enviar a méxico?', 'MX', '¿y a estados unidos?', 'US'],
  ])('(%s) should give the documents of the destination, fresh and after other talk, and of the next one asked', async (lang, user, question, country, next, nextCountry) => {
    const fresh = await conversationOf(user, [question, next]);
    const after = await conversationOf(user, ['where is my parcel to chicago?', question]);
    expect(fresh[0]).toContain(documentsOf(lang, country));
    expect(after[1]).toContain(documentsOf(lang, country));
    expect(fresh[1]).toContain(documentsOf(lang, nextCountry));
  });

  test('should need no documents from Spain to Germany, as every parcel of the Spanish account to Germany shows', async () => {
    const account = data().accounts.find((a) => a.number === '6M1S5E')!;
    const toGermany = data().shipments.filter((s) => s.accountNumber === account.number && s.destination.country === 'DE');
    expect(toGermany.length).toBeGreaterThan(0);
    expect(toGermany.every((s) => s.customsState === 'not_required')).toBe(true);
    expect(sameCustomsArea(account.country, 'DE')).toBe(true);
    const said = await conversationOf('u-lucia', ['¿qué documentos de aduana necesito para enviar a méxico?', '¿y para alemania hace falta aduana?']);
    expect(said[1]).toBe(localized(CUSTOMS_TEXTS, 'es').noCustoms(regionName(account.country, 'es'), regionName('DE', 'es')));
  });

  test.each([
    ['en', 'u-alice', ['who pays the import duties on the parcels to new york?'], 'US'],
    ['en', 'u-alice', ['what customs documents does the toronto parcel need and who pays the duties'], 'CA'],
    ['zh', 'u-li', ['寄新加坡要什么清关文件', '关税谁付'], 'SG'],
    ['es', 'u-lucia', ['¿quién paga los aranceles del envío a méxico?'], 'MX'],
  ])('(%s) should say who pays the duties of the destination', async (lang, user, messages, country) => {
    const said = await conversationOf(user, messages);
    expect(said.at(-1)).toContain(localized(CUSTOMS_TEXTS, lang).duties(regionName(country, lang)));
  });
});

describe('any parcel stuck in customs, asked after another parcel was shown', () => {
  test.each([
    ['en', 'u-alice', 'is anything of ours stuck in customs right now?'],
    ['zh', 'u-li', '我们现在有被海关扣的包裹吗'],
  ])('(%s) should find the parcel held, not the one shown', async (_lang, user, question) => {
    const own = data().shipments.filter((s) => s.accountNumber === '5W8A3K');
    const held = own.filter((s) => s.customsState === 'held');
    const cleared = own.find((s) => s.customsState === 'cleared')!;
    expect(held).toHaveLength(1);
    const said = await conversationOf(user, [cleared.trackingNumber, question]);
    expect(said[1]).toContain(held[0]!.trackingNumber);
    expect(said[1]).not.toContain(cleared.trackingNumber);
  });
});
