/**
 * "What should I do next?", "can we get our money back for it", "how long does the investigation take",
 * "寄柏林的包裹坏了怎么办", "我要索赔", "需要提供什么材料", "quiero reclamar", "¿qué necesito enviar?" about a parcel
 * damaged or lost get its claim path, on that parcel, in every language: the damage claim's next steps (photos of
 * the box, the contents and the label; keep the packaging; verified within 3 working days), or the open trace with
 * its timings (an update within 24 hours; the claim paid within 48 hours of verification for a high value)
 * (outside tester, round 6 M4: "not understood", the status card again, customs documents, the VIP fee or an
 * invoice picker). The parcels are found by a plain filter over the demo data.
 */
import { describe, expect, test } from 'vitest';
import { formatNumber, localized } from '../../src/locale/index.ts';
import { DAMAGE_TEXTS } from '../../src/dialog/flows/damagedPackage/texts.ts';
import { VERIFY_WITHIN_WORKING_DAYS } from '../../src/dialog/flows/damagedPackage/claimRules.ts';
import { megabytes, PHOTO_UPLOADS } from '../../src/dialog/flows/shared/uploads.ts';
import { CUSTOMS_TEXTS } from '../../src/dialog/flows/customsHelp/texts.ts';
import { textsFor } from '../../src/dialog/texts/index.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('claim-path');
const ACCOUNT = '5W8A3K';

/** The account's parcel with a damage scan on the way, and its one parcel to Chicago (silent for days), from the data. */
function oracle() {
  const d = data();
  const own = d.shipments.filter((s) => s.accountNumber === ACCOUNT);
  const damaged = own.filter((s) => s.status === 'exception' && d.events.some((e) => e.trackingNumber === s.trackingNumber && e.status === 'exception' && /damage/i.test(e.description)));
  const chicago = own.filter((s) => s.destination.city === 'Chicago' && s.status !== 'delivered');
  expect(damaged).toHaveLength(1);
  expect(chicago).toHaveLength(1);
  return { damaged: damaged[0]!, chicago: chicago[0]! };
}

const nextSteps = (lang: string) => localized(DAMAGE_TEXTS, lang).nextSteps(megabytes(PHOTO_UPLOADS.maxBytes), VERIFY_WITHIN_WORKING_DAYS);

describe('a claim question about a damaged parcel', () => {
  // Each row: who writes, the parcel shown first (its number), then the claim questions.
  test.each([
    ['en', 'u-alice', ['what should i do next', 'can we get our money back for it', 'what do i need to send?']],
    ['zh', 'u-li', ['怎么办', '我要索赔', '需要提供什么材料', '大概多久有结果']],
    ['es', 'u-lucia-as-alice', ['quiero reclamar', '¿qué necesito enviar?']],
  ])('(%s) should give the damage claim path on the parcel shown, after every question', async (lang, user, questions) => {
    const { damaged } = oracle();
    const said = await conversationOf(user === 'u-lucia-as-alice' ? 'u-alice' : user, [damaged.trackingNumber, ...questions]);
    for (const answer of said.slice(1)) {
      expect(answer).toContain(damaged.trackingNumber);
      expect(answer).toContain(nextSteps(lang));
    }
  });

  test.each([
    ['en', 'u-alice', 'the parcel to berlin arrived damaged, what should i do?'],
    ['zh', 'u-li', '寄柏林的包裹坏了怎么办'],
    ['es', 'u-alice', 'el paquete a berlín llegó roto, ¿qué hago?'],
  ])('(%s) should find the damaged parcel a claim question describes, fresh and after other talk', async (lang, user, question) => {
    const { damaged } = oracle();
    const fresh = await conversationOf(user, [question]);
    const after = await conversationOf(user, ['where is my parcel to chicago?', question]);
    for (const answer of [fresh[0]!, after[1]!]) {
      expect(answer).toContain(damaged.trackingNumber);
      expect(answer).toContain(nextSteps(lang));
      // Never the customs documents of the parcel's destination.
      expect(answer).not.toContain(localized(CUSTOMS_TEXTS, lang).pending(damaged.trackingNumber));
    }
  });
});

describe('a claim question about a parcel being traced', () => {
  test.each([
    ['en', 'u-alice', 'our chicago shipment never showed up', ['it was worth 2300 dollars, are we covered?', 'how long does the investigation take']],
    ['zh', 'u-li', '寄芝加哥的包裹一直没到', ['大概多久有结果', '能赔钱吗']],
    ['es', 'u-alice', 'nuestro envío a chicago nunca llegó', ['¿cuánto tarda la investigación?', '¿estamos cubiertos?']],
  ])('(%s) should answer from the open trace: its ticket, the update and the claim timings', async (lang, user, report, questions) => {
    const { chicago } = oracle();
    const said = await conversationOf(user, [report, ...questions]);
    const ticket = /CA-\d{6}/.exec(said[0]!)?.[0];
    expect(ticket).toBeDefined();
    const t = textsFor(lang).lostOrDelayed;
    for (const answer of said.slice(1)) {
      expect(answer).toContain(ticket);
      expect(answer).toContain(chicago.trackingNumber);
      expect(answer).toContain(t.stillTracing);
      expect(answer).toContain(t.claimPath(formatNumber(chicago.declaredValue.amount, lang)));
    }
  });
});
