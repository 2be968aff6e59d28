import { Cues } from '../refiners/roleText.ts';

/** Words (Han: characters) the request before a purpose clause needs at least, to be read alone. */
const MIN_WORDS = 3;
const MIN_HAN_CHARS = 4;
const HAN = /\p{Script=Han}/gu;

/**
 * A message without its purpose clause, for the intent classifier: "can you add my colleague
 * dana@example.com to our account so she can pay invoices?" asks for a user to be added (the
 * clause only says why), as "¿pueden añadir a mi compañera … para que pueda pagar las facturas?"
 * and "请把我的同事…加到我们的账户，让她可以付账单" do. The whole message when it has no such clause, or
 * when the clause opens it or leaves too few words before it ("so that's where it is").
 */
export class PurposeClause {
  private readonly connectives: Cues;

  constructor(connectives: readonly string[]) {
    this.connectives = new Cues(connectives);
  }

  request(lower: string): string {
    for (const hit of this.connectives.all(lower)) {
      const before = lower.slice(0, hit.index);
      const words = before.split(/[^\p{L}\p{N}@.'-]+/u).filter(Boolean).length;
      const han = before.match(HAN)?.length ?? 0;
      if (words >= MIN_WORDS || han >= MIN_HAN_CHARS) return before;
    }
    return lower;
  }
}
