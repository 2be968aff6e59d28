/**
 * The shape of one language's span-role dictionaries (locales/<lang>/roleCues.ts): what tells a
 * place, a date or a status word apart by what it is for. Data only; the refiners in
 * src/nlu/refiners build their matchers from these. Latin phrases match on word boundaries, Han
 * phrases anywhere; everything is lower case.
 */
export interface SpanRoleCues {
  /** Marks that end a clause: the windows below never look across one. */
  clauseEnds: string;
  noise: {
    /** Sign-offs that open a signature after a sentence end ("… Best regards, Anna …", "…？ 此致"). */
    signOffs: readonly string[];
    /** Marks that open quoted mail or a footer wherever they stand after some text ("> ", "wrote:", "——"). */
    marks: readonly string[];
  };
  location: {
    /** Right before the place (an article between allowed): "卡在", "停在", "aduana de". */
    prefixes: readonly string[];
    /** Words of being held or stuck, up to `verbGap` words before a preposition right before the place: "stuck (at customs) in". */
    verbs: readonly string[];
    /** Words right before the preposition: "is in", "está en", "currently at". */
    copulas: readonly string[];
    prepositions: readonly string[];
    /** Right after the place: "hub", "海关", "转运中心". */
    suffixes: readonly string[];
    /** Han: after "在" + place, these later in the clause make it where the parcel is stuck ("在洛杉矶海关卡了"). */
    stuckLater: readonly string[];
    /** Han: the "at" before a place that `stuckLater` completes. */
    atPrefixes: readonly string[];
  };
  newAddress: {
    /** Anywhere in the message: a delivery change is asked for ("change the delivery address", "改地址"). */
    changeCues: readonly string[];
    /** In the place's clause before it, within a few words: "redirect (my parcel) to", "改送到". */
    verbs: readonly string[];
    /** Street words: an address is a number with one of these ("120 Bremner Blvd", "Calle Mayor 12", "世纪大道100号"). */
    streetWords: readonly string[];
  };
  dates: {
    /** Verbs of delivery next to a date ("delivered on Monday", "昨天签收的"). */
    delivered: readonly string[];
    /** Verbs of sending next to a date ("sent on Friday", "上周五寄往"). */
    shipped: readonly string[];
    /** Words of a parcel that stopped moving ("hasn't moved since", "no se mueve desde", "以后就没动"): the date is its last scan, not a filter. */
    silent: readonly string[];
    /** Verbs of arriving: in the clause of a day not yet past ("gonna make it today", "llega mañana", "明天能到"), the day it is expected. */
    expected: readonly string[];
    /**
     * Words right before a date (after it in zh) that make it the day the parcel is needed by ("by Thursday",
     * "para el miércoles", "周四之前"): a day not yet past, the coming one for a bare weekday.
     */
    deadline: readonly string[];
    /**
     * Words of asking for delivery on a day, in the date's clause ("deliver it on Wednesday instead", "que lo
     * entreguen el lunes 14", "改到周四送"): a day not yet past, the coming one for a bare weekday.
     */
    requested: readonly string[];
    /** Words that put the clause in the past ("did", "was"): its date is no deadline nor asked-for day. */
    past: readonly string[];
    /** Where the verb stands: before the date (en, es) or after it (zh). */
    verbSide: 'before' | 'after';
  };
  asks: {
    /** Question words about time ("when", "什么时候", "cuándo") … */
    when: readonly string[];
    /** … with one of these within a few words after make a delivery-date question. */
    arrival: readonly string[];
    /** Phrases that ask for the delivery date on their own ("eta", "预计", "fecha de entrega"). */
    deliveryDate: readonly string[];
    location: readonly string[];
    signedBy: readonly string[];
    /** Phrases asking for a parcel's declared value ("declared value", "申报价值", "valor declarado"). */
    declaredValue: readonly string[];
    /** A hurry asked for ("can you speed it up", "能不能加急", "¿lo pueden acelerar?"): no service, no date. */
    speedUp: readonly string[];
    /** Phrases asking about the status ("status of", "签收了吗"). */
    status: readonly string[];
    /** Clause openers of a yes/no question ("has", "was", "is"): a status word in that clause is asked about. */
    yesNoOpeners: readonly string[];
    /**
     * Words that open an indirect yes/no question ("tell me if it has arrived", "quiero saber si se
     * entregó"): a status word after one in its clause is asked about, as after "has it…".
     */
    indirectOpeners: readonly string[];
    /**
     * Words that make a yes/no question ask which of several parcels ("are any of our parcels late?", "有没有…",
     * "¿alguno va con retraso?"): its status word is asked and still filters them.
     */
    anyOf: readonly string[];
    /** Question words; a "¿…?" clause without one is a yes/no question (Spanish has no auxiliary to open it). */
    questionWords: readonly string[];
  };
  /**
   * Words that open a purpose clause ("… so she can pay invoices", "… para que pueda pagar", "… 以便
   * 付款"): what follows says why, not what is asked, and the intent is read from the words before.
   */
  purpose: readonly string[];
  /**
   * "which arrives first, the Toronto one or the New York one?", "哪个先到", "¿cuál llega antes?": the
   * phrases that ask which of some parcels arrives first (`firstArrival`), and the words that part the
   * parcels compared (`sideJoiners`: "or", "和", "o"). Their arrival verb is asked, never a status filter.
   */
  comparison: {
    firstArrival: readonly string[];
    sideJoiners: readonly string[];
  };
  /**
   * Origin cues that also just mean "of"/"about": "y el de México?", "lo de Berlín" name a parcel by a
   * place without saying which end it is. The parse records the origin and says the cue was loose
   * (`Parse.looseOrigin`), so a follow-up can read the place in the role the previous question used.
   */
  looseOriginCues: readonly string[];
  /** Nouns that are not parcels: a status word right after one is that thing's ("my refund is stuck", "付款被退回"). */
  otherSubjects: readonly string[];
}
